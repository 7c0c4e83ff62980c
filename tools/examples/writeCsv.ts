/**
 * Writes an example table as CSV text the way a spreadsheet of its language
 * exports it.
 *
 * - French (`fr`): UTF-8 with byte order mark, `;` separator, CRLF line ends,
 *   `dd/mm/yyyy` dates, amounts `1 234,50` (space between thousands, decimal
 *   comma), a blank row as separators only (`;;;;;`), like Excel's
 *   "CSV UTF-8 (séparateur: point-virgule)".
 * - English (`en`): UTF-8 without byte order mark, `,` separator, LF line
 *   ends, ISO `yyyy-mm-dd` dates, amounts `1234.50`, a blank row as an empty line.
 */
import { calendarDate } from './calendarDays';
import type { ColumnKind, ExampleCell, ExampleTable } from './exampleTable';
import { at } from '../indexing';

interface CsvStyle {
  byteOrderMark: string;
  separator: string;
  lineEnd: string;
  date: (day: number) => string;
  money: (cents: number) => string;
  blankRow: (width: number) => string;
}

const STYLES: Record<ExampleTable['lang'], CsvStyle> = {
  fr: {
    byteOrderMark: '\ufeff',
    separator: ';',
    lineEnd: '\r\n',
    date: (day) => {
      const { year, month, day: dayOfMonth } = calendarDate(day);
      return `${pad2(dayOfMonth)}/${pad2(month)}/${year}`;
    },
    money: (cents) => decimalAmount(cents, ' ', ','),
    blankRow: (width) => ';'.repeat(width - 1),
  },
  en: {
    byteOrderMark: '',
    separator: ',',
    lineEnd: '\n',
    date: (day) => {
      const { year, month, day: dayOfMonth } = calendarDate(day);
      return `${year}-${pad2(month)}-${pad2(dayOfMonth)}`;
    },
    money: (cents) => decimalAmount(cents, '', '.'),
    blankRow: () => '',
  },
};

/** The CSV text of `table`: header line, one line per row, a line end after each. */
export function writeCsv(table: ExampleTable): string {
  const style = STYLES[table.lang];
  const kinds = table.columns.map((column) => column.kind);
  const lines = [table.columns.map((column) => quoted(column.header, style.separator)).join(style.separator)];
  for (const row of table.rows) {
    const line = row === null ? style.blankRow(kinds.length) : row.map((cell, c) => field(cell, at(kinds, c), style)).join(style.separator);
    lines.push(line);
  }
  return style.byteOrderMark + lines.map((line) => line + style.lineEnd).join('');
}

function field(cell: ExampleCell, kind: ColumnKind, style: CsvStyle): string {
  if (cell === '') return '';
  if (kind === 'date') return style.date(Number(cell));
  if (kind === 'money') return style.money(Number(cell));
  if (kind === 'count') return String(cell);
  return quoted(String(cell), style.separator);
}

/** Text in double quotes (inner quotes doubled) when it holds the separator, a quote or a line break. */
function quoted(text: string, separator: string): string {
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** An amount in cents as text with two decimals, e.g. `-1 234,50` (thousands separator may be ''). */
function decimalAmount(cents: number, thousands: string, decimal: string): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  const whole = String(Math.floor(absolute / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${sign}${whole}${decimal}${pad2(absolute % 100)}`;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
