import { describe, expect, it } from 'vitest';
import { sameSitePath } from './same-site';

describe('sameSitePath', () => {
	it('keeps a path with its query', () => {
		expect(sameSitePath('/rankings?year=2007')).toBe('/rankings?year=2007');
	});
	it('sends anything that could leave the site home', () => {
		for (const bad of [null, '', 'https://evil.example/', '//evil.example/', '/\\evil.example', 'javascript:alert(1)'])
			expect(sameSitePath(bad)).toBe('/');
	});
});
