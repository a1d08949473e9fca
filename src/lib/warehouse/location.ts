// Where the warehouse file is, in a module of its own so that knowing it loads no DuckDB.
import { projectPath } from '../paths.js';

/** The warehouse file: --db, else KAOHE_DB, else data/warehouse.duckdb (CONTRACT.md). */
export function defaultDbPath(flag?: string): string {
	return flag ?? process.env.KAOHE_DB ?? projectPath('data', 'warehouse.duckdb');
}
