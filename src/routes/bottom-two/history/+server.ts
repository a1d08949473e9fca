// The rank history behind the bottom-two chart, as Arrow IPC for the page's own script: open to
// leaders, who see the chart, unlike /data downloads (exports, analysts only).
import type { RequestHandler } from './$types';
import { siteWarehouse } from '$lib/server/site-warehouse';
import { query } from '$lib/warehouse/queries';

export const GET: RequestHandler = async () => {
	const wh = await siteWarehouse();
	return new Response(await wh.arrow(query('site/bottom-two/history')), {
		headers: { 'content-type': 'application/vnd.apache.arrow.stream' }
	});
};
