// Every rule and view on the large warehouse against the same SQL on PostgreSQL 15, as a ratio per
// rule (PostgreSQL's time / DuckDB's). The bench starts PostgreSQL itself when Debian's
// postgresql-15 is installed (it refuses to run as root: a system user `kaohe_bench` is made for
// it; data in a temporary folder, listening on 127.0.0.1 only), loads every table with COPY,
// recomputes every year with each rule file in turn on both, times each view, and stops it.
// The SQL is the project's own; the only adaptations (pg_sql below) are type names and the one
// DuckDB-only statement the rules use, and the macros as SQL functions (queries/bench/pg_macros.sql:
// also DuckDB's `//` as an operator and any_value as an aggregate; the vocabulary's from
// src/lib/vocabulary/sql.ts). Then every table the rules write is compared on both: its rows'
// count and an order-independent checksum of their text. Not installed: a printed note.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { query, queriesIn } from '../../src/lib/warehouse/queries.js';
import { RULES, setScope } from '../../src/lib/warehouse/recompute.js';
import { VIEWS } from '../../src/lib/warehouse/views.js';
import { vocabularySql } from '../../src/lib/vocabulary/sql.js';
import { ms } from './stats.js';
import type { BenchWarehouse } from './warehouses.js';

const PG_BIN = process.env.BENCH_PG_BIN ?? '/usr/lib/postgresql/15/bin';
const PG_USER = 'kaohe_bench';
const PORT = Number(process.env.BENCH_PG_PORT ?? 54329);

const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;
const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** The project's DuckDB SQL as PostgreSQL takes it: type names, and one DuckDB-only statement. */
const pg_sql = (sql: string) =>
	sql
		.replace(/\bHUGEINT\b/g, 'NUMERIC')
		.replace(/\bDOUBLE\b(?! PRECISION)/g, 'DOUBLE PRECISION')
		.replace(/\bVARCHAR\b/g, 'TEXT')
		// CREATE OR REPLACE TEMP TABLE t AS … (DuckDB only): dropped first, then created, then
		// analysed (autovacuum never sees a temporary table: without statistics the planner joined
		// democratic_scratch by nested loops, 10 s instead of 0.3 s at 1×). Up to the statement's `;`.
		.replace(/\bCREATE OR REPLACE TEMP TABLE (\w+)([^;]*);/g, 'DROP TABLE IF EXISTS $1; CREATE TEMP TABLE $1$2; ANALYZE $1;');

/** The tables the rules write (INSERT INTO in queries/rules/), in the order of RULES. */
const ruleTables = () => [...new Set(RULES.flatMap((r) => [...query(`rules/${r}`).matchAll(/\bINSERT INTO (\w+)/g)].map((m) => m[1]!)))];

/**
 * Per table, `name=count:checksum` in the dialect's SQL: the checksum is the sum over rows of the
 * first 60 bits of the MD5 of the row's text (each column as text, null as ∅, joined by |), so it
 * does not depend on the rows' order. Both render BOOLEAN, DECIMAL/NUMERIC of a given scale and
 * integers alike; the rule tables have no DOUBLE.
 */
function checksumSql(dialect: 'duckdb' | 'postgres', table: string, columns: string[]): string {
	const row = columns.map((c) => `coalesce(CAST(${ident(c)} AS VARCHAR), '∅')`).join(` || '|' || `);
	const bits = dialect === 'duckdb' ? `CAST('0x' || substr(md5(${row}), 1, 15) AS BIGINT)` : `CAST(CAST('x' || substr(md5(${row}), 1, 15) AS BIT(60)) AS BIGINT)`;
	return `SELECT ${literal(table)} || '=' || count(*) || ':' || coalesce(CAST(sum(${bits}) AS VARCHAR), '0') AS line FROM ${ident(table)}`;
}

function asPg(args: string[], input?: string): string {
	const r = spawnSync('runuser', ['-u', PG_USER, '--', ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
	if (r.status !== 0) throw new Error(`${args[0]}: ${r.stderr || r.stdout}`);
	return r.stdout;
}

/** Runs a psql script; returns the time of each statement (\timing), in order. */
function psql(script: string): number[] {
	const out = asPg([join(PG_BIN, 'psql'), '-X', '-q', '-h', '127.0.0.1', '-p', String(PORT), '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1'], `\\timing on\n\\o /dev/null\n${script}\n`);
	return [...out.matchAll(/^Time: ([\d.]+) ms/gm)].map((m) => Number(m[1]));
}

export async function benchPostgres(w: BenchWarehouse): Promise<string> {
	if (!existsSync(join(PG_BIN, 'postgres'))) return `\nPostgreSQL 15 is not installed (${PG_BIN}): the rules against PostgreSQL are skipped.`;
	if (process.getuid?.() !== 0 && !process.env.BENCH_PG_USER) return `\nPostgreSQL comparison needs root (to run it as user ${PG_USER}): skipped.`;
	if (spawnSync('id', ['-u', PG_USER]).status !== 0) execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', PG_USER]);

	const dir = mkdtempSync(join(tmpdir(), 'kaohe-bench-pg-'));
	chmodSync(dir, 0o777);
	const data = join(dir, 'data');
	let started = false;
	// DuckDB's side on a copy, so the warehouse the pages read stays as imported.
	const copy = join(dir, 'duck.duckdb');
	copyFileSync(w.db, copy);
	const wh = await Warehouse.open(copy);
	try {
		asPg([join(PG_BIN, 'initdb'), '-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
		asPg([
			join(PG_BIN, 'pg_ctl'), '-D', data, '-l', join(dir, 'log'), '-w', '-o',
			`-c listen_addresses=127.0.0.1 -p ${PORT} -k ${dir} -c fsync=off -c synchronous_commit=off -c shared_buffers=512MB -c work_mem=256MB -c max_wal_size=4GB`,
			'start'
		]);
		started = true;

		// Schema, macros, and every table by COPY from CSV written by DuckDB.
		const c = await wh.connect();
		const tables = (await c.runAndReadAll(query('backup/tables'))).getRowObjectsJS().map((r) => String(r.name));
		// The vocabulary's functions first: pg_macros' reward_rate calls unit_grade_order.
		let load = pg_sql(query('schema/tables')) + '\n' + vocabularySql('postgres') + '\n' + query('bench/pg_macros') + '\n';
		for (const t of tables) {
			const file = join(dir, `${t}.csv`);
			await c.run(`COPY ${ident(t)} TO ${literal(file)} (FORMAT csv, HEADER)`);
			chmodSync(file, 0o644);
			load += `COPY ${ident(t)} FROM ${literal(file)} WITH (FORMAT csv, HEADER true);\n`;
		}
		for (const v of queriesIn('views')) load += pg_sql(query(v)) + '\n'; // the rest of VIEWS are tables
		load += 'VACUUM ANALYZE;\n';
		const loadMs = psql(load).reduce((a, b) => a + b, 0);

		// Every rule over every year, in the import's order, on both.
		const years = w.years;
		const alertYears = [...new Set(years.flatMap((y) => [y, y + 1]))];
		const scope = `DELETE FROM scope_years; DELETE FROM alert_years;\nINSERT INTO scope_years VALUES ${years.map((y) => `(${y})`).join(', ')};\nINSERT INTO alert_years VALUES ${alertYears.map((y) => `(${y})`).join(', ')};\n`;
		const rows: { name: string; duck: number; pg: number }[] = [];
		await setScope(c, years);
		const pgRuleScript = RULES.map((r) => `BEGIN;\n${pg_sql(query(`rules/${r}`))}\nCOMMIT;\n\\echo rule-done`).join('\n');
		for (const r of RULES) {
			const t = performance.now();
			await c.run('BEGIN TRANSACTION');
			await c.run(query(`rules/${r}`));
			await c.run('COMMIT');
			rows.push({ name: `rule ${r}`, duck: performance.now() - t, pg: NaN });
		}
		// psql's \timing per statement: the times of one rule file are summed between its markers.
		const out = asPg(
			[join(PG_BIN, 'psql'), '-X', '-q', '-h', '127.0.0.1', '-p', String(PORT), '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1'],
			`${scope}\\timing on\n${pgRuleScript}\n`
		);
		let i = 0;
		let sum = 0;
		for (const line of out.split('\n')) {
			const m = /^Time: ([\d.]+) ms/.exec(line);
			if (m) sum += Number(m[1]);
			else if (line.trim() === 'rule-done') (rows[i++]!.pg = sum), (sum = 0);
		}
		// Each view materialised whole on both (no transfer to a client): the median of 3. VIEWS (the
		// contract's, most of them tables), then any other view of queries/views/ (use_figures).
		const views = [...new Set([...Object.keys(VIEWS), ...queriesIn('views').map((v) => v.slice('views/'.length))])];
		for (const v of views) {
			const duck: number[] = [];
			for (let k = 0; k < 3; k++) {
				const t = performance.now();
				await c.run(`CREATE OR REPLACE TEMP TABLE bench_view AS SELECT * FROM ${ident(v)}`);
				duck.push(performance.now() - t);
			}
			const pg = psql(Array.from({ length: 3 }, () => `DROP TABLE IF EXISTS bench_view; CREATE TEMP TABLE bench_view AS SELECT * FROM ${ident(v)};`).join('\n'))
				.filter((_, k) => k % 2 === 1);
			rows.push({ name: `view ${v}`, duck: duck.sort((a, b) => a - b)[1]!, pg: pg.sort((a, b) => a - b)[1]! });
		}
		// The same SQL gives the same rows: every table's count on both, and for each table a rule
		// writes its rows' checksum too (checksumSql).
		const derived = ruleTables();
		const columns = new Map<string, string[]>();
		for (const r of (await c.runAndReadAll(query('bench/columns'))).getRowObjectsJS()) {
			const t = String(r.table_name);
			if (derived.includes(t)) columns.set(t, [...(columns.get(t) ?? []), String(r.column_name)]);
		}
		const checks = (dialect: 'duckdb' | 'postgres') =>
			tables.map((t) => (columns.has(t) ? checksumSql(dialect, t, columns.get(t)!) : `SELECT ${literal(t)} || '=' || count(*) AS line FROM ${ident(t)}`));
		const t0 = performance.now();
		const duckLines = (await c.runAndReadAll(checks('duckdb').join(' UNION ALL '))).getRowObjectsJS().map((r) => String(r.line));
		const checkMs = performance.now() - t0;
		c.closeSync();
		const pgLines = asPg(
			[join(PG_BIN, 'psql'), '-X', '-q', '-A', '-t', '-h', '127.0.0.1', '-p', String(PORT), '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1'],
			checks('postgres').map((q) => `${q};`).join('\n')
		).split('\n');
		const differ = duckLines.filter((l) => !pgLines.includes(l)).map((l) => {
			const [t] = l.split('=');
			const pg = pgLines.find((p) => p.startsWith(`${t}=`));
			return `${t} (DuckDB ${l.slice(t!.length + 1)}, PostgreSQL ${pg?.slice(t!.length + 1) ?? '?'})`;
		});

		const lines = [
			`\nrules and views on the ${w.label}: DuckDB against the same SQL on PostgreSQL 15 (loaded by COPY in ${ms(loadMs)}; every year recomputed)`,
			'rule or view'.padEnd(28) + '    DuckDB  PostgreSQL  PostgreSQL / DuckDB'
		];
		for (const r of rows) lines.push(`${r.name.padEnd(28)}${ms(r.duck).padStart(10)}${ms(r.pg).padStart(12)}${`${(r.pg / r.duck).toFixed(1)}×`.padStart(21)}`);
		const total = (k: 'duck' | 'pg') => rows.filter((r) => r.name.startsWith('rule')).reduce((a, r) => a + r[k], 0);
		lines.push(`${'all rules'.padEnd(28)}${ms(total('duck')).padStart(10)}${ms(total('pg')).padStart(12)}${`${(total('pg') / total('duck')).toFixed(1)}×`.padStart(21)}`);
		lines.push(
			differ.length === 0
				? `every table has the same number of rows on both, and each of the ${columns.size} the rules write the same rows (count and checksum of every row's text; DuckDB's side in ${ms(checkMs)})`
				: `tables differ (rows:checksum): ${differ.join(', ')}`
		);
		return lines.join('\n');
	} catch (e) {
		return `\nrules against PostgreSQL failed: ${(e as Error).message.slice(0, 2000)}`;
	} finally {
		wh.close();
		if (started) spawnSync('runuser', ['-u', PG_USER, '--', join(PG_BIN, 'pg_ctl'), '-D', data, '-m', 'fast', '-w', 'stop']);
		rmSync(dir, { recursive: true, force: true });
	}
}
