/**
 * Quoting of names and strings in the two dialects, and the raw score ranges
 * behind the segment CASE (worked by hand from toFivePoint).
 */
import { describe, expect, it } from 'vitest';
import { quoteName, quoteString, quoteTable } from '../../../src/core/sql/dialect';
import { doubleLiteral } from '../../../src/core/sql/literals';
import { rawScoreRange } from '../../../src/core/sql/segmentCase';

describe('quoteName', () => {
  it('BigQuery: backticks, a backtick or a backslash escaped with a backslash, control characters as \\xhh', () => {
    expect(quoteName('bigquery', 'order date')).toBe('`order date`');
    expect(quoteName('bigquery', 'a`b')).toBe('`a\\`b`');
    expect(quoteName('bigquery', 'a\\b')).toBe('`a\\\\b`');
    expect(quoteName('bigquery', 'a\nb')).toBe('`a\\x0ab`');
  });

  it('DuckDB: double quotes, a double quote doubled', () => {
    expect(quoteName('duckdb', 'order date')).toBe('"order date"');
    expect(quoteName('duckdb', 'say "hi"')).toBe('"say ""hi"""');
    expect(quoteName('duckdb', 'a`b')).toBe('"a`b"');
  });

  it('a table path is quoted part by part', () => {
    expect(quoteTable('bigquery', 'my-project.shop.sales')).toBe('`my-project`.`shop`.`sales`');
    expect(quoteTable('duckdb', 'main.sales')).toBe('"main"."sales"');
  });
});

describe('quoteString', () => {
  it("BigQuery escapes ' and \\ with a backslash; DuckDB doubles ' and keeps \\", () => {
    expect(quoteString('bigquery', "Can't \\ lose")).toBe("'Can\\'t \\\\ lose'");
    expect(quoteString('duckdb', "Can't \\ lose")).toBe("'Can''t \\ lose'");
  });
});

describe('doubleLiteral', () => {
  it('casts to the double type so DuckDB does not compute in DECIMAL', () => {
    expect(doubleLiteral('duckdb', 0.8)).toBe('CAST(0.8 AS DOUBLE)');
    expect(doubleLiteral('bigquery', 1e-12)).toBe('CAST(1e-12 AS FLOAT64)');
    expect(() => doubleLiteral('duckdb', Number.NaN)).toThrow(RangeError);
  });
});

describe('rawScoreRange', () => {
  it('5 classes: the range itself', () => {
    expect(rawScoreRange([4, 5], 5)).toEqual([4, 5]);
  });

  it('3 classes map to 1, 3, 5: [4, 5] → score 3 only; [2, 2] → none; [1, 3] → 1..2', () => {
    expect(rawScoreRange([4, 5], 3)).toEqual([3, 3]);
    expect(rawScoreRange([2, 2], 3)).toBeNull();
    expect(rawScoreRange([1, 3], 3)).toEqual([1, 2]);
  });

  it('10 classes map to 1, 1, 2, 2, 3, 3, 4, 4, 5, 5: [4, 5] → 7..10; [1, 1] → 1..2', () => {
    expect(rawScoreRange([4, 5], 10)).toEqual([7, 10]);
    expect(rawScoreRange([1, 1], 10)).toEqual([1, 2]);
  });
});
