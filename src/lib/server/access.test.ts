// The access table's decisions, by level; test/site/access.test.ts requests every route.
import { describe, expect, it } from 'vitest';
import { ACCESS, decide } from './access';

const yes = () => true;
const no = () => false;

describe('decide', () => {
	it('denies a route missing from the table, and a change to a read-only route', () => {
		expect(decide('/not-in-table', 'GET', 'admin', yes)).toBe('missing');
		expect(decide('/rankings', 'POST', 'admin', yes)).toBe('missing');
	});
	it('asks the public to sign in and forbids a signed-in role below the level', () => {
		expect(decide('/rankings', 'GET', undefined, no)).toBe('signin');
		expect(decide('/rankings', 'GET', 'leader', no)).toBe('allow');
		expect(decide('/data/[dataset]', 'GET', 'leader', no)).toBe('forbid');
		expect(decide('/data/[dataset]', 'GET', 'analyst', no)).toBe('allow');
		expect(decide('/admin/users', 'POST', 'analyst', no)).toBe('forbid');
		expect(decide('/admin/users', 'POST', 'admin', no)).toBe('allow');
	});
	it('shows a public summary to everyone once published, before that to leaders and up', () => {
		expect(decide('/summary/[year]', 'GET', undefined, yes)).toBe('allow');
		expect(decide('/summary/[year]', 'GET', undefined, no)).toBe('signin');
		expect(decide('/summary/[year]', 'GET', 'leader', no)).toBe('allow');
		expect(decide('/summary/[year]', 'POST', 'leader', yes)).toBe('forbid');
		expect(decide('/summary/[year]/internal', 'GET', undefined, yes)).toBe('signin');
		// The publication's files are the department's, published or not.
		expect(decide('/summary/[year]/download', 'POST', undefined, yes)).toBe('signin');
		expect(decide('/summary/[year]/download', 'POST', 'leader', yes)).toBe('forbid');
		expect(decide('/summary/[year]/download/[job]', 'GET', 'leader', yes)).toBe('forbid');
		expect(decide('/summary/[year]/download/[job]', 'GET', 'analyst', no)).toBe('allow');
	});
	it('has a rule for every route of the site', async () => {
		const { readdirSync, statSync } = await import('node:fs');
		const { join, relative } = await import('node:path');
		const root = 'src/routes';
		const ids: string[] = [];
		const walk = (dir: string) => {
			for (const f of readdirSync(dir)) {
				const p = join(dir, f);
				if (statSync(p).isDirectory()) walk(p);
				else if (/^\+(page|server)\.(svelte|ts)$/.test(f)) ids.push('/' + relative(root, dir).replaceAll('\\', '/'));
			}
		};
		walk(root);
		const routes = [...new Set(ids.map((id) => (id === '/' ? '/' : id.replace(/\/$/, ''))))].sort();
		expect(routes).toEqual(Object.keys(ACCESS).sort());
	});
});
