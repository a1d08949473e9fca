// Finds the policy a bundle is computed under (CONTRACT.md): `policy.json` in the bundle if there
// is one, else `data/policy/<ID>.json` of the project, and checks it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validatePolicy } from '../policy/validate.js';
import type { Policy } from '../policy/schema.js';
import type { Problem } from './problems.js';
import type { RawBundle } from './raw.js';
import { projectPath } from '../paths.js';

const POLICY_ID = /^[A-Za-z0-9._-]+$/;

export async function resolvePolicy(
	raw: RawBundle,
	policyDir = projectPath('data', 'policy')
): Promise<{ policy?: Policy; source?: string; problems: Problem[] }> {
	const problems: Problem[] = [];
	const id = raw.manifest.policy;
	const manifestFile = raw.manifestFile;
	if (typeof id !== 'string' || !POLICY_ID.test(id)) {
		problems.push({ file: manifestFile, column: 'policy', message: '应为政策 id（字母、数字、“.”、“_”、“-”）' });
		return { problems };
	}
	let value: unknown;
	let file: string;
	if (raw.policy) {
		file = raw.policy.file;
		if ('error' in raw.policy) {
			problems.push({ file, message: `不是有效的 JSON：${raw.policy.error}` });
			return { problems };
		}
		value = raw.policy.value;
	} else {
		file = join('data', 'policy', `${id}.json`);
		try {
			value = JSON.parse(await readFile(join(policyDir, `${id}.json`), 'utf8'));
		} catch (e) {
			const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
			problems.push({
				file: manifestFile,
				column: 'policy',
				message: missing ? `找不到政策文件 ${file}` : `政策文件 ${file} 无法读取：${(e as Error).message}`
			});
			return { problems };
		}
	}
	const result = validatePolicy(value);
	if (!result.ok) {
		for (const p of result.problems) problems.push({ file, column: p.field, message: `政策无效：${p.message}` });
		return { problems };
	}
	if (result.policy.id !== id) {
		problems.push({
			file: manifestFile,
			column: 'policy',
			message: `政策 id “${id}” 与 ${file} 中的 id “${result.policy.id}” 不一致`
		});
	}
	return { policy: result.policy, source: raw.policy ? 'bundle' : file, problems };
}
