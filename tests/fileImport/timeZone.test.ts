/**
 * Dates must be local midnight of the calendar date in any time zone: run
 * the readers in a zone west of UTC, where a UTC-midnight date would show the
 * previous day.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookBuffer } from '../../tools/file-import/index';

const previousZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/Los_Angeles';
});
afterAll(() => {
  process.env.TZ = previousZone;
});

/** Year, month (1–12), day, hours and minutes of a local `Date`. */
function localFields(value: unknown): number[] {
  expect(value).toBeInstanceOf(Date);
  const date = value as Date;
  return [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes()];
}

describe('dates west of UTC', () => {
  it('runs in the chosen zone', () => {
    expect(new Date(2025, 0, 15).getTimezoneOffset()).toBe(480);
  });

  it('reads XLSX dates as local midnight of their day', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Dates');
    sheet.getCell('A1').value = new Date(Date.UTC(2025, 2, 12));
    sheet.getCell('A2').value = new Date(Date.UTC(2025, 6, 1, 9, 15));
    const read = await readWorkbookBuffer('d.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(localFields(read.sheets[0]?.values[0]?.[0])).toEqual([2025, 3, 12, 0, 0]);
    expect(localFields(read.sheets[0]?.values[1]?.[0])).toEqual([2025, 7, 1, 9, 15]);
  });

  it('reads CSV dates as local midnight of their day', async () => {
    const read = await readWorkbookBuffer('d.csv', Buffer.from('date;n\n12/03/2025;1\n2025-07-01;2\n'));
    expect(localFields(read.sheets[0]?.values[1]?.[0])).toEqual([2025, 3, 12, 0, 0]);
    expect(localFields(read.sheets[0]?.values[2]?.[0])).toEqual([2025, 7, 1, 0, 0]);
  });
});
