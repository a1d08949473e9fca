// The grade colours as readers see them: every grade of a scale is told apart from every other of
// the same scale, with normal colour vision and with the two red–green colour blindnesses
// (deuteranopia, protanopia), simulated by Machado, Oliveira and Fernandes' matrices (2009,
// severity 1) in linear RGB and compared by their CIELAB distance (ΔE*ab). A grade named alike on
// both scales (优秀) has one colour; 特优 (unit) looks like no cadre grade.
import { describe, expect, it } from 'vitest';
import { CADRE_GRADES, CADRE_GRADE_COLORS, CADRE_GRADE_ORDER, UNIT_GRADE_COLORS, UNIT_GRADE_LABELS, UNIT_GRADE_ORDER } from './labels.js';

type Vec = [number, number, number];
type Matrix = [Vec, Vec, Vec];

const VISIONS: Record<string, Matrix> = {
	normal: [
		[1, 0, 0],
		[0, 1, 0],
		[0, 0, 1]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	]
};

/** A colour a person tells from another at a glance, in a swatch or a bar (ΔE*ab). */
const APART = 20;

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function linearRgb(hex: string): Vec {
	const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!m) throw new Error(`not a colour: ${hex}`);
	return [m[1]!, m[2]!, m[3]!].map((h) => toLinear(parseInt(h, 16) / 255)) as Vec;
}

const clamp = (x: number) => Math.min(1, Math.max(0, x));
const seen = (m: Matrix, v: Vec): Vec => m.map((row) => clamp(row[0] * v[0] + row[1] * v[1] + row[2] * v[2])) as Vec;

/** CIELAB (D65) of a linear RGB colour. */
function lab([r, g, b]: Vec): Vec {
	const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
	const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
	return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const distance = (a: Vec, b: Vec) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** The smallest distance between two grades of `colors`, as a person with `vision` sees them. */
function closest(colors: Record<string, string>, vision: Matrix): { d: number; pair: string } {
	const grades = Object.keys(colors);
	let best = { d: Infinity, pair: '' };
	for (let i = 0; i < grades.length; i++)
		for (let j = i + 1; j < grades.length; j++) {
			const d = distance(lab(seen(vision, linearRgb(colors[grades[i]!]!))), lab(seen(vision, linearRgb(colors[grades[j]!]!))));
			if (d < best.d) best = { d, pair: `${grades[i]} / ${grades[j]}` };
		}
	return best;
}

const UNIT = Object.fromEntries(UNIT_GRADE_ORDER.map((g) => [UNIT_GRADE_LABELS[g], UNIT_GRADE_COLORS[g]!]));
const CADRE = Object.fromEntries(CADRE_GRADE_ORDER.map((g) => [CADRE_GRADES[g], CADRE_GRADE_COLORS[g]!]));

describe('grade colours', () => {
	for (const [scale, colors] of [
		['unit', UNIT],
		['cadre', CADRE]
	] as const)
		for (const [vision, matrix] of Object.entries(VISIONS))
			it(`tells every ${scale} grade apart with ${vision} vision`, () => {
				const { d, pair } = closest(colors, matrix);
				expect(d, `${pair}: ΔE ${d.toFixed(1)}`).toBeGreaterThanOrEqual(APART);
			});

	it('gives a grade named alike on both scales one colour, and every other cadre grade a colour apart from 特优', () => {
		expect(CADRE['优秀']).toBe(UNIT['优秀']);
		for (const [vision, matrix] of Object.entries(VISIONS))
			for (const [grade, color] of Object.entries(CADRE)) {
				const d = distance(lab(seen(matrix, linearRgb(UNIT['特优']!))), lab(seen(matrix, linearRgb(color))));
				expect(d, `特优 / ${grade} (${vision})`).toBeGreaterThanOrEqual(APART);
			}
	});

	it('the old palette would fail: its two greens (特优, 优秀) are too close', () => {
		// the check itself can fail: the colours before this palette, 特优 #1a7f37 and 优秀 #4fa35a
		expect(closest({ a: '#1a7f37', b: '#4fa35a' }, VISIONS.deuteranopia!).d).toBeLessThan(APART);
	});
});
