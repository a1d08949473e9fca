// The vocabulary is the one definition of every code list: the generated SQL macros match it
// and the committed queries/schema/vocabulary.sql is up to date (`npx vitest run -u
// src/lib/vocabulary` writes it again), and a Chinese label means one English label everywhere.
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { ALERT_KINDS, CADRE_GRADES, CATEGORIES, PRINCIPAL_ROLES, ROLES, UNIT_GRADES, VOCABULARY, type Term } from './index.js';
import { vocabularySql } from './sql.js';
import { EN } from '../i18n/en/index.js';

async function evaluate(sql: string, expression: string): Promise<unknown> {
	const instance = await DuckDBInstance.create(':memory:');
	const c = await instance.connect();
	try {
		for (const statement of sql.split(/;\n/).filter((s) => /\S/.test(s.replace(/--.*$/gm, '')))) await c.run(statement);
		return (await c.runAndReadAll(`SELECT ${expression} AS v`)).getRowObjectsJS()[0]!.v;
	} finally {
		c.closeSync();
		instance.closeSync();
	}
}

describe('vocabulary', () => {
	it('keeps queries/schema/vocabulary.sql generated from the code lists', async () => {
		await expect(vocabularySql('duckdb')).toMatchFileSnapshot('../../../queries/schema/vocabulary.sql');
	});

	it('orders codes in SQL as the lists do, unknown codes and NULL last', async () => {
		const sql = vocabularySql('duckdb');
		expect(await evaluate(sql, `list_transform(['unqualified', 'outstanding', 'qualified', 'basically_qualified', 'excellent', 'x'], g -> unit_grade_order(g))`)).toEqual([4, 0, 2, 3, 1, 5]);
		expect(await evaluate(sql, `cadre_grade_order('basically_competent')`)).toBe(CADRE_GRADES.order('basically_competent'));
		expect(await evaluate(sql, `[category_order('department'), category_order('township'), category_order(NULL)]`)).toEqual([0, 1, CATEGORIES.codes.length]);
		expect(await evaluate(sql, `alert_kind_order('admonition')`)).toBe(ALERT_KINDS.codes.length - 1);
	});

	it('knows the principal leaders in SQL as CONTRACT.md names them', async () => {
		expect(PRINCIPAL_ROLES).toEqual(['party_secretary', 'administrative_head']);
		const sql = vocabularySql('duckdb');
		expect(await evaluate(sql, `[is_principal('party_secretary'), is_principal('administrative_head'), is_principal('member')]`)).toEqual([true, true, false]);
		expect(ROLES.codes).toEqual(['party_secretary', 'administrative_head', 'member']);
	});

	it('has the codes CONTRACT.md fixes, with their Chinese labels', () => {
		expect(UNIT_GRADES.labels).toEqual({ outstanding: '特优', excellent: '优秀', qualified: '达标', basically_qualified: '基本达标', unqualified: '不达标' });
		expect(CADRE_GRADES.labels).toEqual({ excellent: '优秀', competent: '称职', basically_competent: '基本称职', incompetent: '不称职' });
		expect(UNIT_GRADES.order('nothing')).toBe(5);
		expect(UNIT_GRADES.label('nothing')).toBe('nothing');
	});

	it('gives a Chinese label one English label in every list, as the site translates it', () => {
		for (const list of VOCABULARY)
			for (const term of list.terms as readonly Term[]) expect([list.name, term.zh, EN[term.zh]]).toEqual([list.name, term.zh, term.en]);
	});
});
