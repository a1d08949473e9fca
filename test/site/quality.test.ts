// The built site's /quality page (评议质量) on the sample warehouse: the lead-not-verdict notice,
// each signal with its rule and parameter, the margins the SQL finds, the charts, parameters from
// the query string (and a 400 for one out of range), English, and an analyst's checked mark that
// is kept in the state folder, audited and shown again — while a leader may not mark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { query } from '../../src/lib/warehouse/queries.js';
import { startSite, type Site } from '../helpers/site.js';
import { launchBrowser, screenshot, visit } from '../helpers/browser.js';

let site: Site;
let year: number;
beforeAll(async () => {
	site = await startSite();
	const wh = await Warehouse.open(site.db, { readOnly: true });
	[{ year }] = (await wh.all('SELECT max(year)::INTEGER AS year FROM years')) as [{ year: number }];
	wh.close();
});
afterAll(async () => site?.stop());

const get = async (path: string, options: { lang?: 'en'; role?: 'leader' | 'analyst' } = {}) => {
	const res = await site.get(path, options);
	return { status: res.status, html: (await res.text()).replace(/<!--[^>]*-->/g, '') };
};

async function stored(name: string, params: Record<string, number | string>) {
	const wh = await Warehouse.open(site.db, { readOnly: true });
	try {
		return await wh.all<Record<string, unknown>>(query(`quality/${name}`), params);
	} finally {
		wh.close();
	}
}

/** The number of <li> in the section with `attr` (none when it lists nothing: not the next section's). */
function itemsIn(html: string, attr: string): number {
	const i = html.indexOf(attr);
	if (i < 0) return 0;
	const end = html.indexOf('</section>', i);
	return html.slice(i, end).match(/<li/g)?.length ?? 0;
}

describe('/quality', () => {
	it('shows the notice, every signal with its rule and parameter, and the charts', async () => {
		const { status, html } = await get(`/quality?year=${year}`, { role: 'leader' });
		expect(status).toBe(200);
		expect(html).toContain('每条线索只是供分析员核查的提示，不是结论');
		for (const s of ['favour_votes', 'leniency', 'bulk_ballots', 'score_jump', 'rater_gap']) expect(html).toContain(`data-signal="${s}"`);
		expect(html).toContain('稳健 z 值下限：<strong>3.5</strong>');
		expect(html).toContain('突变分数（分）：<strong>10</strong>');
		expect(html).toContain('aria-label="目标与测评一致性折线图"');
		expect(html).toContain('aria-label="满票率置信区间图"');
		expect(html).not.toContain('NaN');
		expect(html).not.toContain('标为已核查'); // a leader reads only
	});

	it('lists as many findings of each signal as its SQL finds, with the parameters of the URL', async () => {
		const { html } = await get(`/quality?year=${year}&jump=5&z=2`);
		const jumps = await stored('signal_score_jump', { year, jump: 5 });
		const lenient = await stored('signal_leniency', { year, z: 2 });
		expect(itemsIn(html, 'data-signal="score_jump"')).toBe(jumps.length);
		expect(itemsIn(html, 'data-signal="leniency"')).toBe(lenient.length);
		expect(html).toContain('突变分数（分）：<strong>5</strong>');
	});

	it('lists every close margin, the bottom two and the PK results', async () => {
		const { html } = await get(`/quality?year=${year}`);
		const ballots = (await stored('ballot_margins', { year, unit: '', subject: '', most: 2 ** 31 - 1 })).filter((r) => r.ballots !== null && Number(r.ballots) <= 3);
		const bottom = (await stored('bottom_two_margins', { year })).filter((r) => r.points !== null && (r.in_bottom_two || Number(r.points) <= 1));
		const pk = (await stored('pk_margins', { year })).filter((r) => r.votes_margin !== null);
		const grades = (await stored('unit_grade_margins', { year })).flatMap((r) => [r.points_up, r.points_down].filter((p) => p !== null && Number(p) <= 1));
		expect(html.slice(html.indexOf('data-testid="margins"'), html.indexOf('id="signals"')).match(/<li/g)?.length ?? 0).toBe(ballots.length + bottom.length + pk.length + grades.length);
		expect(bottom.some((r) => r.in_bottom_two)).toBe(true);
		expect(html).toMatch(/目标分差 [\d.]+ 分就脱离后 \d 名/);
	});

	it('refuses a parameter out of range with a 400 in Chinese', async () => {
		const { status, html } = await get(`/quality?year=${year}&z=abc`);
		expect(status).toBe(400);
		expect(html).toContain('稳健 z 值下限');
	});

	it('speaks English', async () => {
		const { html } = await get(`/quality?year=${year}`, { lang: 'en' });
		expect(html).toContain('Appraisal quality');
		expect(html).toContain('Every signal is a lead for the analyst, not a verdict');
		expect(html).toContain('Robust z threshold');
	});

	it("keeps an analyst's checked mark with its note in the state folder, audits it and shows it", async () => {
		const post = (role: 'analyst' | 'leader', fields: Record<string, string>) =>
			fetch(`${site.url}/quality?/check`, {
				method: 'POST',
				headers: { cookie: site.cookie(role), origin: site.url, accept: 'text/html' },
				body: new URLSearchParams(fields),
				redirect: 'manual'
			});
		const [jump] = await stored('signal_score_jump', { year, jump: 10 });
		const subject = String(jump!.subject_id);
		const mark = { year: String(year), signal: 'score_jump', subject, note: '已调阅原始测评票，属实' };
		expect((await post('leader', mark)).status).toBe(403);
		expect((await post('analyst', { ...mark, note: '' })).status).toBe(400);
		expect((await post('analyst', mark)).status).toBe(200);
		const kept = JSON.parse(readFileSync(join(site.state, 'quality-checks.json'), 'utf8'));
		expect(kept).toEqual([expect.objectContaining({ year, signal: 'score_jump', subject, note: '已调阅原始测评票，属实', by: 'test-analyst' })]);
		const log = readFileSync(join(site.state, 'audit.jsonl'), 'utf8');
		expect(log).toContain('"action":"quality_check"');
		expect(log).toContain('已调阅原始测评票，属实');
		// shown beside the finding, to a leader too (the page's figures come from the cache, the marks never do)
		const { html } = await get(`/quality?year=${year}`, { role: 'leader' });
		const finding = html.slice(html.indexOf(`data-subject="${subject}"`));
		expect(finding.slice(0, finding.indexOf('</li>'))).toMatch(/已核查（test-analyst，\d{4}-\d{2}-\d{2}）：已调阅原始测评票，属实/);
	});

	it('fits a phone (390 px) and a wide screen (1440 px) without sideways scroll or script errors', async () => {
		const browser = await launchBrowser();
		try {
			const v = await visit(browser, `${site.url}/quality?year=${year}`);
			for (const width of [390, 1440]) {
				await v.page.setViewportSize({ width, height: 900 });
				const [scroll, inner] = await v.page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
				expect(scroll).toBeLessThanOrEqual(inner!);
				await screenshot(v.page, `quality-${width}`);
			}
			expect(v.errors).toEqual([]);
		} finally {
			await browser.close();
		}
	});
});
