// DuckDB result → Arrow IPC bytes. @duckdb/node-api has no Arrow export of its own (see
// shared/STACK-NOTES.md), so columns are built with apache-arrow from the result's JS values;
// DECIMAL becomes Float64, BIGINT Int64, as a browser or a notebook reads them.
import { DuckDBTypeId, type DuckDBMaterializedResult } from '@duckdb/node-api';
import { Bool, Float64, Int32, Int64, Table, Utf8, tableToIPC, vectorFromArray, type DataType } from 'apache-arrow';

function arrowType(id: DuckDBTypeId): DataType {
	switch (id) {
		case DuckDBTypeId.BOOLEAN:
			return new Bool();
		case DuckDBTypeId.TINYINT:
		case DuckDBTypeId.SMALLINT:
		case DuckDBTypeId.INTEGER:
			return new Int32();
		case DuckDBTypeId.BIGINT:
			return new Int64();
		case DuckDBTypeId.DECIMAL:
		case DuckDBTypeId.DOUBLE:
		case DuckDBTypeId.FLOAT:
		case DuckDBTypeId.HUGEINT:
			return new Float64();
		default:
			return new Utf8();
	}
}

export async function resultToArrow(result: DuckDBMaterializedResult): Promise<Uint8Array<ArrayBuffer>> {
	const names = result.columnNames();
	const types = result.columnTypes();
	const columns = (await result.getColumnsJS()) as unknown[][];
	const vectors = Object.fromEntries(
		names.map((name, i) => {
			const type = arrowType(types[i]!.typeId);
			// An empty result has no column chunks at all: its columns are empty.
			let values = columns[i] ?? [];
			if (type instanceof Float64) values = values.map((v) => (v === null ? null : Number(v)));
			else if (type instanceof Int64) values = values.map((v) => (v === null ? null : BigInt(v as number)));
			else if (type instanceof Utf8) values = values.map((v) => (v === null ? null : v instanceof Date ? v.toISOString() : String(v)));
			return [name, vectorFromArray(values, type)];
		})
	);
	// tableToIPC writes into a fresh ArrayBuffer of its own.
	return tableToIPC(new Table(vectors), 'stream') as Uint8Array<ArrayBuffer>;
}
