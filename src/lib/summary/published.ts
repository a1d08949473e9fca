// Which years' public summaries have been published (公示): published.json in the state folder.
// Until a year is published, its public summary is seen only by people signed in.
import { readJson, writeJson } from '../auth/state.js';

interface Publication {
	year: number;
	at: string;
	by: string;
}

/** The file of the state folder that lists the published years. */
export const PUBLISHED_FILE = 'published.json';

export function publications(): Publication[] {
	return readJson<Publication[]>(PUBLISHED_FILE, []);
}

export function isPublished(year: number): boolean {
	return publications().some((p) => p.year === year);
}

export function setPublished(year: number, by: string, published: boolean): void {
	const rest = publications().filter((p) => p.year !== year);
	writeJson(PUBLISHED_FILE, published ? [...rest, { year, at: new Date().toISOString(), by }].sort((a, b) => a.year - b.year) : rest);
}
