// `publish --year Y --edition public|internal --out DIR [--feedback]`: the year's summary as a
// self-contained HTML file (the site's own /summary page, served from the built site on the
// warehouse read-only, scripts removed, styles and font subsets inlined), a PDF printed from it by
// headless Chromium, an XLSX workbook with one sheet per table, and with --feedback one workbook
// per unit (反馈单).
// The files themselves are made by src/lib/publish/documents.ts, as the site makes them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { PUBLISHED_FILE, publicationRecords } from '../lib/summary/published.js';
import { join } from 'node:path';
import { Warehouse } from '../lib/warehouse/db.js';
import { Refused } from '../lib/failures.js';
import { loadSummary, type Edition } from '../lib/summary/load.js';
import { summaryWorkbook } from '../lib/publish/workbook.js';
import { feedbackFiles, feedbackFolderName, standaloneHtml, summaryFileName, summaryPdf } from '../lib/publish/documents.js';
import { buildSite } from './prepare.js';
import { serveBuilt } from './serve.js';

export class YearMissing extends Refused {}

export interface PublishOptions {
	db: string;
	year: number;
	edition: Edition;
	out: string;
	feedback?: boolean;
	log?: (line: string) => void;
}

/** Fetches the summary page from the built site, serving the warehouse read-only for the while. */
async function summaryHtml(db: string, year: number, edition: Edition): Promise<string> {
	const site = await serveBuilt(db);
	try {
		// The served site's state folder is its own: tell it which years are published here, as the
		// public edition shows earlier years only when they were published.
		writeFileSync(join(site.state, PUBLISHED_FILE), JSON.stringify(publicationRecords()));
		const res = await site.get(`/summary/${year}${edition === 'internal' ? '/internal' : ''}?standalone`, { role: 'analyst' });
		if (!res.ok) throw new Error(`网站返回 ${res.status}：${(await res.text()).slice(0, 200)}`);
		return await res.text();
	} finally {
		await site.stop();
	}
}

export async function publish(o: PublishOptions): Promise<string[]> {
	const log = o.log ?? (() => {});
	const wh = await Warehouse.open(o.db, { readOnly: true });
	try {
		const summary = await loadSummary(wh, o.year, o.edition);
		if (!summary) throw new YearMissing(`数据仓库 ${o.db} 中没有 ${o.year} 年度的数据。`);
		mkdirSync(o.out, { recursive: true });
		const file = (ext: 'html' | 'pdf' | 'xlsx') => join(o.out, summaryFileName(o.year, o.edition, ext));
		const files: string[] = [];

		log('构建网站并取出年度公示页面');
		buildSite(log);
		const html = standaloneHtml(await summaryHtml(o.db, o.year, o.edition));
		writeFileSync(file('html'), html);
		files.push(file('html'));

		log('用 Chromium 打印 PDF');
		writeFileSync(file('pdf'), await summaryPdf(html));
		files.push(file('pdf'));

		log('写出工作簿');
		writeFileSync(file('xlsx'), await summaryWorkbook(summary));
		files.push(file('xlsx'));

		if (o.feedback) {
			const dir = join(o.out, feedbackFolderName(o.year));
			mkdirSync(dir, { recursive: true });
			const sheets = await feedbackFiles(wh, o.year, (done, total) => {
				if (done % 20 === 0 || done === total) log(`反馈单 ${done}/${total}`);
			});
			for (const f of sheets) {
				writeFileSync(join(dir, f.name), f.bytes);
				files.push(join(dir, f.name));
			}
		}
		return files;
	} finally {
		wh.close();
	}
}
