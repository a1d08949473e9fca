// The types of queries as DuckDB describes them (query-types.ts) and the check that keeps the
// declared nullable columns honest (typed.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { Warehouse } from './db.js';
import { describeQuery, nullableColumns, typesModule } from './query-types.js';
import { refuseNulls } from './typed.js';

let wh: Warehouse;
let c: DuckDBConnection;
beforeAll(async () => {
	wh = await Warehouse.open(':memory:');
	c = await wh.connect();
});
afterAll(() => {
	c.closeSync();
	wh.close();
});

describe('describeQuery', () => {
	it('reads a site query on the empty warehouse: parameter, column types and the declared nullable columns', async () => {
		const d = (await describeQuery(c, 'site/rankings/units'))!;
		expect(d.params).toEqual([{ name: 'year', ts: 'number', sql: 'INTEGER' }]);
		const col = (n: string) => d.columns.find((x) => x.name === n);
		expect(col('unit_id')).toMatchObject({ ts: 'string', nullable: false });
		expect(col('vetoed')).toMatchObject({ ts: 'boolean', nullable: false });
		expect(col('composite_score')).toMatchObject({ ts: 'number', sql: 'DOUBLE', nullable: true });
		expect(col('prev_group_id')).toMatchObject({ ts: 'string', nullable: true });
	});

	it('maps DuckDB types to what getRowObjectsJS gives: BIGINT a bigint, DECIMAL a number, a list an array', async () => {
		const sql = `-- nullable: d
SELECT count(*) AS n, 1.5::DECIMAL(18,2) AS d, [1, 2] AS l, DATE '2010-01-01' AS day, $p::VARCHAR AS p, {'a': 1} AS s`;
		const d = (await describeQuery(c, 'probe', sql))!;
		expect(d.params).toEqual([{ name: 'p', ts: 'string', sql: 'VARCHAR' }]);
		expect(d.columns.map((x) => [x.name, x.ts, x.nullable])).toEqual([
			['n', 'bigint', false],
			['d', 'number', true],
			['l', 'number[]', false],
			['day', 'Date', false],
			['p', 'string', false],
			['s', '{ a: number | null }', false]
		]);
		expect(typesModule([d])).toContain('\t\t\td: number | null; // DECIMAL(18,2)');
	});

	it('takes a parameter DuckDB leaves untyped (LIMIT) from its cast in the SQL', async () => {
		const d = (await describeQuery(c, 'probe', 'SELECT unit_id FROM units WHERE year = $year LIMIT CAST($top AS INTEGER)'))!;
		expect(d.params.map((p) => [p.name, p.ts])).toEqual([
			['year', 'number'],
			['top', 'number']
		]);
	});

	it('refuses, in Chinese, a parameter of no known type and a nullable column the result does not have', async () => {
		await expect(describeQuery(c, 'probe', 'SELECT year FROM units WHERE year IN ($y, $y - 1)')).rejects.toThrow(
			'queries/probe.sql: 参数 $y 的类型无法推断'
		);
		await expect(describeQuery(c, 'probe', '-- nullable: nme\nSELECT name FROM units')).rejects.toThrow('列出了结果中没有的列：nme');
		await expect(describeQuery(c, 'probe', 'SELECT nme FROM units')).rejects.toThrow('queries/probe.sql: 无法在空数据仓库上准备该查询');
	});

	it('leaves out statements that are not SELECTs', async () => {
		expect(await describeQuery(c, 'probe', "DELETE FROM units WHERE unit_id = 'x'")).toBeNull();
	});
});

describe('nullable columns', () => {
	it('are read from every "-- nullable:" line', () => {
		expect([...nullableColumns('-- nullable: a, b\n-- other\n--nullable:c\nSELECT 1')]).toEqual(['a', 'b', 'c']);
	});

	it('a null where the query does not declare one is refused with the file and the column', () => {
		const rows = [{ a: 1, b: null }];
		expect(() => refuseNulls('site/x', new Set(['b']), ['a', 'b'], rows)).not.toThrow();
		expect(() => refuseNulls('site/x', new Set(), ['a', 'b'], rows)).toThrow('queries/site/x.sql：列 b 出现空值');
	});
});
