import { describe, expect, it } from 'vitest';
import { renderChart } from './render.js';
import { translator } from '../i18n/index.js';
import { reverseTrendOptions, type ReverseTrendRow } from './reverse-trend.js';

const row = (year: number, subject: 'team' | 'cadre', aspect_id: string, aspect_name: string, position: number, mean_share: number): ReverseTrendRow => ({
	year, subject, aspect_id, aspect_name, position, subjects: 10, mean_share, flagged: 0
});
const rows: ReverseTrendRow[] = [2004, 2005].flatMap((y) => [
	row(y, 'team', 'unity', '团结协作不好', 0, 0.08),
	row(y, 'team', 'style', '工作作风不实', 1, 0.09),
	row(y, 'cadre', 'theory', '政策理论水平低', 0, 0.06)
]);

describe('reverseTrendOptions', () => {
	it('draws a small panel per aspect of the subject with a dot per year, named as the policy names it', () => {
		const team = renderChart(reverseTrendOptions(rows, 'team'));
		expect(team).toContain('<svg');
		expect(team.match(/<circle/g)).toHaveLength(4);
		// each aspect titles its own panel (no colour legend to decode)
		expect(team).toContain('>团结协作不好</text>');
		expect(team).toContain('>工作作风不实</text>');
		expect(team).not.toContain('-swatch');
		const lines = team.slice(team.indexOf('aria-label="line"'), team.indexOf('aria-label="dot"'));
		const panels = [...lines.matchAll(/<g transform="translate\(([\d.]+),([\d.]+)\)"[^>]*><path /g)].map((m) => m[1]);
		expect(panels).toHaveLength(2); // one line in each of two panels, side by side
		expect(new Set(panels).size).toBe(2);
		expect(team).not.toContain('政策理论水平低');
		expect(team).toContain('领导班子反向测评');
		const cadre = renderChart(reverseTrendOptions(rows, 'cadre'));
		expect(cadre.match(/<circle/g)).toHaveLength(2);
		expect(cadre).toContain('政策理论水平低');
		expect(cadre).not.toContain('NaN');
	});

	it("speaks English with the English translator, keeping the policy's aspect names", () => {
		const html = renderChart(reverseTrendOptions(rows, 'cadre', translator('en')));
		expect(html).toContain('aria-label="Line chart of the reverse evaluation of cadres"');
		expect(html).toContain('Reverse evaluation of cadres');
		expect(html).toContain('Mean share ticked (%)');
		expect(html).toContain('政策理论水平低');
		expect(html.replaceAll('政策理论水平低', '')).not.toMatch(/[\u3400-\u9fff]/);
	});
});
