// Which years' public summaries have been published (公示): published.json in the state folder, a
// list of publication records kept for good. Each records who published, when, and the notice
// period (公示期: its dates, where objections go, who issues it); withdrawing a publication marks
// its record withdrawn and keeps it. A year is published while its last record is not withdrawn.
// Until then its public summary is seen only by people signed in. (Records written before the
// notice period was asked for have none.)
import { readJson, writeJson } from '../auth/state.js';

/** The notice period of a publication, as printed on the notice. Dates are YYYY-MM-DD, both included. */
export interface Notice {
	start: string;
	end: string;
	/** where objections go: a telephone number, an address */
	contact: string;
	/** the issuing body (发布单位), e.g. 中共某某区委组织部 */
	issuer: string;
}

export interface Publication {
	year: number;
	/** ISO time of the publication */
	at: string;
	by: string;
	notice?: Notice;
	withdrawn?: { at: string; by: string };
}

/** The file of the state folder that lists the publications. */
export const PUBLISHED_FILE = 'published.json';

/** Every publication record, withdrawn ones included, oldest first. */
export function publicationRecords(): Publication[] {
	return readJson<Publication[]>(PUBLISHED_FILE, []);
}

/** The publications in force: each year's last record, unless it was withdrawn. */
export function publications(): Publication[] {
	const last = new Map<number, Publication>();
	for (const p of publicationRecords()) last.set(p.year, p);
	return [...last.values()].filter((p) => !p.withdrawn).sort((a, b) => a.year - b.year);
}

export function publicationOf(year: number): Publication | undefined {
	return publications().find((p) => p.year === year);
}

export function isPublished(year: number): boolean {
	return publicationOf(year) !== undefined;
}

/**
 * Publishes `year` with its notice period (a year already published keeps its record), or
 * withdraws its publication (the record stays, marked withdrawn). Whether anything changed.
 */
export function setPublished(year: number, by: string, published: boolean, notice?: Notice): boolean {
	const records = publicationRecords();
	const current = publicationOf(year);
	const at = new Date().toISOString();
	if (published) {
		if (current) return false;
		records.push({ year, at, by, ...(notice ? { notice } : {}) });
	} else {
		if (!current) return false;
		let i = records.length - 1;
		while (records[i]!.year !== year) i--;
		records[i] = { ...records[i]!, withdrawn: { at, by } };
	}
	writeJson(PUBLISHED_FILE, records);
	return true;
}

/** Today's date where the site runs, YYYY-MM-DD (the notice's dates are local dates). */
export function today(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export type NoticeState = 'before' | 'during' | 'after';

/** Where `day` (YYYY-MM-DD) falls against the notice period. */
export function noticeState(notice: Notice, day = today()): NoticeState {
	return day < notice.start ? 'before' : day > notice.end ? 'after' : 'during';
}

/**
 * What a summary's page shows that changes without an import: the publications (the earlier years
 * shown, the notice printed, the defaults of the next one) and the day (in its notice period or
 * not yet or no longer).
 */
export function publicationsKey(): string {
	return `${today()}|${JSON.stringify(publicationRecords())}`;
}

/** The notice period's length offered when no publication came before (the analyst may change it). */
export const DEFAULT_NOTICE_DAYS = 7;

/** The date `days` days after `day` (YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/**
 * The notice a new publication is offered: from today for as many days as the last notice ran
 * (else DEFAULT_NOTICE_DAYS), with the last notice's contact and issuing body.
 */
export function noticeDefaults(day = today()): Notice {
	const last = publicationRecords().findLast((p) => p.notice)?.notice;
	const days = last ? Math.round((Date.parse(last.end) - Date.parse(last.start)) / 86_400_000) + 1 : DEFAULT_NOTICE_DAYS;
	return { start: day, end: addDays(day, days - 1), contact: last?.contact ?? '', issuer: last?.issuer ?? '' };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (s: string) => DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
/** Lengths beyond any real contact or issuing body: a notice stays a notice. */
const LIMITS = { contact: 200, issuer: 100 };

/** A notice from a form's fields, or the problems of its fields (Chinese, by field). */
export function readNotice(get: (field: keyof Notice) => string): { notice: Notice } | { problems: Partial<Record<keyof Notice, string>> } {
	const n: Notice = { start: get('start').trim(), end: get('end').trim(), contact: get('contact').trim(), issuer: get('issuer').trim() };
	const problems: Partial<Record<keyof Notice, string>> = {};
	if (!validDate(n.start)) problems.start = '请填写公示开始日期（年-月-日）。';
	if (!validDate(n.end)) problems.end = '请填写公示结束日期（年-月-日）。';
	else if (validDate(n.start) && n.end < n.start) problems.end = '结束日期不能早于开始日期。';
	if (n.contact === '') problems.contact = '请填写受理异议的联系电话或地址。';
	else if (n.contact.length > LIMITS.contact) problems.contact = '联系方式太长，请简要填写电话或地址。';
	if (n.issuer === '') problems.issuer = '请填写发布单位，如“中共某某区委组织部”。';
	else if (n.issuer.length > LIMITS.issuer) problems.issuer = '发布单位名称太长。';
	return Object.keys(problems).length > 0 ? { problems } : { notice: n };
}
