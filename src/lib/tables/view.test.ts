import { describe, expect, it } from 'vitest';
import { applyView, compareValues, nextSort, readView, textMatches, viewSearch, type ViewSpec } from './view';
import { viewSpec, type Column, type Filter } from './columns';

interface Row {
	id: string;
	name: string;
	score: number | null;
	grade: string;
}
const rows: Row[] = [
	{ id: 'a', name: '区发改委', score: 91.5, grade: 'excellent' },
	{ id: 'b', name: '区财政局', score: null, grade: 'qualified' },
	{ id: 'c', name: '城关镇', score: 88, grade: 'qualified' },
	{ id: 'd', name: '安居街道', score: 95.25, grade: 'outstanding' }
];
const spec: ViewSpec<Row> = {
	sorts: { name: (r) => r.name, score: (r) => r.score },
	filters: { grade: (r, v) => r.grade === v, q: (r, v) => textMatches([r.name], v) }
};
const ids = (list: Row[]) => list.map((r) => r.id).join('');
const view = (q: string) => readView(new URLSearchParams(q), 'units', spec);

describe('table views from the URL', () => {
	it('reads the order and the filters of its own table only, ignoring unknown columns', () => {
		expect(view('units.sort=-score&units.grade=qualified&other.sort=name')).toEqual({ sort: { key: 'score', dir: 'desc' }, filters: { grade: 'qualified' } });
		expect(view('units.sort=nope&units.colour=red&units.q=%20%20')).toEqual({ sort: null, filters: {} });
	});
	it('sorts numbers and Chinese names either way, missing values last, equal ones in their order', () => {
		expect(ids(applyView(rows, spec, view('units.sort=score')))).toBe('cadb');
		expect(ids(applyView(rows, spec, view('units.sort=-score')))).toBe('dacb');
		// 安 (an) < 城 (cheng) < 区财 (qu cai) < 区发 (qu fa) in pinyin order
		expect(ids(applyView(rows, spec, view('units.sort=name')))).toBe('dcba');
		expect(ids(applyView(rows, spec, view('')))).toBe('abcd');
		expect(compareValues(2, 10)).toBeLessThan(0);
		expect(compareValues('第2组', '第10组')).toBeLessThan(0);
	});
	it('keeps the rows that pass every filter', () => {
		expect(ids(applyView(rows, spec, view('units.grade=qualified')))).toBe('bc');
		expect(ids(applyView(rows, spec, view('units.grade=qualified&units.q=镇&units.sort=-score')))).toBe('c');
		expect(ids(applyView(rows, spec, view('units.q=区')))).toBe('ab');
	});
	it('cycles a header: ascending, descending, then the table’s own order', () => {
		expect(nextSort(null, 'score')).toEqual({ key: 'score', dir: 'asc' });
		expect(nextSort({ key: 'score', dir: 'asc' }, 'score')).toEqual({ key: 'score', dir: 'desc' });
		expect(nextSort({ key: 'score', dir: 'desc' }, 'score')).toBeNull();
		expect(nextSort({ key: 'score', dir: 'desc' }, 'name')).toEqual({ key: 'name', dir: 'asc' });
	});
	it('changes only its own parameters in the URL and goes back to the first page', () => {
		const q = new URLSearchParams('year=2007&page=3&units.grade=qualified&other.sort=x');
		expect(viewSearch(q, 'units', { sort: { key: 'score', dir: 'desc' } })).toBe('?year=2007&units.grade=qualified&other.sort=x&units.sort=-score');
		expect(viewSearch(q, 'units', { filters: { grade: '', q: '局' } })).toBe(`?year=2007&other.sort=x&units.q=${encodeURIComponent('局')}`);
	});
});

describe('column definitions', () => {
	const columns: Column<Row>[] = [
		{ key: 'name', label: '单位', sort: (r) => r.name },
		{ key: 'grade', label: '等次', text: (r) => (r.grade === 'qualified' ? '达标' : r.grade) },
		{ key: 'note', label: '说明', text: () => '' }
	];
	const filters: Filter<Row>[] = [
		{ key: 'grade', label: '等次', options: [{ value: 'qualified', label: '达标' }], of: (r) => r.grade },
		{ key: 'q', label: '查找' }
	];
	it('sorts by the columns that have a sort value, filters by code and by the texts shown', () => {
		const s = viewSpec(columns, filters);
		expect(Object.keys(s.sorts)).toEqual(['name']);
		const v = (q: string) => ids(applyView(rows, s, readView(new URLSearchParams(q), 't', s)));
		expect(v('t.grade=qualified')).toBe('bc');
		expect(v(`t.q=${encodeURIComponent('达标')}`)).toBe('bc');
		expect(v('t.q=街道')).toBe('d');
	});
});
