// The SQL of the project lives in queries/*.sql; this reads a file once and keeps it.
import { readFileSync, readdirSync } from 'node:fs';
import { projectPath } from '../paths.js';

const cache = new Map<string, string>();

/** The text of queries/<name>.sql, e.g. `rules/unit_grade`. */
export function query(name: string): string {
	let text = cache.get(name);
	if (text === undefined) {
		text = readFileSync(projectPath('queries', `${name}.sql`), 'utf8');
		cache.set(name, text);
	}
	return text;
}

/** The names of every .sql file in one folder of queries/, sorted. */
export function queriesIn(folder: string): string[] {
	return readdirSync(projectPath('queries', folder))
		.filter((f) => f.endsWith('.sql'))
		.sort()
		.map((f) => `${folder}/${f.slice(0, -4)}`);
}
