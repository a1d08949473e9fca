// The internal edition of one year's results, for the organization department: the public notice
// plus ballots, reverse evaluation, usage intents and alerts.
import type { PageServerLoad } from './$types';
import { summaryPage } from '$lib/server/summary-page';
import { cachedPage } from '$lib/server/page-cache';

export const load: PageServerLoad = (event) => cachedPage(event, ({ params }) => summaryPage(params.year, 'internal'));
