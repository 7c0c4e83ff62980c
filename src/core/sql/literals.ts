/**
 * Numeric literals of the query: finite numbers written so that both
 * dialects read back the same double (DuckDB would otherwise read 0.8 as a
 * DECIMAL and compute in decimal).
 */
import { dialectWords, type SqlDialect } from './dialect';

/** A double literal: `CAST(0.8 AS FLOAT64)` / `CAST(0.8 AS DOUBLE)`; whole numbers stay plain. */
export function doubleLiteral(dialect: SqlDialect, value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  if (Number.isInteger(value) && Math.abs(value) < 2 ** 53) return `CAST(${value} AS ${dialectWords(dialect).float})`;
  return `CAST(${String(value)} AS ${dialectWords(dialect).float})`;
}
