/**
 * The BigQuery text of the SQL builder, parsed by a BigQuery-dialect SQL parser
 * (node-sql-parser, database "bigquery"): one statement for every method, grid,
 * scheme and ABC rule, reading the one table named, the three columns named
 * (whatever characters they hold) and returning RFM_TABLE's columns in order.
 */
import pkg from 'node-sql-parser';
import { describe, expect, it } from 'vitest';
import { RESULT_COLUMNS, rfmTableQuery, type RfmQuerySettings } from '../../src/core/sql/rfmTableQuery';

const { Parser } = pkg;
const parser = new Parser();
const BIGQUERY = { database: 'bigquery' };

const BASE: RfmQuerySettings = {
  dialect: 'bigquery',
  table: 'my-project.shop.sales',
  columns: { client: 'customer id', date: 'order date', amount: 'revenue' },
  binning: { kind: 'bins', n: 5 },
  method: 'quantile',
  scheme: 'classic',
  abc: { rule: 'reach', aShare: 0.8, bShare: 0.95 },
  lang: 'en',
};

interface SelectAst {
  type: string;
  columns: Array<{ as: string | null }>;
}

function parse(sql: string): SelectAst {
  const ast = parser.astify(sql, BIGQUERY);
  expect(Array.isArray(ast) ? ast : [ast]).toHaveLength(1);
  return (Array.isArray(ast) ? ast[0] : ast) as unknown as SelectAst;
}

/** Tables the query reads that are not its own CTEs. */
function sourceTables(sql: string): string[] {
  return parser.tableList(sql, BIGQUERY).filter((entry) => !entry.startsWith('select::null::'));
}

describe('the BigQuery query parses as one SELECT', () => {
  const variants: Array<[string, Partial<RfmQuerySettings>]> = [
    ['quantile, 5 classes, classic', {}],
    ['rfm method, 4 classes, rfm scheme', { method: 'rfm', binning: { kind: 'bins', n: 4 }, scheme: 'rfm' }],
    [
      'ntile, 9 classes, fr-ladder in French',
      { method: 'ntile', binning: { kind: 'bins', n: 9 }, scheme: 'fr-ladder', lang: 'fr' },
    ],
    [
      'a grid with decimals and an as-of date',
      { binning: { kind: 'grid', grid: { r: [30, 90], f: [2, 5, 10], m: [99.5, 500] } }, asOf: '2025-03-31' },
    ],
    ['ABC rule within', { abc: { rule: 'within', aShare: 0.8, bShare: 0.95 } }],
    ['ABC rule clients', { abc: { rule: 'clients', aShare: 0.2, bShare: 0.5 } }],
    [
      'an order column',
      { columns: { client: 'customer id', date: 'order date', amount: 'revenue', order: 'line no' } },
    ],
  ];
  for (const [name, change] of variants) {
    it(name, () => {
      const sql = rfmTableQuery({ ...BASE, ...change });
      const ast = parse(sql);
      expect(ast.type).toBe('select');
      expect(ast.columns.map((column) => column.as)).toEqual([...RESULT_COLUMNS]);
      expect(sourceTables(sql)).toEqual(['select::my-project.shop::sales']);
    });
  }
});

describe('names are quoted, never spliced into the SQL', () => {
  it('a name with spaces, quotes, a semicolon and a comment marker stays one column of the one table', () => {
    const hostile = 'x\'; DROP TABLE shop.sales; -- "y"';
    const sql = rfmTableQuery({ ...BASE, columns: { client: hostile, date: 'order date', amount: 'revenue' } });
    parse(sql);
    expect(parser.columnList(sql, BIGQUERY)).toContain(`select::null::${hostile}`);
    expect(sourceTables(sql)).toEqual(['select::my-project.shop::sales']);
  });

  it('a backtick and a backslash are escaped with a backslash, as BigQuery quoted names read them', () => {
    const sql = rfmTableQuery({ ...BASE, table: 'p.d.t`x', columns: { client: 'a`b', date: 'c\\d', amount: 'e' } });
    expect(sql).toContain('CAST(`a\\`b` AS STRING)');
    expect(sql).toContain('CAST(`c\\\\d` AS DATE)');
    expect(sql).toContain('FROM `p`.`d`.`t\\`x`');
  });

  it('segment names with an apostrophe are escaped string literals', () => {
    const sql = rfmTableQuery({ ...BASE, scheme: 'rfm' });
    expect(sql).toContain("'Can\\'t Lose Them'");
    parse(sql);
  });
});
