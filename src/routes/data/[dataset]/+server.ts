// Downloads of a page's tables: /data/<dataset>?format=csv|xlsx|arrow plus the dataset's
// parameters (year, unit, cadre). The dataset names a query in DATASETS; parameters are bound.
// Exports: analysts only (access table), each one written to the audit log.
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { siteWarehouse } from '$lib/server/site-warehouse';
import { query } from '$lib/warehouse/queries';
import { DATASETS, FILE_FORMATS, fileColumns, labelled, type FileFormat, type ParamName } from '$lib/server/datasets';
import { toCsv, toXlsx } from '$lib/server/table-file';
import { audit } from '$lib/audit/log';
import { attachment } from '$lib/server/disposition';
import { isUseParam, readUseParam } from '$lib/use/actions';

const CONTENT_TYPES: Record<FileFormat, string> = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	arrow: 'application/vnd.apache.arrow.stream'
};

function param(url: URL, name: ParamName): number | string {
	const raw = url.searchParams.get(name)?.trim() ?? '';
	if (name === 'year') {
		if (!/^\d{1,6}$/.test(raw)) error(400, { message: `请用 year 参数指定年度（如 year=2007），“${raw}”不是年份。` });
		return Number(raw);
	}
	if (isUseParam(name)) {
		const v = readUseParam(name, raw); // a threshold of /use (结果运用)
		if (typeof v !== 'number') error(400, { message: v.problem });
		return v;
	}
	if (raw === '' || raw.length > 200) error(400, { message: `请用 ${name} 参数指定编码。` });
	return raw;
}

export const GET: RequestHandler = async ({ params, url, locals, getClientAddress }) => {
	const dataset = Object.hasOwn(DATASETS, params.dataset) ? DATASETS[params.dataset] : undefined;
	if (!dataset) error(404, { message: `没有名为“${params.dataset}”的数据表。` });
	const format = (url.searchParams.get('format') ?? 'csv') as FileFormat;
	if (!FILE_FORMATS.includes(format)) error(400, { message: `不支持的格式“${format}”：可选 csv、xlsx、arrow。` });
	const bound = Object.fromEntries(dataset.params.map((p) => [p, param(url, p)]));
	const suffix = dataset.params.map((p) => bound[p]).join('-');
	const filename = `${dataset.title}${suffix ? `-${suffix}` : ''}.${format}`;
	const headers = {
		'content-type': CONTENT_TYPES[format],
		'content-disposition': attachment(filename, `kaohe.${format}`)
	};

	const wh = await siteWarehouse();
	audit({ actor: locals.user!.name, action: 'export', target: params.dataset, detail: new URLSearchParams({ ...bound, format }).toString(), ip: getClientAddress() });
	const sql = query(dataset.query);
	if (format === 'arrow') return new Response(await wh.arrow(sql, bound), { headers });
	const rows = labelled(await wh.all(sql, bound));
	const columns = fileColumns(dataset);
	const body = format === 'csv' ? toCsv(columns, rows) : await toXlsx(dataset.title, columns, rows);
	return new Response(body, { headers });
};
