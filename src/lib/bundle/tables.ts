// The files of a year bundle and their columns, as CONTRACT.md's table "The year bundle" fixes
// them: canonical name, Chinese name, what a cell holds, and each file's key.

export type CellKind =
	| 'unit' // a unit id of this bundle
	| 'cadre' // a cadre id of this bundle
	| 'group' // a policy group, by id or unique name
	| 'template' // a policy template, by id or unique name
	| 'item' // an item of the unit's template, by id or unique name
	| 'veto' // a policy veto item, by id or unique name
	| 'team_aspect'
	| 'cadre_aspect'
	| 'rater_group' // a policy rater group, by id or unique name (second edition)
	| 'text' // any filled text
	| 'optional_text' // text that may be empty
	| 'prose' // filled free text whose line breaks are kept (a comment)
	| 'count' // a whole number >= 0
	| 'points' // a decimal number
	| 'role' // a role code or label
	| 'cadre_grade'; // a cadre grade code or label

export interface ColumnSpec {
	name: string;
	zh: string;
	kind: CellKind;
}

export interface TableSpec {
	file: string; // e.g. units.csv
	required: boolean;
	columns: ColumnSpec[];
	key: string[]; // column names
	/** Columns that are an error when present (rater_group under a policy without rater groups). */
	forbidden?: ColumnSpec[];
}

import type { Policy } from '../policy/schema.js';
import {
	CADRE_GRADES as VOCABULARY_CADRE_GRADES,
	ROLES as VOCABULARY_ROLES,
	TEAM_BANDS as VOCABULARY_TEAM_BANDS,
	USAGE_INTENTS as VOCABULARY_USAGE_INTENTS
} from '../vocabulary/index.js';

const col = (name: string, zh: string, kind: CellKind): ColumnSpec => ({ name, zh, kind });

// The code lists are the vocabulary's (src/lib/vocabulary/); code → Chinese label.
export const ROLES = VOCABULARY_ROLES.labels;
export const CADRE_GRADES = VOCABULARY_CADRE_GRADES.labels;
export const TEAM_BANDS = VOCABULARY_TEAM_BANDS.labels;
export const USAGE_INTENTS = VOCABULARY_USAGE_INTENTS.labels;

const RATER_GROUP = col('rater_group', '测评人类别', 'rater_group');

export const TEAM_REVERSE_FIXED = [col('unit_id', '单位编码', 'unit'), col('participants', '参评人数', 'count')];
export const CADRE_REVERSE_FIXED = [
	col('cadre_id', '干部编码', 'cadre'),
	col('participants', '参评人数', 'count'),
	...Object.entries(USAGE_INTENTS).map(([k, zh]) => col(k, zh, 'count'))
];

export const STATIC_TABLES: TableSpec[] = [
	{
		file: 'units.csv',
		required: true,
		key: ['unit_id'],
		columns: [
			col('unit_id', '单位编码', 'text'),
			col('name', '单位名称', 'text'),
			col('group_id', '考核组', 'group'),
			col('template', '单位类型', 'template'),
			col('staff', '编内在职职工人数', 'count')
		]
	},
	{
		file: 'cadres.csv',
		required: true,
		key: ['cadre_id'],
		columns: [
			col('cadre_id', '干部编码', 'text'),
			col('name', '姓名', 'text'),
			col('unit_id', '单位编码', 'unit'),
			col('role', '职务类别', 'role')
		]
	},
	{
		file: 'target_scores.csv',
		required: true,
		key: ['unit_id', 'item_id'],
		columns: [col('unit_id', '单位编码', 'unit'), col('item_id', '考核项目', 'item'), col('points', '得分', 'points')]
	},
	{
		file: 'vetoes.csv',
		required: false,
		key: ['unit_id', 'item_id'],
		columns: [col('unit_id', '单位编码', 'unit'), col('item_id', '否决项目', 'veto'), col('reason', '原因', 'optional_text')]
	},
	{
		file: 'team_ballots.csv',
		required: true,
		key: ['unit_id', 'aspect_id'],
		columns: [
			col('unit_id', '单位编码', 'unit'),
			col('aspect_id', '测评项目', 'team_aspect'),
			...Object.entries(TEAM_BANDS).map(([k, zh]) => col(k, zh, 'count'))
		],
		forbidden: [RATER_GROUP]
	},
	{
		file: 'cadre_ballots.csv',
		required: true,
		key: ['cadre_id', 'aspect_id'],
		columns: [
			col('cadre_id', '干部编码', 'cadre'),
			col('aspect_id', '测评项目', 'cadre_aspect'),
			...Object.entries(CADRE_GRADES).map(([k, zh]) => col(k, zh, 'count'))
		],
		forbidden: [RATER_GROUP]
	},
	{
		file: 'pk_votes.csv',
		required: false,
		key: ['unit_id'],
		columns: [col('unit_id', '单位编码', 'unit'), col('votes', '得票数', 'count')]
	},
	{
		file: 'final_grades.csv',
		required: false,
		key: ['cadre_id'],
		columns: [col('cadre_id', '干部编码', 'cadre'), col('grade', '等次', 'cadre_grade')]
	},
	// Second edition: the committee's written comments (评语), under every policy.
	{
		file: 'team_comments.csv',
		required: false,
		key: ['unit_id'],
		columns: [col('unit_id', '单位编码', 'unit'), col('comment', '评语', 'prose')]
	},
	{
		file: 'cadre_comments.csv',
		required: false,
		key: ['cadre_id'],
		columns: [col('cadre_id', '干部编码', 'cadre'), col('comment', '评语', 'prose')]
	}
];

/** The ballot files under a policy with rater groups: the column rater_group, and in the key. */
export const BALLOT_FILES = ['team_ballots.csv', 'cadre_ballots.csv'];
export function layeredBallotTable(spec: TableSpec): TableSpec {
	return { ...spec, key: [...spec.key, RATER_GROUP.name], columns: [...spec.columns, RATER_GROUP], forbidden: undefined };
}

/** The periodic scores (平时考核), only under a policy with `periodic`. */
export const PERIODIC_TABLE: TableSpec = {
	file: 'periodic_scores.csv',
	required: true, // once the policy has `periodic`
	key: ['unit_id', 'period'],
	columns: [col('unit_id', '单位编码', 'unit'), col('period', '考核期', 'text'), col('points', '得分', 'points')]
};

/** The reverse-evaluation files, whose aspect columns come from the policy. */
export function reverseTables(reverse: {
	team_aspects: { id: string; name: string }[];
	cadre_aspects: { id: string; name: string }[];
}): TableSpec[] {
	return [
		{
			file: 'team_reverse.csv',
			required: false,
			key: ['unit_id'],
			columns: [...TEAM_REVERSE_FIXED, ...reverse.team_aspects.map((a) => col(a.id, a.name, 'count'))]
		},
		{
			file: 'cadre_reverse.csv',
			required: false,
			key: ['cadre_id'],
			columns: [...CADRE_REVERSE_FIXED, ...reverse.cadre_aspects.map((a) => col(a.id, a.name, 'count'))]
		}
	];
}


/** What a policy must have for a file to be given at all (else the file is an error). */
export const CONDITIONAL_FILES: Record<string, { field: string; has: (p: Policy) => boolean }> = {
	'team_reverse.csv': { field: 'reverse', has: (p) => !!p.reverse },
	'cadre_reverse.csv': { field: 'reverse', has: (p) => !!p.reverse },
	'periodic_scores.csv': { field: 'periodic', has: (p) => !!p.periodic }
};

/** Every file a bundle may hold under `policy`, by file name. */
export function tablesFor(policy: Policy): Map<string, TableSpec> {
	const specs = new Map<string, TableSpec>();
	for (const s of STATIC_TABLES)
		specs.set(s.file, policy.democratic.rater_groups && BALLOT_FILES.includes(s.file) ? layeredBallotTable(s) : s);
	if (policy.reverse) for (const s of reverseTables(policy.reverse)) specs.set(s.file, s);
	if (policy.periodic) specs.set(PERIODIC_TABLE.file, PERIODIC_TABLE);
	return specs;
}
