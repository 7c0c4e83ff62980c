/**
 * Call budget: the number of spreadsheet calls of a sidebar run does not grow
 * with the number of rows (one read of the source, one write per output
 * sheet, a constant number of format calls).
 */
import { describe, expect, it } from 'vitest';
import { openAddOn } from '../support/addOn';
import { midnight } from '../support/calendar';

const TZ = 'Europe/Paris';

/** A client table of `count` clients with varied, deterministic figures. */
function clientTable(count: number): unknown[][] {
  const rows: unknown[][] = [['Client', 'E-mail', 'Date du dernier achat', "Nombre d'achats", 'Montant']];
  for (let i = 0; i < count; i += 1) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + ((i * 7) % 12)).padStart(2, '0');
    rows.push([
      `Client ${i + 1}`,
      `client${i + 1}@exemple.fr`,
      midnight(`2023-${month}-${day}`, TZ),
      1 + ((i * 13) % 17),
      10 + ((i * 37) % 991),
    ]);
  }
  return rows;
}

/** A sales log of `count` sales by count / 5 clients. */
function salesLog(count: number): unknown[][] {
  const rows: unknown[][] = [['Date', 'Customer', 'Amount']];
  for (let i = 0; i < count; i += 1) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + ((i * 5) % 12)).padStart(2, '0');
    rows.push([
      midnight(`2023-${month}-${day}`, TZ),
      `Customer ${(i * 7) % Math.max(1, count / 5)}`,
      i % 23 === 0 ? -5 : 5 + ((i * 11) % 300),
    ]);
  }
  return rows;
}

const WIDTHS = 'Sheet.setColumnWidths';

/**
 * Per-method service calls (Utilities aside: it formats dates, not the document) of getSourceInfo and of
 * two runs (the first creates the settings sheets), and the spreadsheet calls of the last run.
 * Column widths are apart: one `setColumnWidths` per run of neighbouring columns of equal width, so their
 * number follows the content's widths, bounded by the number of columns (never by the number of rows).
 */
async function callsFor(values: unknown[][], locale: string) {
  const addOn = await openAddOn({ locale, timeZone: TZ, sheets: [{ name: 'Source', values }] });
  const counts: Array<Record<string, number>> = [];
  addOn.ss.emulator.resetCalls();
  const settings = addOn.sourceInfo().defaults;
  counts.push(addOn.ss.emulator.calls());
  let sheets: string[] = [];
  for (let run = 0; run < 2; run += 1) {
    addOn.ss.emulator.resetCalls();
    const result = addOn.analyse(settings);
    sheets = [
      result.sheets.clients,
      result.sheets.actions,
      result.sheets.summary,
      result.sheets.movements,
      result.sheets.history,
    ];
    counts.push(addOn.ss.emulator.calls());
  }
  const widthCalls = counts[2]?.[WIDTHS] ?? 0;
  const columns = sheets.reduce((sum, name) => sum + (addOn.ss.getSheetByName(name)?.getLastColumn() ?? 0), 0);
  expect(widthCalls).toBeGreaterThanOrEqual(sheets.length);
  expect(widthCalls).toBeLessThanOrEqual(columns);
  const serviceCalls = counts.map((calls) =>
    Object.fromEntries(
      Object.entries(calls).filter(([member]) => !member.startsWith('Utilities.') && member !== WIDTHS),
    ),
  );
  return { serviceCalls, total: addOn.ss.emulator.spreadsheetCalls() - widthCalls };
}

describe('spreadsheet calls per run', () => {
  it('are the same for 50 and for 5 000 clients', async () => {
    const small = await callsFor(clientTable(50), 'fr_FR');
    const large = await callsFor(clientTable(5000), 'fr_FR');
    expect(large.serviceCalls).toEqual(small.serviceCalls);
    expect(large.total).toBe(small.total);
    // one read of the source per call; on a run: the source, the rules, the catalogue and (from the second run) the history
    expect(small.serviceCalls[0]?.['Range.getValues']).toBe(1);
    expect(small.serviceCalls[2]?.['Range.getValues']).toBe(4);
    // one write per owned sheet: 7 on the first run, 5 on the next ones (settings sheets kept)
    expect(small.serviceCalls[1]?.['Range.setValues']).toBe(7);
    expect(small.serviceCalls[2]?.['Range.setValues']).toBe(5);
  });

  it('are the same for a sales log of 50 and of 5 000 rows', async () => {
    const small = await callsFor(salesLog(50), 'en_US');
    const large = await callsFor(salesLog(5000), 'en_US');
    expect(large.serviceCalls).toEqual(small.serviceCalls);
    expect(large.total).toBe(small.total);
  });
});
