import { describe, expect, it } from 'vitest';
import {
  createMemorySpreadsheet,
  loadBundle,
  rangeArgument,
  type MemorySpreadsheet,
} from '../../tools/gas-emulator/index.ts';

/** A tiny stand-in for dist/Code.js: an IIFE-free script with a few entry points. */
const FAKE_BUNDLE = `
var VERSION = '1';
var helper = function () { return 'not an entry point'; };
const arrow = () => 1;

/** @customfunction */
function DOUBLE(values) {
  return Array.isArray(values) ? values.map(function (row) { return row.map(function (v) { return v * 2; }); }) : values * 2;
}

function onOpen(e) {
  var label = e && e.authMode === ScriptApp.AuthMode.NONE ? 'Start' : 'Analyse';
  SpreadsheetApp.getUi().createAddonMenu().addItem(label, 'showSidebar').addToUi();
}

function showSidebar() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Client Portfolio'));
}

function describeArgs(grid, when, event) {
  return {
    gridIsArray: grid instanceof Array,
    cellIsDate: grid[0][1] instanceof Date,
    whenIsDate: when instanceof Date,
    eventIsObject: event instanceof Object,
    year: grid[0][1].getUTCFullYear()
  };
}

function readClients() {
  var values = SpreadsheetApp.getActive().getSheetByName('Clients').getDataRange().getValues();
  return { firstDateIsDate: values[1][1] instanceof Date, rowsAreArrays: values instanceof Array && values[1] instanceof Array, values: values };
}

function copyClients() {
  var lock = LockService.getDocumentLock();
  lock.waitLock(30000);
  try {
    var ss = SpreadsheetApp.getActive();
    var values = ss.getSheetByName('Clients').getDataRange().getValues();
    var out = ss.getSheetByName('Copy') || ss.insertSheet('Copy');
    out.clearContents();
    out.getRange(1, 1, values.length, values[0].length).setValues(values);
    out.getRange(1, 1, 1, values[0].length).setFontWeight('bold');
    return values.length;
  } finally {
    lock.releaseLock();
  }
}

function copyClientsCellByCell() {
  var ss = SpreadsheetApp.getActive();
  var values = ss.getSheetByName('Clients').getDataRange().getValues();
  var out = ss.getSheetByName('Copy') || ss.insertSheet('Copy');
  values.forEach(function (row, i) { out.getRange(i + 1, 1).setValue(row[0]); });
}

function globalsSeen() {
  return [typeof require, typeof process, typeof setTimeout, typeof module, typeof SpreadsheetApp, typeof Utilities];
}

function failWithShape() {
  SpreadsheetApp.getActive().getSheets()[0].getRange(1, 1, 2, 2).setValues([[1, 2]]);
}

function catchShape() {
  try { failWithShape(); } catch (e) { return [e instanceof Error, e.name, e.message]; }
}

function takeLock() {
  LockService.getDocumentLock().waitLock(30000);
  return 'locked';
}

function today() {
  return new Date();
}

function peekControls() {
  return SpreadsheetApp.getActive().emulator();
}
`;

function clients(rows: number): MemorySpreadsheet {
  const values: unknown[][] = [['Name', 'Last purchase', 'Amount']];
  for (let i = 1; i <= rows; i += 1) values.push([`Client ${i}`, new Date(Date.UTC(2024, 0, i)), i * 10]);
  return createMemorySpreadsheet({ locale: 'fr_FR', sheets: [{ name: 'Clients', values }] });
}

function load(ss = clients(3), extra: Partial<Parameters<typeof loadBundle>[0]> = {}) {
  return loadBundle({
    code: FAKE_BUNDLE,
    files: { 'sidebar.html': '<main>sidebar</main>' },
    spreadsheet: ss,
    ...extra,
  });
}

describe('script globals', () => {
  it('exposes only top-level function declarations, in source order', () => {
    expect(load().globals).toEqual([
      'DOUBLE',
      'onOpen',
      'showSidebar',
      'describeArgs',
      'readClients',
      'copyClients',
      'copyClientsCellByCell',
      'globalsSeen',
      'failWithShape',
      'catchShape',
      'takeLock',
      'today',
      'peekControls',
    ]);
  });

  it('refuses to call anything else', () => {
    const bundle = load();
    expect(() => bundle.call('helper')).toThrow('emulator: the script has no top-level function named "helper"');
    expect(() => bundle.call('VERSION')).toThrow('no top-level function named "VERSION"');
    expect(() => bundle.call('missing')).toThrow('no top-level function named "missing"');
  });

  it('gives the script services but no Node globals', () => {
    expect(load().call('globalsSeen')).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'object',
      'object',
    ]);
  });

  it('hides the emulator controls from the script', () => {
    expect(() => load().call('peekControls')).toThrow('emulator: Spreadsheet.emulator is not implemented');
  });

  it('refuses service calls from top-level code', () => {
    const ss = clients(1);
    expect(() =>
      loadBundle({ code: 'var book = SpreadsheetApp.getActive();\nfunction f() {}', files: {}, spreadsheet: ss }),
    ).toThrow(/SpreadsheetApp.getActive called by top-level code while the script loads/);
    expect(
      loadBundle({
        code: 'var modes = ScriptApp.AuthMode;\nfunction f() { return modes.NONE; }',
        files: {},
        spreadsheet: ss,
      }).call('f'),
    ).toBe('NONE');
  });
});

describe('values crossing the boundary', () => {
  it('hands the script its own realm arrays and dates', () => {
    const result = load().call('describeArgs', [['Alice', new Date('2024-03-01T00:00:00Z')]], new Date(), {
      authMode: 'FULL',
    });
    expect(result).toEqual({ gridIsArray: true, cellIsDate: true, whenIsDate: true, eventIsObject: true, year: 2024 });
  });

  it('reads cell dates as script dates and returns host dates', () => {
    const result = load().call('readClients') as {
      firstDateIsDate: boolean;
      rowsAreArrays: boolean;
      values: unknown[][];
    };
    expect(result.firstDateIsDate).toBe(true);
    expect(result.rowsAreArrays).toBe(true);
    expect(result.values).toBeInstanceOf(Array);
    expect(result.values[1]).toBeInstanceOf(Array);
    expect(result.values[1]?.[1]).toBeInstanceOf(Date);
    expect(result.values[1]).toEqual(['Client 1', new Date('2024-01-01T00:00:00Z'), 10]);
  });

  it('computes a custom function over a 2-D range argument', () => {
    expect(load().callWith({ authMode: 'CUSTOM_FUNCTION' }, 'DOUBLE', [[1], [2.5]])).toEqual([[2], [5]]);
    expect(load().call('DOUBLE', 4)).toBe(8);
  });

  it('builds custom-function arguments the way Sheets passes them, without counting reads', () => {
    const ss = clients(2);
    expect(rangeArgument(ss, 'Clients!C2:C3')).toEqual([[10], [20]]);
    expect(rangeArgument(ss, 'Clients!C3')).toBe(20);
    const openColumn = rangeArgument(ss, 'Clients!C2:C') as unknown[][];
    expect(openColumn).toHaveLength(999);
    expect(openColumn.slice(0, 3)).toEqual([[10], [20], ['']]);
    expect(ss.emulator.calls()).toEqual({});
  });

  it('reports errors thrown while loading as host errors', () => {
    let caught: unknown;
    try {
      loadBundle({ code: 'throw new TypeError("boom");', files: {}, spreadsheet: clients(1) });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Error);
    expect([(caught as Error).name, (caught as Error).message]).toEqual(['TypeError', 'boom']);
  });

  it('rethrows script errors as host errors keeping the Apps Script name', () => {
    const bundle = load();
    let caught: unknown;
    try {
      bundle.call('failWithShape');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Error);
    expect((caught as Error).name).toBe('Exception');
    expect((caught as Error).message).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  it('lets the script catch service errors as its own Error instances', () => {
    expect(load().call('catchShape')).toEqual([
      true,
      'Exception',
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    ]);
  });

  it('freezes the script clock on request', () => {
    const now = new Date('2024-06-30T08:00:00Z');
    expect(load(clients(1), { now }).call('today')).toEqual(now);
    const free = load().call('today') as Date;
    expect(Math.abs(free.getTime() - Date.now())).toBeLessThan(60_000);
  });
});

describe('UI entry points', () => {
  it('builds the add-on menu in AuthMode.NONE and shows the sidebar', () => {
    const ss = clients(1);
    const bundle = load(ss);
    bundle.callWith({ authMode: 'NONE' }, 'onOpen', { authMode: 'NONE' });
    bundle.call('showSidebar');
    expect(bundle.ui.menus).toEqual([
      { kind: 'addon', caption: null, entries: [{ kind: 'item', caption: 'Start', functionName: 'showSidebar' }] },
    ]);
    expect(bundle.ui.sidebars).toEqual([
      { title: 'Client Portfolio', content: '<main>sidebar</main>', width: null, height: null },
    ]);
    expect(ss.emulator.ui).toBe(bundle.ui);
  });
});

describe('authorization modes', () => {
  it('refuses the document in AuthMode.NONE', () => {
    expect(() => load().callWith({ authMode: 'NONE' }, 'readClients')).toThrow(
      'You do not have permission to call SpreadsheetApp.getActive (AuthMode.NONE)',
    );
    expect(() => load().callWith({ authMode: 'NONE' }, 'showSidebar')).toThrow(
      'You do not have permission to call Ui.showSidebar',
    );
  });

  it('makes the spreadsheet read-only for custom functions', () => {
    const bundle = load();
    expect(bundle.callWith({ authMode: 'CUSTOM_FUNCTION' }, 'readClients')).toMatchObject({ firstDateIsDate: true });
    expect(() => bundle.callWith({ authMode: 'CUSTOM_FUNCTION' }, 'copyClients')).toThrow(
      'You do not have permission to call Spreadsheet.insertSheet (AuthMode.CUSTOM_FUNCTION)',
    );
  });
});

describe('locks', () => {
  it('fails a run while another execution holds the document lock, and frees it after each run', () => {
    const bundle = load();
    const other = bundle.services.LockService.getDocumentLock();
    other.waitLock(1000);
    expect(() => bundle.call('takeLock')).toThrow('Lock timeout: another process was holding the lock for too long.');
    other.releaseLock();
    expect(bundle.call('takeLock')).toBe('locked');
    // takeLock never releases: the end of the execution does.
    expect(bundle.services.LockService.getDocumentLock().tryLock(0)).toBe(true);
  });
});

describe('call counting through the bundle', () => {
  function countsOf(rows: number, entry: string) {
    const ss = clients(rows);
    const bundle = load(ss);
    ss.emulator.resetCalls();
    bundle.call(entry);
    return { calls: ss.emulator.calls(), total: ss.emulator.spreadsheetCalls() };
  }

  it('shows a batched run making the same calls for 10 and 500 rows', () => {
    const small = countsOf(10, 'copyClients');
    const large = countsOf(500, 'copyClients');
    expect(large).toEqual(small);
    expect(small.calls['Range.setValues']).toBe(1);
  });

  it('shows a cell-by-cell run growing with the rows', () => {
    const small = countsOf(10, 'copyClientsCellByCell');
    const large = countsOf(500, 'copyClientsCellByCell');
    expect(large.total - small.total).toBe(2 * 490);
    expect(large.calls['Range.setValue']).toBe(501);
  });

  it('leaves the source sheet identical', () => {
    const ss = clients(20);
    const before = ss.emulator.snapshot('Clients');
    load(ss).call('copyClients');
    expect(ss.emulator.snapshot('Clients')).toEqual(before);
    expect(ss.emulator.snapshot('Copy').values).toEqual(before.values);
  });
});
