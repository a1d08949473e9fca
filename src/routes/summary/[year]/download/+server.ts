// Starts making one file of a year's publication (POST kind=pdf|xlsx|feedback, edition): answers at
// once with the job (JSON, for the page's progress) or, for a form sent without script, a redirect
// to the file, which is sent when it is ready. The PDF is printed from the summary page rendered
// by this site on its own warehouse connection (the command line cannot open the warehouse while
// the site holds it); the page is rendered before the job starts, so no connection is held while
// Chromium prints. Analysts only (access table).
import { error, json, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { siteWarehouse } from '$lib/server/site-warehouse';
import { chosenYear } from '$lib/server/year';
import { isDownload } from '$lib/summary/downloads';
import { loadSummary } from '$lib/summary/load';
import { summaryWorkbook } from '$lib/publish/workbook';
import { feedbackFiles, feedbackFolderName, standaloneHtml, summaryFileName, summaryPdf, zipFiles } from '$lib/publish/documents';
import { startJob, type Job } from '$lib/publish/jobs';

const TYPES = {
	pdf: 'application/pdf',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	zip: 'application/zip'
};

export const POST: RequestHandler = async ({ params, request, locals, fetch }) => {
	const wh = await siteWarehouse();
	const years = (await wh.rows('site/years')).map((y) => y.year);
	const year = chosenYear(params.year, years)!; // 400/404 for a year not held
	const form = await request.formData().catch(() => null);
	const kind = form?.get('kind');
	const edition = form?.get('edition');
	const download = isDownload(typeof kind === 'string' ? kind : null, typeof edition === 'string' ? edition : null);
	if (!download) error(400, { message: '请选择要下载的文件：公示版或内部版的 PDF、XLSX，或反馈单。' });
	const owner = locals.user!.name;

	let job: Job;
	if (download.kind === 'pdf') {
		// The page as this site renders it, without its frame (?standalone), read now.
		const res = await fetch(`/summary/${year}${download.edition === 'internal' ? '/internal' : ''}?standalone`);
		if (!res.ok) error(res.status, { message: `年度公示页面返回 ${res.status}，无法生成 PDF。` });
		const page = await res.text();
		job = startJob(owner, summaryFileName(year, download.edition, 'pdf'), async (progress) => {
			progress('page');
			const html = standaloneHtml(page);
			progress('print');
			return { type: TYPES.pdf, bytes: await summaryPdf(html) };
		});
	} else if (download.kind === 'xlsx') {
		job = startJob(owner, summaryFileName(year, download.edition, 'xlsx'), async (progress) => {
			progress('page');
			const summary = await loadSummary(wh, year, download.edition);
			if (!summary) throw new Error(`数据仓库中没有 ${year} 年度的数据。`);
			progress('sheets');
			return { type: TYPES.xlsx, bytes: await summaryWorkbook(summary) };
		});
	} else {
		const folder = feedbackFolderName(year);
		job = startJob(owner, `${folder}.zip`, async (progress) => {
			progress('page');
			const files = await feedbackFiles(wh, year, (done, total) => progress('sheets', done, total));
			progress('zip');
			return { type: TYPES.zip, bytes: await zipFiles(folder, files) };
		});
	}
	const where = `/summary/${year}/download/${job.status.id}`;
	if (request.headers.get('accept')?.includes('application/json')) return json({ ...job.status, status: where, file: `${where}?file` }, { status: 202 });
	redirect(303, `${where}?file`);
};
