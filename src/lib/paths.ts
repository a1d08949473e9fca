// The project's root, where `queries/` and `data/` live. npm scripts run from it; a built server
// may be started elsewhere, so KAOHE_ROOT can name it.
import { join, resolve } from 'node:path';

const root = resolve(process.env.KAOHE_ROOT ?? process.cwd());

export function projectPath(...parts: string[]): string {
	return join(root, ...parts);
}
