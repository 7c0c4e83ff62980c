/**
 * dist/paste/Code.gs, the add-on in one file for a user without a terminal,
 * run alone in node:vm over the strict emulator exactly as dist/Code.js is,
 * with NO sidebar.html beside it (a pasted project has only Code.gs).
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createMemorySpreadsheet,
  loadBundle,
  rangeArgument,
  simulateScriptRun,
  type SheetSeed,
} from '../../tools/gas-emulator/index.ts';
import { builtDist } from '../../tools/sidebar-host/builtDist.ts';
import type { AnalysisResult, SourceInfo } from '../../src/server/api';
import { midnight } from '../support/calendar';
import { NOW, sheetValues } from '../support/addOn';

let paste = '';
let code = '';
let sidebarHtml = '';

beforeAll(async () => {
  const { dir } = await builtDist();
  paste = fs.readFileSync(path.join(dir, 'paste', 'Code.gs'), 'utf8');
  code = fs.readFileSync(path.join(dir, 'Code.js'), 'utf8');
  sidebarHtml = fs.readFileSync(path.join(dir, 'sidebar.html'), 'utf8');
});

const TZ = 'Europe/Paris';
const d = (iso: string) => midnight(iso, TZ);
const SALES: SheetSeed = {
  name: 'Ventes',
  values: [
    ['Client', 'Date', 'Montant'],
    ['Alice', d('2024-01-05'), 50],
    ['Bob', d('2024-03-10'), 20],
    ['Alice', d('2024-05-14'), 30],
    ['Chloé', d('2024-06-01'), 200],
    ['Denis', d('2023-11-20'), 10],
  ],
};

function open(script: string, locale = 'fr_FR') {
  const spreadsheet = createMemorySpreadsheet({ locale, timeZone: TZ, sheets: [SALES] });
  const bundle = loadBundle({ spreadsheet, code: script, files: {}, now: NOW });
  return { spreadsheet, bundle };
}

describe('dist/paste/Code.gs', () => {
  it('starts with @OnlyCurrentDoc in its first comment, so Apps Script asks only for the current spreadsheet', () => {
    const firstComment = /^\/\*\*[\s\S]*?\*\//.exec(paste)?.[0] ?? '';
    expect(firstComment).toMatch(/^\/\*\*\s*\n\s*\* @OnlyCurrentDoc\n/);
  });

  it('has the same top-level functions as dist/Code.js, each custom function with its @customfunction JSDoc', () => {
    const pasted = open(paste).bundle.globals;
    expect(pasted).toEqual(open(code).bundle.globals);
    for (const name of ['RFM_SCORE', 'RFM_SEGMENT', 'RFM_TABLE', 'ABC_CLASS', 'PARETO_SHARE', 'CLIENT_VALUE']) {
      const stub = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${name}\\(`).exec(paste);
      expect(stub?.[1], name).toContain('@customfunction');
    }
  });

  it('builds the menu in AuthMode NONE, each item naming a function of the file', () => {
    const { bundle, spreadsheet } = open(paste);
    bundle.callWith({ authMode: 'NONE' }, 'onOpen', { authMode: 'NONE' });
    const items =
      spreadsheet.emulator.ui.menus[0]?.entries.flatMap((entry) => (entry.kind === 'item' ? [entry] : [])) ?? [];
    expect(items.map((item) => item.functionName)).toEqual([
      'showSidebar',
      'showExercisePanel',
      'checkMyAnswers',
      'prepareStudentVersion',
      'showHelp',
    ]);
    for (const item of items) expect(bundle.globals).toContain(item.functionName);
  });

  it('opens the sidebar from the inlined page, identical to dist/sidebar.html, without any HTML file', () => {
    const { bundle, spreadsheet } = open(paste);
    bundle.call('showSidebar');
    expect(spreadsheet.emulator.ui.sidebars).toHaveLength(1);
    expect(spreadsheet.emulator.ui.sidebars[0]?.content).toBe(sidebarHtml);
    expect(spreadsheet.emulator.ui.sidebars[0]?.title).toBe('Client Portfolio');
  });

  it('answers the sidebar: reads the source and writes the same sheets as dist/Code.js', () => {
    const results = [paste, code].map((script) => {
      const { bundle, spreadsheet } = open(script);
      const info = simulateScriptRun(bundle.call('getSourceInfo')) as SourceInfo;
      const result = simulateScriptRun(bundle.call('runAnalysis', info.defaults)) as AnalysisResult;
      return { result, clients: sheetValues(spreadsheet, result.sheets.clients) };
    });
    const [pasted, clasp] = results;
    expect(pasted?.result.clients).toBe(4);
    expect(pasted?.clients).toEqual(clasp?.clients);
  });

  it('computes every custom function as a cell does, with the same results as dist/Code.js', () => {
    const both = [paste, code].map((script) => {
      const { bundle, spreadsheet } = open(script, 'en_US');
      const cell = (name: string, ...args: unknown[]) =>
        bundle.callWith({ authMode: 'CUSTOM_FUNCTION' }, name, ...args);
      const range = (a1: string) => rangeArgument(spreadsheet, a1);
      return {
        // 40 + 900 + 60 = 1000: 900 is 90 % (A), 900 + 60 = 96 % (B), the rest C.
        abc: cell('ABC_CLASS', [[40], [900], [60]]),
        // the top 20 % of 5 clients is 1 client: 200 of 50 + 20 + 30 + 200 + 10 = 310.
        pareto: cell('PARETO_SHARE', [[50], [20], [30], [200], [10]], 0.2),
        // 50 × 4 × 2 years, no margin/retention/discount given: the defaults of the function.
        value: cell('CLIENT_VALUE', 50, 4, 2),
        score: cell('RFM_SCORE', [[10], [40], [200]], [[5], [2], [1]], [[500], [100], [20]]),
        segment: cell('RFM_SEGMENT', '555'),
        table: cell('RFM_TABLE', range('Ventes!A2:A6'), range('Ventes!B2:B6'), range('Ventes!C2:C6'), d('2024-06-30')),
      };
    });
    const [pasted, clasp] = both;
    expect(pasted?.abc).toEqual([['C'], ['A'], ['B']]);
    expect(pasted?.pareto).toBeCloseTo(200 / 310, 10);
    expect(pasted).toEqual(clasp);
    expect(Array.isArray(pasted?.table) && (pasted?.table as unknown[]).length).toBe(5);
  });
});
