// The summary as a workbook: one sheet per table of the document, Chinese headers, numbers as
// numbers, codes (grades, categories, roles…) as their Chinese labels. The public edition's
// sheets come from the public summary alone.
import { TEAM_BANDS, USAGE_INTENTS } from '../labels.js';
import { labelled } from '../server/datasets.js';
import { toWorkbook, type Sheet } from '../server/table-file.js';
import type { Summary } from '../summary/load.js';

const cols = (spec: Record<string, string>) => Object.entries(spec).map(([key, header]) => ({ key, header }));

export function summarySheets(s: Summary): Sheet[] {
	const units = s.groups.flatMap((g) => g.units);
	const sheets: Sheet[] = [
		{
			name: '单位等次',
			columns: cols({ group_name: '考核组', category: '类别', rank_in_group: '组内名次', unit_id: '单位编码', name: '单位', target_score: '目标考核得分', composite_score: '综合得分', grade: '等次' }),
			rows: labelled(units)
		},
		{
			name: '民主测评满意度',
			columns: cols({ year: '年度', category: '类别', teams: '班子数', teams_unanimous: '“好”满票班子数', team_rate: '班子满票率', cadres: '干部数', cadres_unanimous: '“优秀”满票干部数', cadre_rate: '干部满票率' }),
			rows: labelled(s.satisfaction)
		},
		{ name: '干部等次', columns: cols({ category: '类别', grade: '等次', cadres: '人数' }), rows: labelled(s.cadreGrades) },
		{
			name: '目标考核奖励',
			columns: cols({ grade: '等次', units: '单位数', staff: '编制人数', total: '奖金（元）' }),
			rows: labelled(s.rewards.map((r) => ({ ...r, grade: r.grade ?? '合计' })))
		}
	];
	if (s.edition !== 'internal' || !('alerts' in s)) return sheets;
	return [
		...sheets,
		{ name: '预警', columns: cols({ kind: '预警类型', unit_id: '单位编码', unit_name: '单位', cadre_id: '干部编码', cadre_name: '干部', cadre_role: '职务' }), rows: labelled(s.alerts) },
		{
			name: '班子民主测评票数',
			columns: cols({ unit_id: '单位编码', name: '单位', group_name: '考核组', ...TEAM_BANDS, democratic_score: '测评得分', team_band: '档次' }),
			rows: labelled(s.teamBallots)
		},
		{
			name: '逆向测评突出问题',
			columns: cols({ subject: '对象', unit_id: '单位编码', unit_name: '单位', cadre_id: '干部编码', cadre_name: '干部', aspect_name: '问题', share: '勾选比例' }),
			rows: labelled(s.reverseFlags)
		},
		{
			name: '干部使用意向',
			columns: cols({ cadre_id: '干部编码', name: '干部', unit_name: '单位', role: '职务', participants: '参评人数', ...USAGE_INTENTS }),
			rows: labelled(s.usage)
		}
	];
}

export function summaryWorkbook(s: Summary): Promise<Uint8Array<ArrayBuffer>> {
	return toWorkbook(summarySheets(s));
}
