// Every rule and view on the large warehouse against the same SQL on PostgreSQL 15, as a ratio per
// rule (PostgreSQL's time / DuckDB's). The bench starts PostgreSQL itself when Debian's
// postgresql-15 is installed (it refuses to run as root: a system user `kaohe_bench` is made for
// it; data in a temporary folder, listening on 127.0.0.1 only), loads every table with COPY,
// recomputes every year with each rule file in turn on both, times each view, and stops it.
// The SQL is the project's own; the only adaptations (pg_sql below) are type names, and the
// macros as SQL functions (queries/bench/pg_macros.sql, and the vocabulary's from src/lib/vocabulary/sql.ts). Not installed: a printed note.
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

/** The project's DuckDB SQL as PostgreSQL takes it: only type names differ. */
const pg_sql = (sql: string) => sql.replace(/\bHUGEINT\b/g, 'NUMERIC').replace(/\bDOUBLE\b(?! PRECISION)/g, 'DOUBLE PRECISION').replace(/\bVARCHAR\b/g, 'TEXT');

const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;
const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

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
		let load = pg_sql(query('schema/tables')) + '\n' + query('bench/pg_macros') + '\n' + vocabularySql('postgres');
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
		// Each view materialised whole on both (no transfer to a client): the median of 3.
		for (const v of Object.keys(VIEWS)) {
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
		// The same SQL gives the same rows: each derived table's count on both.
		const counts = (await c.runAndReadAll(tables.map((t) => `SELECT ${literal(t)} AS t, count(*)::BIGINT AS n FROM ${ident(t)}`).join(' UNION ALL '))).getRowObjectsJS();
		c.closeSync();
		const pgCounts = asPg(
			[join(PG_BIN, 'psql'), '-X', '-q', '-A', '-t', '-h', '127.0.0.1', '-p', String(PORT), '-U', 'postgres', '-d', 'postgres'],
			tables.map((t) => `SELECT ${literal(t)} || '=' || count(*) FROM ${ident(t)};`).join('\n')
		);
		const differ = counts.filter((r) => !pgCounts.includes(`${r.t}=${r.n}\n`)).map((r) => r.t);

		const lines = [
			`\nrules and views on the ${w.label}: DuckDB against the same SQL on PostgreSQL 15 (loaded by COPY in ${ms(loadMs)}; every year recomputed)`,
			'rule or view'.padEnd(28) + '    DuckDB  PostgreSQL  PostgreSQL / DuckDB'
		];
		for (const r of rows) lines.push(`${r.name.padEnd(28)}${ms(r.duck).padStart(10)}${ms(r.pg).padStart(12)}${`${(r.pg / r.duck).toFixed(1)}×`.padStart(21)}`);
		const total = (k: 'duck' | 'pg') => rows.filter((r) => r.name.startsWith('rule')).reduce((a, r) => a + r[k], 0);
		lines.push(`${'all rules'.padEnd(28)}${ms(total('duck')).padStart(10)}${ms(total('pg')).padStart(12)}${`${(total('pg') / total('duck')).toFixed(1)}×`.padStart(21)}`);
		lines.push(differ.length === 0 ? 'every table has the same number of rows on both' : `row counts differ: ${differ.join(', ')}`);
		return lines.join('\n');
	} catch (e) {
		return `\nrules against PostgreSQL failed: ${(e as Error).message.slice(0, 2000)}`;
	} finally {
		wh.close();
		if (started) spawnSync('runuser', ['-u', PG_USER, '--', join(PG_BIN, 'pg_ctl'), '-D', data, '-m', 'fast', '-w', 'stop']);
		rmSync(dir, { recursive: true, force: true });
	}
}
