/**
 * Widths, wraps, filter and segment colours of the owned sheets, decided in
 * the core. Widths: characters × 7 px (× 1.1 when bold) + 12 px, rounded up
 * to 20 px, within 60–320 px.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SheetTable } from '../../src/core/reports';
import { segmentTone, toneRank } from '../../src/core/segmentTones';
import {
  cellChars,
  columnOf,
  MAX_WIDTH,
  MIN_WIDTH,
  segmentColours,
  sheetLayout,
  widthFor,
  widthRuns,
  WIDTH_STEP,
} from '../../src/core/sheetLayout';

function table(values: SheetTable['values'], formats: string[][]): SheetTable {
  return { values, formats, bold: values.map((row, i) => row.map(() => i === 0)), frozenRows: 1, charts: [] };
}

describe('cellChars and widthFor', () => {
  it('counts what a cell shows', () => {
    expect(cellChars('Potential loyalists', '@')).toBe(19);
    expect(cellChars('two\nlonger line', '@')).toBe(11);
    // 1 234.50: 4 digits, one thousands separator, a decimal point and 2 decimals
    expect(cellChars(1234.5, '#,##0.00')).toBe(8);
    // 15.3 %: digits of 15, point and one decimal, space and sign
    expect(cellChars(0.153, '0.0%')).toBe(6);
    expect(cellChars(-7, '0')).toBe(2);
    expect(cellChars({ day: 19_000 }, 'dd/mm/yyyy')).toBe(10);
  });

  it('turns characters into pixels, in steps, within the bounds', () => {
    expect(widthFor(3, false)).toBe(60); // 21 + 12 = 33 → 40 → at least 60
    expect(widthFor(19, false)).toBe(160); // 133 + 12 = 145 → 160
    expect(widthFor(7, true)).toBe(80); // 7 × 7 × 1.1 = 53.9 + 12 = 65.9 → 80
    expect(widthFor(45, false)).toBe(320); // 315 + 12 = 327 → 340 → at most 320
  });
});

describe('sheetLayout', () => {
  const actions = table(
    [
      ['Segment', 'Montant', 'Message'],
      ['Champions', 1234.5, 'x'.repeat(50)],
      ['Perdus', 12, 'court'],
    ],
    [
      ['@', '@', '@'],
      ['@', '#,##0.00', '@'],
      ['@', '#,##0.00', '@'],
    ],
  );

  it('sizes each column by its widest cell, wraps the texts longer than the cap, and groups equal widths', () => {
    const layout = sheetLayout(actions);
    // Segment: header 80, "Champions" 63 + 12 = 75 → 80; Montant: header 80, 1 234,50 = 8 chars 68 → 80;
    // Message: 50 × 7 + 12 = 362 → capped at 320 and wrapped
    expect(layout.widths).toEqual([80, 80, 320]);
    expect(layout.widthRuns).toEqual([
      [1, 2, 80],
      [3, 1, 320],
    ]);
    expect(layout.wrap).toEqual([false, false, true]);
    expect(layout.filter).toBe(false);
    expect(layout.colours).toBeNull();
  });

  it('lets a lone title run over the empty cells on its right instead of widening its column', () => {
    const summary = table(
      [
        ['Synthèse de l’analyse du portefeuille clients', '', ''],
        ['A', 1, 2],
      ],
      [
        ['@', '@', '@'],
        ['@', '0', '0'],
      ],
    );
    expect(sheetLayout(summary).widths).toEqual([60, 60, 60]);
  });

  it('colours the segment column with the given segments, and adds the filter on demand', () => {
    const layout = sheetLayout(actions, {
      filter: true,
      segmentColumn: 0,
      segments: ['Champions', 'À surveiller', 'Perdus'],
    });
    expect(layout.filter).toBe(true);
    expect(layout.colours).toEqual({
      column: 0,
      rules: [
        { text: 'Champions', background: '#b7e1cd' },
        { text: 'À surveiller', background: '#fff2cc' },
        { text: 'Perdus', background: '#e6b8af' },
      ],
    });
    expect(sheetLayout(actions, { segmentColumn: 0 }).colours?.rules.map((rule) => rule.text)).toEqual([
      'Champions',
      'Perdus',
    ]);
  });

  it('widths are steps within the bounds and runs cover every column once, whatever the texts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 80 }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 8,
        }),
        (rows) => {
          const layout = sheetLayout(
            table(
              rows,
              rows.map((row) => row.map(() => '@')),
            ),
          );
          for (const width of layout.widths) {
            expect(width % WIDTH_STEP).toBe(0);
            expect(width).toBeGreaterThanOrEqual(MIN_WIDTH);
            expect(width).toBeLessThanOrEqual(MAX_WIDTH);
          }
          expect(layout.widthRuns.reduce((sum, run) => sum + run[1], 0)).toBe(3);
        },
      ),
    );
  });
});

describe('widthRuns and columnOf', () => {
  it('groups neighbouring equal widths only', () => {
    expect(widthRuns([60, 60, 120, 60])).toEqual([
      [1, 2, 60],
      [3, 1, 120],
      [4, 1, 60],
    ]);
    expect(widthRuns([])).toEqual([]);
  });

  it('finds a column by its header', () => {
    const t = table([['Client', 'Segment']], [['@', '@']]);
    expect(columnOf(t, 'Segment')).toBe(1);
    expect(columnOf(t, 'ABC')).toBeNull();
  });
});

describe('segment colours and tones', () => {
  it('gives shipped segments the colour of their tone in both languages, and the user’s own names spare colours in turn', () => {
    expect(segmentColours(['Champions', 'Lost', 'VIP', 'Champions', '', 'Gold'])).toEqual([
      { text: 'Champions', background: '#b7e1cd' },
      { text: 'Lost', background: '#e6b8af' },
      { text: 'VIP', background: '#d9d2e9' },
      { text: 'Gold', background: '#d0e0e3' },
    ]);
  });

  it('ranks tones from the best clients to the lost ones', () => {
    expect(segmentTone('Clients fidèles')).toBe('best');
    expect(segmentTone(' at risk ')).toBe('risk');
    expect(segmentTone('À risque (futurs non-clients)')).toBe('risk');
    expect(segmentTone('VIP')).toBeNull();
    expect(toneRank('best')).toBeLessThan(toneRank('risk'));
    expect(toneRank('risk')).toBeLessThan(toneRank('gone'));
  });
});
