/**
 * The preview's .xlsx download keeps the layout of the owned sheets: column
 * widths, wrapped long texts, the Actions filter and the segment colours.
 * The add-on runs in the emulator; the workbook is written and read back
 * with exceljs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/server/api';
import { writeWorkbookXlsx } from '../../tools/preview/xlsxExport';
import { midnight } from '../support/calendar';
import { openAddOn } from '../support/addOn';

const TZ = 'Europe/Paris';
const d = (iso: string) => midnight(iso, TZ);

let workbook: ExcelJS.Workbook;
let result: AnalysisResult;
let emulatorWidths: Record<number, unknown>;

beforeAll(async () => {
  const addOn = await openAddOn({
    locale: 'en_GB',
    timeZone: TZ,
    sheets: [
      {
        name: 'Clients',
        values: [
          ['Client', 'Last purchase', 'Purchases', 'Amount'],
          ['Ana', d('2024-06-25'), 10, 1500],
          ['Ben', d('2024-06-18'), 1, 40],
          ['Cleo', d('2024-05-31'), 6, 1234.5],
          ['Dan', d('2023-05-16'), 3, 150],
          ['Eve', d('2023-05-01'), 8, 600],
        ],
      },
    ],
  });
  result = addOn.analyse(addOn.sourceInfo().defaults);
  emulatorWidths = addOn.ss.emulator.snapshot(result.sheets.actions).columnWidths;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xlsx-layout-')), 'out.xlsx');
  const output = fs.createWriteStream(file);
  const closed = new Promise<void>((resolve) => output.on('close', () => resolve()));
  await writeWorkbookXlsx(addOn.ss, output);
  await closed;
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
});

function actionsSheet(): ExcelJS.Worksheet {
  const sheet = workbook.worksheets.find((candidate) => candidate.name === result.sheets.actions);
  if (!sheet) throw new Error(`no ${result.sheets.actions} in ${workbook.worksheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

describe('the .xlsx download of the Actions sheet', () => {
  it('keeps the column widths (pixels / 7 per Excel character)', () => {
    const sheet = actionsSheet();
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    header.forEach((_, k) => {
      expect(sheet.getColumn(k + 1).width).toBeCloseTo(Number(emulatorWidths[k + 1]) / 7, 5);
    });
    const message = header.indexOf('Message') + 1;
    expect(sheet.getColumn(message).width).toBeCloseTo(320 / 7, 5);
  });

  it('keeps the wrapped message column and the filter over the table', () => {
    const sheet = actionsSheet();
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const message = header.indexOf('Message') + 1;
    expect(sheet.getRow(2).getCell(message).alignment?.wrapText).toBe(true);
    const lastColumn = String.fromCharCode(64 + header.length);
    expect(sheet.autoFilter).toBe(`A1:${lastColumn}6`);
  });

  it('keeps the segment colours as "equal to" rules with a fill', () => {
    const sheet = actionsSheet() as ExcelJS.Worksheet & {
      conditionalFormattings: Array<{ ref: string; rules: Array<Record<string, unknown>> }>;
    };
    const rules = sheet.conditionalFormattings;
    expect(rules.length).toBe(12);
    const champions = rules.find((rule) => (rule.rules[0]?.['formulae'] as string[])[0] === '"Champions"');
    expect(champions?.ref).toBe('B2:B6');
    expect(champions?.rules[0]?.['operator']).toBe('equal');
    const fill = (champions?.rules[0]?.['style'] as { fill: { bgColor: { argb: string } } }).fill;
    expect(fill.bgColor.argb).toBe('FFB7E1CD');
  });
});
