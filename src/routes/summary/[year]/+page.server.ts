// The public notice (公示) of one year's results: unit grades, scores and ranks, aggregates.
import type { PageServerLoad } from './$types';
import { summaryPage } from '$lib/server/summary-page';

export const load: PageServerLoad = ({ params }) => summaryPage(params.year, 'public');
