/**
 * Embedded DuckDB for the analyse tool and the tests: loaded on first use
 * (a dynamic import of the optional dependency `@duckdb/node-api`), so that
 * nothing else in the project loads its native binary.
 */
import type { DuckDBConnection } from '@duckdb/node-api';

/** Thrown when the optional dependency is not installed. */
export class DuckDbMissing extends Error {
  constructor() {
    super('@duckdb/node-api is not installed');
    this.name = 'DuckDbMissing';
  }
}

/**
 * A connection to a new DuckDB database: in memory, or in `file` (a database
 * file, which lets DuckDB spill to disk and work out of core).
 */
export async function openDuckDb(file = ':memory:', options: Record<string, string> = {}): Promise<DuckDBConnection> {
  let api: typeof import('@duckdb/node-api');
  try {
    api = await import('@duckdb/node-api');
  } catch {
    throw new DuckDbMissing();
  }
  const instance = await api.DuckDBInstance.create(file, options);
  return instance.connect();
}

/** A result value as plain JavaScript: BIGINT as number, DATE as `yyyy-mm-dd`. */
export type PlainValue = string | number | boolean | null;

/** Runs `sql` and returns its rows as objects of plain values (column name → value). */
export async function queryRows(connection: DuckDBConnection, sql: string): Promise<Array<Record<string, PlainValue>>> {
  const reader = await connection.runAndReadAll(sql);
  const names = reader.columnNames();
  return reader.getRows().map((row) => {
    const object: Record<string, PlainValue> = {};
    names.forEach((name, i) => {
      object[name] = plain(row[i]);
    });
    return object;
  });
}

/** BIGINT (a JavaScript bigint) as a number, DATE and other DuckDB values as their text. */
function plain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}
