// Import from the browser: upload (zip of the bundle's files, or a workbook), its check in a child
// process, the validation report, confirmation, then the import in the background, each with
// progress (src/lib/server/imports.ts).
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { READ_ONLY, siteWarehouse } from '$lib/server/site-warehouse';
import { ImportRefused, MAX_UPLOAD, checkUpload, importRunning, jobView, jobsOf, startImport } from '$lib/server/imports';

export const load: PageServerLoad = ({ locals, url }) => {
	const id = url.searchParams.get('job');
	return {
		readOnly: READ_ONLY,
		maxUpload: MAX_UPLOAD,
		job: id ? (jobView(id, locals.user!.name) ?? null) : null,
		recent: jobsOf(locals.user!.name),
		busy: importRunning()
	};
};

export const actions: Actions = {
	upload: async ({ request, locals }) => {
		if (READ_ONLY) return fail(409, { problem: '本网站以只读方式打开数据仓库（KAOHE_READONLY=1），不能导入。' });
		const length = Number(request.headers.get('content-length') ?? 0);
		if (length > MAX_UPLOAD + 64 * 1024) return fail(413, { problem: `文件太大：最多 ${Math.round(MAX_UPLOAD / 1024 / 1024)} MB。` });
		const form = await request.formData();
		const file = form.get('bundle');
		if (!(file instanceof File) || file.size === 0) return fail(400, { problem: '请选择要上传的数据包文件。' });
		if (file.size > MAX_UPLOAD) return fail(413, { problem: `文件太大：最多 ${Math.round(MAX_UPLOAD / 1024 / 1024)} MB。` });
		const years = async () => (await (await siteWarehouse()).rows('site/years')).map((y) => y.year);
		let job;
		try {
			job = checkUpload(locals.user!.name, file.name, Buffer.from(await file.arrayBuffer()), years);
		} catch (e) {
			if (e instanceof ImportRefused) return fail(409, { problem: e.message });
			throw e;
		}
		redirect(303, `/import?job=${job.id}`);
	},
	confirm: async ({ request, locals, getClientAddress }) => {
		const form = await request.formData();
		const id = String(form.get('job') ?? '');
		try {
			startImport(id, locals.user!.name, form.get('replace') === 'on', getClientAddress());
		} catch (e) {
			if (e instanceof ImportRefused) return fail(409, { problem: e.message });
			throw e;
		}
		redirect(303, `/import?job=${id}`);
	}
};
