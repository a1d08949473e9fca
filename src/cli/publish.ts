// `publish --year Y --edition public|internal --out DIR [--feedback]`: the year's summary as a
// self-contained HTML file (the site's own /summary page, served from the built site on the
// warehouse read-only, scripts removed, styles and font subsets inlined), a PDF printed from it by
// headless Chromium, an XLSX workbook with one sheet per table, and with --feedback one workbook
// per unit (反馈单).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PUBLISHED_FILE, publications } from '../lib/summary/published.js';
import { join } from 'node:path';
import { Warehouse } from '../lib/warehouse/db.js';
import { Refused } from '../lib/failures.js';
import { projectPath } from '../lib/paths.js';
import { loadSummary, type Edition } from '../lib/summary/load.js';
import { selfContained } from '../lib/publish/standalone.js';
import { printPdf } from '../lib/publish/pdf.js';
import { summaryWorkbook } from '../lib/publish/workbook.js';
import { feedbackFileName, feedbackWorkbook, loadFeedback } from '../lib/publish/feedback.js';
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

const EDITION_NAMES: Record<Edition, string> = { public: '公示版', internal: '内部版' };

/** Fetches the summary page from the built site, serving the warehouse read-only for the while. */
async function summaryHtml(db: string, year: number, edition: Edition): Promise<string> {
	const site = await serveBuilt(db);
	try {
		// The served site's state folder is its own: tell it which years are published here, as the
		// public edition shows earlier years only when they were published.
		writeFileSync(join(site.state, PUBLISHED_FILE), JSON.stringify(publications()));
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
		const base = join(o.out, `${o.year}年度考核结果-${EDITION_NAMES[o.edition]}`);
		const files: string[] = [];

		log('构建网站并取出年度公示页面');
		buildSite(log);
		const html = selfContained(await summaryHtml(o.db, o.year, o.edition), (p) => readFileSync(projectPath('build', 'client', p)));
		writeFileSync(`${base}.html`, html);
		files.push(`${base}.html`);

		log('用 Chromium 打印 PDF');
		const { refused } = await printPdf(`${base}.html`, `${base}.pdf`);
		if (refused.length > 0) throw new Error(`HTML 文件请求了外部资源：${refused.join(', ')}`);
		files.push(`${base}.pdf`);

		log('写出工作簿');
		writeFileSync(`${base}.xlsx`, await summaryWorkbook(summary));
		files.push(`${base}.xlsx`);

		if (o.feedback) {
			const dir = join(o.out, `${o.year}年度反馈单`);
			mkdirSync(dir, { recursive: true });
			const all = await loadFeedback(wh, o.year);
			for (const [i, f] of all.entries()) {
				const path = join(dir, feedbackFileName(f.unit, o.year));
				writeFileSync(path, await feedbackWorkbook(f, o.year));
				files.push(path);
				if ((i + 1) % 20 === 0 || i + 1 === all.length) log(`反馈单 ${i + 1}/${all.length}`);
			}
		}
		return files;
	} finally {
		wh.close();
	}
}
