/**
 * The help Sheets shows while typing a custom function comes from the JSDoc of
 * its top-level stub in dist/Code.js. This checks what users read: a summary,
 * `@customfunction`, one described `@param` per parameter in order, "Optional."
 * on the optional ones only, and a described `@return`. Parameter lists are
 * the documented signatures (docs/FUNCTIONS.md; RFM_SEGMENT with its optional bins).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from '../../tools/gas-emulator/index.ts';
import { at } from '../../tools/indexing';

/** Each function's parameters in order; optional ones in brackets, as docs/FUNCTIONS.md writes them. */
const SIGNATURES: Record<string, string[]> = {
  RFM_SCORE: ['recency', 'frequency', 'monetary', '[bins]', '[as_of]', '[method]'],
  CLIENT_VALUE: [
    'average_basket',
    'purchases_per_year',
    'years',
    '[margin_rate]',
    '[retention_rate]',
    '[discount_rate]',
  ],
  PARETO_SHARE: ['amounts', '[client_share]'],
  ABC_CLASS: ['amounts', '[a_share]', '[b_share]', '[rule]'],
  RFM_SEGMENT: ['codes', '[scheme]', '[bins]'],
  RFM_TABLE: ['client_ids', 'dates', 'amounts', '[as_of]', '[bins]', '[method]', '[scheme]'],
  POINTS: ['values', 'scale'],
  RFM_POINTS: [
    'recency',
    'frequency',
    'monetary',
    'r_scale',
    'f_scale',
    'm_scale',
    '[as_of]',
    '[types]',
    '[t_scale]',
    '[weights]',
  ],
  NPS: ['scores'],
  CSAT: ['scores', '[scale]', '[satisfied_from]', '[mode]'],
  VALUE_QUADRANT: ['value_now', 'value_future', '[threshold_now]', '[threshold_future]'],
  BGNBD_PARAMS: ['frequency', 'recency', 'age'],
  GAMMA_GAMMA_PARAMS: ['frequency', 'monetary'],
  EXPECTED_PURCHASES: ['frequency', 'recency', 'age', 'horizon', '[params]'],
  P_ALIVE: ['frequency', 'recency', 'age', '[params]'],
  CLV_FORECAST: [
    'frequency',
    'recency',
    'age',
    'monetary',
    'horizon',
    '[margin]',
    '[discount]',
    '[params]',
    '[spend_params]',
  ],
  BTYD_TABLE: ['client_ids', 'dates', 'amounts', '[as_of]', '[unit]'],
};

interface Stub {
  params: string[];
  summary: string;
  tags: Array<{ tag: string; text: string }>;
}

/** The JSDoc block right above `function name(…)` at the top level of the bundle, and the stub's parameters. */
function stubOf(code: string, name: string): Stub {
  const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*\\nfunction ${name}\\(([^)]*)\\)`).exec(code);
  if (!match) throw new Error(`no documented stub for ${name}`);
  const lines = at(match, 1)
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim());
  const tags: Array<{ tag: string; text: string }> = [];
  const summary: string[] = [];
  for (const line of lines) {
    const tag = /^@(\w+)\s*(.*)$/.exec(line);
    if (tag) tags.push({ tag: at(tag, 1), text: at(tag, 2) });
    else if (tags.length > 0 && line !== '') at(tags, tags.length - 1).text += ` ${line}`;
    else if (line !== '') summary.push(line);
  }
  return {
    params: at(match, 2)
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
    summary: summary.join(' '),
    tags,
  };
}

describe('JSDoc of the custom functions in dist/Code.js', () => {
  const code = fs.readFileSync(path.join(DIST_DIR, 'Code.js'), 'utf8');

  for (const [name, signature] of Object.entries(SIGNATURES)) {
    it(`${name}: summary, @customfunction, every parameter described, optional ones marked`, () => {
      const stub = stubOf(code, name);
      const names = signature.map((p) => p.replace(/[[\]]/g, ''));
      expect(stub.params).toEqual(names);
      expect(stub.summary.length).toBeGreaterThan(30);
      expect(stub.tags.filter((t) => t.tag === 'customfunction')).toHaveLength(1);

      const params = stub.tags.filter((t) => t.tag === 'param');
      expect(params.map((t) => /^(?:\{[^}]*\}\s*)?(\w+)/.exec(t.text)?.[1])).toEqual(names);
      params.forEach((param, i) => {
        const description = param.text.replace(/^(?:\{[^}]*\}\s*)?\w+\s*/, '');
        expect(description.split(/\s+/).length, `${name} ${names[i]}`).toBeGreaterThanOrEqual(3);
        const optional = at(signature, i).startsWith('[');
        expect(description.startsWith('Optional'), `${name} ${names[i]}: "${description}"`).toBe(optional);
      });

      const returns = stub.tags.filter((t) => t.tag === 'return' || t.tag === 'returns');
      expect(returns).toHaveLength(1);
      expect(returns[0]?.text.split(/\s+/).length).toBeGreaterThanOrEqual(3);
    });
  }

  it('documents the defaults users need: bins 5, quantile, shares 0.8 / 0.95 / 0.2, scheme classic', () => {
    const text = (name: string, param: string) =>
      stubOf(code, name).tags.find(
        (t) => t.tag === 'param' && new RegExp(`^(?:\\{[^}]*\\}\\s*)?${param}\\b`).test(t.text),
      )?.text ?? '';
    expect(text('RFM_SCORE', 'bins')).toMatch(/default 5/);
    expect(text('RFM_SCORE', 'bins')).toMatch(/2 to 9/);
    expect(text('RFM_TABLE', 'bins')).toMatch(/2 to 9/);
    expect(text('RFM_SCORE', 'method')).toMatch(/"quantile" \(default/);
    expect(text('ABC_CLASS', 'a_share')).toMatch(/default 0\.8\b/);
    expect(text('ABC_CLASS', 'b_share')).toMatch(/default 0\.95/);
    expect(text('PARETO_SHARE', 'client_share')).toMatch(/default 0\.2/);
    expect(text('RFM_SEGMENT', 'scheme')).toMatch(/"classic" \(default\)/);
    expect(text('RFM_TABLE', 'scheme')).toMatch(/"classic" \(default\)/);
  });
});
