// The SQL macros derived from the code lists, so that no query writes a list of codes itself:
// `<list>_order(code)` (the position of a code in its list, unknown codes and NULL last) and
// `is_principal(role)`. The DuckDB text is committed as queries/schema/vocabulary.sql and loaded
// with the schema (vocabulary.test.ts fails when it is out of date; `npx vitest run -u
// src/lib/vocabulary` writes it again); the benchmark asks for the PostgreSQL functions.
import { PRINCIPAL_ROLES, VOCABULARY, type Term } from './index.js';

const literal = (code: string) => {
	if (!/^[a-z_]+$/.test(code)) throw new Error(`code ${code} is not a plain identifier`);
	return `'${code}'`;
};

function macro(dialect: 'duckdb' | 'postgres', name: string, returns: 'INTEGER' | 'BOOLEAN', body: string): string {
	return dialect === 'duckdb'
		? `CREATE OR REPLACE MACRO ${name}(code) AS ${body};`
		: `CREATE OR REPLACE FUNCTION ${name}(code TEXT) RETURNS ${returns} LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ${body} $$;`;
}

export function vocabularySql(dialect: 'duckdb' | 'postgres' = 'duckdb'): string {
	const lines = [
		'-- Generated from src/lib/vocabulary/ (sql.ts): do not edit. `npx vitest run -u src/lib/vocabulary`',
		'-- writes it again after a change of a code list.',
		'-- <list>_order(code): the position of a code in its list (best grade first); others last.'
	];
	for (const list of VOCABULARY) {
		const terms = list.terms as readonly Term[];
		const whens = terms.map((t, i) => `WHEN ${literal(t.code)} THEN ${i}`).join(' ');
		lines.push(macro(dialect, `${list.name}_order`, 'INTEGER', `CASE code ${whens} ELSE ${terms.length} END`));
	}
	lines.push('-- The principal leaders (党政主要负责人): CONTRACT.md\'s roles party_secretary and administrative_head.');
	lines.push(macro(dialect, 'is_principal', 'BOOLEAN', `code IN (${PRINCIPAL_ROLES.map(literal).join(', ')})`));
	return lines.join('\n') + '\n';
}
