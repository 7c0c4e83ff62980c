/**
 * The owned sheets read without resizing: widths from the content, long
 * texts wrapped, a filter on the Actions sheet, the segment column coloured by
 * segment, charts with axis titles and number formats; checked through the
 * strict emulator's sheets and its call log.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/server/api';
import { midnight } from '../support/calendar';
import { openAddOn, sheetValues, type AddOnRun } from '../support/addOn';

const TZ = 'Europe/Paris';
const d = (iso: string) => midnight(iso, TZ);
const CLIENTS: unknown[][] = [
  ['Client', 'E-mail', 'Date du dernier achat', "Nombre d'achats", 'Montant'],
  ['Ana', 'ana.martin-dupont@exemple-boutique.fr', d('2024-06-25'), 10, 1500],
  ['Ben', 'ben@exemple.fr', d('2024-06-18'), 1, 40],
  ['Cleo', 'cleo@exemple.fr', d('2024-05-31'), 6, 1234.5],
  ['Dan', '', d('2024-05-16'), 3, 150],
  ['Eve', 'eve@exemple.fr', d('2024-05-01'), 8, 600],
  ['Finn', 'finn@exemple.fr', d('2024-04-01'), 2, 90],
  ['Gus', 'gus@exemple.fr', d('2024-03-02'), 12, 2000],
  ['Hana', 'hana@exemple.fr', d('2023-12-13'), 4, 300],
  ['Ivo', 'ivo@exemple.fr', d('2023-09-04'), 1, 20],
  ['Jo', 'jo@exemple.fr', d('2023-05-27'), 5, 500],
];

let addOn: AddOnRun;
let result: AnalysisResult;
let calls: Record<string, number>;

beforeAll(async () => {
  addOn = await openAddOn({ locale: 'fr_FR', timeZone: TZ, sheets: [{ name: 'Clients', values: CLIENTS }] });
  const settings = addOn.sourceInfo().defaults;
  addOn.analyse(settings);
  addOn.ss.emulator.resetCalls();
  result = addOn.analyse(settings);
  calls = addOn.ss.emulator.calls();
});

const header = (name: string) => sheetValues(addOn.ss, name)[0] as string[];
const letter = (column: number) => String.fromCharCode(64 + column);

describe('the Actions sheet', () => {
  it('has the ABC class as a column and a filter over the whole table', () => {
    const columns = header(result.sheets.actions);
    expect(columns).toContain('ABC');
    const snapshot = addOn.ss.emulator.snapshot(result.sheets.actions);
    expect(snapshot.filter).toBe(`A1:${letter(columns.length)}11`);
  });

  it('colours the segment column with one rule per segment of the scheme, set in one call', () => {
    const columns = header(result.sheets.actions);
    const segmentColumn = letter(columns.indexOf('Segment') + 1);
    const rules = addOn.ss.emulator.snapshot(result.sheets.actions).conditionalFormats;
    // the 11 rules of the classic scheme, then its fallback "Autres"
    expect(rules).toHaveLength(12);
    for (const rule of rules) expect(rule.ranges).toEqual([`${segmentColumn}2:${segmentColumn}11`]);
    expect(rules.find((rule) => rule.values[0] === 'Champions')?.background).toBe('#b7e1cd');
    expect(rules.find((rule) => rule.values[0] === 'Perdus')?.background).toBe('#e6b8af');
    expect(rules.at(-1)?.values).toEqual(['Autres']);
  });

  it('wraps the message column at the widest width and sizes the e-mail column to the longest address', () => {
    const columns = header(result.sheets.actions);
    const snapshot = addOn.ss.emulator.snapshot(result.sheets.actions);
    const message = columns.indexOf('Message');
    expect(snapshot.columnWidths[message + 1]).toBe(320);
    expect(snapshot.styles['wrap']?.[1]?.[message]).toBe(true);
    expect(snapshot.styles['wrap']?.[1]?.[0]).toBe(false);
    // "ana.martin-dupont@exemple-boutique.fr": 37 characters × 7 + 12 = 271 → 280 px
    expect(snapshot.columnWidths[columns.indexOf('E-mail') + 1]).toBe(280);
  });
});

describe('every owned sheet', () => {
  it('gets widths from its content instead of the 100 px default', () => {
    for (const name of [result.sheets.clients, result.sheets.actions, result.sheets.summary]) {
      const widths = Object.values(addOn.ss.emulator.snapshot(name).columnWidths);
      expect(widths.length, name).toBeGreaterThan(0);
      expect(new Set(widths).size, name).toBeGreaterThan(1);
    }
  });

  it('colours the Clients sheet too, and makes one rule set per coloured sheet and one filter per run', () => {
    expect(addOn.ss.emulator.snapshot(result.sheets.clients).conditionalFormats).toHaveLength(12);
    expect(addOn.ss.emulator.snapshot(result.sheets.clients).filter).toBeNull();
    expect(calls['Sheet.setConditionalFormatRules']).toBe(2);
    expect(calls['Range.createFilter']).toBe(1);
    expect(calls['Range.setWraps'] ?? 0).toBeLessThanOrEqual(3);
  });
});

describe('the Summary charts', () => {
  it('have axis titles and number formats', () => {
    const [pareto, segments] = addOn.ss.emulator.charts(result.sheets.summary);
    expect(pareto?.options['hAxis']).toEqual({ title: '% clients', format: '0%' });
    expect(pareto?.options['vAxes']).toEqual({ 0: { title: '% CA', format: '0%' } });
    expect(segments?.options['vAxes']).toEqual({
      0: { title: 'Clients', format: '0' },
      1: { title: 'Chiffre d’affaires', format: '#,##0' },
    });
  });
});
