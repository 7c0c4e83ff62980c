/**
 * The segment CASE of the query, evaluated by real DuckDB on every score
 * triple for every number of classes and scheme, equals the core's segmentOf
 * with the shipped rules: the CASE is generated from the same rule table,
 * scaling included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { defaultRules, othersName, SCHEME_IDS, segmentOf } from '../../src/core/segments';
import { segmentCase } from '../../src/core/sql/segmentCase';
import { openDuckDb, queryRows } from '../../tools/sql/duckdb';

let connection: DuckDBConnection;

beforeAll(async () => {
  connection = await openDuckDb();
});

afterAll(() => {
  connection.closeSync();
});

describe('segment CASE = segmentOf on every score triple', () => {
  for (const scheme of SCHEME_IDS) {
    it(`scheme ${scheme}, 2 to 9 classes, and a grid with 3, 4 and 6 classes`, async () => {
      const shapes = [...Array.from({ length: 8 }, (_, i) => ({ r: i + 2, f: i + 2, m: i + 2 })), { r: 3, f: 4, m: 6 }];
      for (const classes of shapes) {
        const sql = `SELECT s.r, s.f, s.m, ${segmentCase('duckdb', scheme, 'fr', classes, 's')} AS segment
          FROM (SELECT r.range AS r, f.range AS f, m.range AS m
                FROM range(1, ${classes.r + 1}) r CROSS JOIN range(1, ${classes.f + 1}) f CROSS JOIN range(1, ${classes.m + 1}) m) AS s
          ORDER BY s.r, s.f, s.m`;
        const rows = await queryRows(connection, sql);
        expect(rows).toHaveLength(classes.r * classes.f * classes.m);
        const rules = defaultRules(scheme, 'fr');
        for (const row of rows) {
          const scores = { r: Number(row.r), f: Number(row.f), m: Number(row.m) };
          expect({ ...scores, segment: row.segment }).toEqual({
            ...scores,
            segment: segmentOf(scores, classes, rules, othersName(scheme, 'fr')),
          });
        }
      }
    });
  }
});
