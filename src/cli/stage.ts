// The child process of an import from the browser (src/lib/server/imports.ts): reads and checks
// one upload and writes its rows into a staging file, under the memory limit the site gave it
// (--max-old-space-size). It never opens the warehouse. Messages to the site over IPC:
// { type: 'progress', step } while it works, then one of
// { type: 'ready', staged } | { type: 'rejected', problems, dropped } | { type: 'error', message }.
//   node --max-old-space-size=MB --import tsx src/cli/stage.ts '{"source":…,"kind":"zip"|"xlsx","dir":…,"name":…}'
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { boundText, boundedWarnings, BundleRejected } from '../lib/bundle/problems.js';
import type { Bundle } from '../lib/bundle/bundle.js';
import type { YearInput } from '../lib/warehouse/import.js';

export interface StageRequest {
	/** the uploaded file */
	source: string;
	kind: 'zip' | 'xlsx';
	/** the job's folder: the zip is unpacked and the staging file written here */
	dir: string;
	/** the upload's own file name, for problems */
	name: string;
}

export interface Staged extends YearInput {
	/** staging.duckdb in the job's folder */
	file: string;
	counts: Record<string, number>;
	warnings: string[];
	droppedWarnings: number;
}

export type StageMessage =
	| { type: 'progress'; step: string }
	| { type: 'ready'; staged: Staged }
	| { type: 'rejected'; problems: BundleRejected['problems']; dropped: number }
	| { type: 'error'; message: string };

/** The rows staged of the tables an upload's page shows. */
export function countsOf(bundle: Bundle): Record<string, number> {
	const shown = ['units', 'cadres', 'target_scores', 'team_ballots', 'cadre_ballots', 'team_reverse', 'cadre_reverse', 'pk_votes', 'final_grades'];
	return Object.fromEntries(shown.map((t) => [t, bundle.counts[t] ?? 0]));
}

const send = (m: StageMessage) => new Promise<void>((resolve) => (process.send ? process.send(m, () => resolve()) : resolve()));

async function stage(req: StageRequest): Promise<StageMessage> {
	const [{ unpackBundleZip }, { readBundle }, { validateBundle }, { yearInput }] = await Promise.all([
		import('../lib/bundle/zip.js'),
		import('../lib/bundle/read.js'),
		import('../lib/bundle/validate.js'),
		import('../lib/warehouse/import.js')
	]);
	let path = req.source;
	if (req.kind === 'zip') {
		await send({ type: 'progress', step: '解压' });
		path = join(req.dir, 'bundle');
		mkdirSync(path);
		await unpackBundleZip(req.source, path);
	}
	await send({ type: 'progress', step: '读取数据包' });
	const raw = await readBundle(path, { name: req.name });
	await send({ type: 'progress', step: '校验数据包' });
	const file = join(req.dir, 'staging.duckdb');
	const bundle = await validateBundle(raw, { stagingFile: file });
	const { shown, dropped } = boundedWarnings(bundle.warnings);
	return { type: 'ready', staged: { ...yearInput(bundle), file, counts: countsOf(bundle), warnings: shown, droppedWarnings: dropped } };
}

// The site gone (it stopped, or crashed): stop too.
const orphaned = () => process.exit(1);
process.on('disconnect', orphaned);
let outcome: StageMessage;
try {
	outcome = await stage(JSON.parse(process.argv[2]!) as StageRequest);
} catch (e) {
	outcome =
		e instanceof BundleRejected
			? { type: 'rejected', problems: e.problems, dropped: e.dropped }
			: { type: 'error', message: boundText((e as Error).message.split('\n')[0] ?? '') };
}
await send(outcome);
process.off('disconnect', orphaned);
process.disconnect?.();
