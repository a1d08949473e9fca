// The compare page (单位对比) on the sample warehouse: two units of one year and one unit in two
// years side by side with the differences of the warehouse's figures, a unit named by its name, a
// name that matches several units offered as choices, and each unit shown written to the audit
// log as a view of its dossier.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { startSite, type Site } from '../helpers/site.js';

let site: Site;
let wh: Warehouse;
beforeAll(async () => {
	site = await startSite();
	wh = await Warehouse.open(site.db, { readOnly: true });
});
afterAll(async () => {
	wh?.close();
	await site?.stop();
});

const html = async (path: string, lang?: 'en') => {
	const res = await site.get(path, { role: 'leader', lang });
	expect(res.status, path).toBe(200);
	return (await res.text()).replace(/<!--[^>]*-->/g, '');
};
/** The cells of the line of figure `key`. */
function line(page: string, key: string): string[] {
	const i = page.indexOf(`data-figure="${key}"`);
	expect(i, key).toBeGreaterThan(-1);
	const row = page.slice(i, page.indexOf('</tr>', i));
	return [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim());
}
const score = (n: number) => n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${score(Math.abs(n))}`;

interface U {
	unit_id: string;
	name: string;
	target_score: number;
	rank_in_group: number;
}

describe('/compare', () => {
	it('shows two units of a year side by side with the differences', async () => {
		const [a, b] = await wh.all<U>('SELECT unit_id, name, target_score::DOUBLE AS target_score, rank_in_group::INTEGER AS rank_in_group FROM unit_results WHERE year = 2007 ORDER BY unit_id LIMIT 2');
		const page = await html(`/compare?a=${a!.unit_id}&b=${b!.unit_id}&year=2007`);
		expect(page).toContain(`A：${a!.name}（2007 年）`);
		expect(page).toContain(`B：${b!.name}（2007 年）`);
		expect(line(page, 'target_score')).toEqual(['目标考核得分', score(a!.target_score), score(b!.target_score), signed(Math.round((b!.target_score - a!.target_score) * 100) / 100)]);
		expect(line(page, 'rank_in_group').slice(1, 3)).toEqual([String(a!.rank_in_group), String(b!.rank_in_group)]);
		// in the navigation, with the year
		expect(page).toContain('href="/compare?year=2007"');
		// both units' views are audited
		const log = readFileSync(join(site.state, 'audit.jsonl'), 'utf8');
		for (const u of [a!, b!]) expect(log).toMatch(new RegExp(`"action":"view_unit","target":"${u.unit_id}"`));
	});

	it('compares one unit in two years, named by its name, in English too', async () => {
		const [u] = await wh.all<U & { before: number }>(
			`SELECT n.unit_id, n.name, n.target_score::DOUBLE AS target_score, o.target_score::DOUBLE AS before, n.rank_in_group::INTEGER AS rank_in_group
			 FROM unit_results n JOIN unit_results o ON o.unit_id = n.unit_id AND o.year = 2006 AND o.name = n.name
			 WHERE n.year = 2007 AND (SELECT count(*) FROM unit_results x WHERE x.year = 2006 AND x.name = n.name) = 1 ORDER BY n.unit_id LIMIT 1`
		);
		const page = await html(`/compare?a=${encodeURIComponent(u!.name)}&year=2006&b_year=2007`);
		expect(line(page, 'target_score').slice(1)).toEqual([score(u!.before), score(u!.target_score), signed(Math.round((u!.target_score - u!.before) * 100) / 100)]);
		const en = await html(`/compare?a=${u!.unit_id}&year=2006&b_year=2007`, 'en');
		expect(en).toContain('Difference (B − A)');
		expect(en).toContain(`${u!.name} (2006)`);
	});

	it('offers the units a name matches, and says when none does', async () => {
		const { part, n } = (await wh.all<{ part: string; n: number }>(
			`WITH y AS (SELECT name FROM unit_results WHERE year = 2007), parts AS (SELECT DISTINCT left(name, 2) AS part FROM y)
			 SELECT part, (SELECT count(*) FROM y WHERE contains(lower(y.name), lower(part)))::INTEGER AS n FROM parts
			 WHERE NOT EXISTS (SELECT 1 FROM y WHERE y.name = part) ORDER BY n DESC, part LIMIT 1`
		))[0]!;
		expect(n).toBeGreaterThan(1);
		const page = await html(`/compare?a=${encodeURIComponent(part)}&year=2007`);
		expect(page).toContain(`“${part}”在 2007 年度对应多个单位，请选择：`);
		expect(page.match(/<li><a href="\?a=/g)?.length).toBe(Math.min(n, 20));
		expect(page).not.toContain('data-figure=');
		expect(await html('/compare?a=%E6%B2%A1%E6%9C%89%E8%BF%99%E4%B8%AA%E5%8D%95%E4%BD%8D&year=2007')).toContain('2007 年度没有编码或名称为“没有这个单位”的单位。');
	});
});
