/**
 * Gives each CSV field the type a spreadsheet import would give it in the
 * file's convention: number, date, boolean, or text.
 */
import { columnDateOrder, parseDateText, type DateOrder } from './csvDates';
import { decimalSeparatorEvidence, parseLocaleNumber, type DecimalSeparator } from './csvNumbers';
import type { CsvDelimiter } from './detectDelimiter';
import type { ImportedCell } from './types';
import { at } from '../indexing';

/** How a CSV file writes numbers and dates. */
export interface CsvConvention {
  decimal: DecimalSeparator;
  /** Date order used by columns whose values prove none. */
  defaultDateOrder: DateOrder;
}

const BOOLEANS = new Map<string, boolean>([
  ['TRUE', true],
  ['FALSE', false],
  ['VRAI', true],
  ['FAUX', false],
]);

/**
 * The convention of a file: the decimal separator most of its fields prove
 * (on a tie or without proof: comma when the separator is `;`, point
 * otherwise); dates day-first by default when the file uses `;` or decimal
 * commas, month-first otherwise.
 */
export function detectConvention(rows: string[][], delimiter: CsvDelimiter): CsvConvention {
  let commaVotes = 0;
  let pointVotes = 0;
  for (const row of rows) {
    for (const field of row) {
      const evidence = decimalSeparatorEvidence(field);
      if (evidence === ',') commaVotes += 1;
      if (evidence === '.') pointVotes += 1;
    }
  }
  const byDelimiter: DecimalSeparator = delimiter === ';' ? ',' : '.';
  const decimal: DecimalSeparator = commaVotes === pointVotes ? byDelimiter : commaVotes > pointVotes ? ',' : '.';
  const dayFirst = delimiter === ';' || decimal === ',';
  return { decimal, defaultDateOrder: dayFirst ? 'dmy' : 'mdy' };
}

/**
 * Types every field of `rows` (ragged rows allowed). The date order is chosen
 * per column from that column's values (see `columnDateOrder`).
 */
export function typeCsvCells(rows: string[][], convention: CsvConvention): ImportedCell[][] {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const dateOrders = Array.from({ length: width }, (_, c) =>
    columnDateOrder(
      rows.map((row) => row[c] ?? ''),
      convention.defaultDateOrder,
    ),
  );
  return rows.map((row) => row.map((field, c) => typeField(field, convention.decimal, at(dateOrders, c))));
}

/**
 * One field: blank (only spaces) → `''`; then date, number, boolean
 * (`TRUE`/`FALSE`, `VRAI`/`FAUX`, any case); anything else stays the text as
 * written, untrimmed. A leading `=` is never a formula here: it stays text.
 */
function typeField(field: string, decimal: DecimalSeparator, dateOrder: DateOrder): ImportedCell {
  const trimmed = field.trim();
  if (trimmed === '') return '';
  const date = parseDateText(trimmed, dateOrder);
  if (date !== null) return date;
  const number = parseLocaleNumber(trimmed, decimal);
  if (number !== null) return number;
  return BOOLEANS.get(trimmed.toUpperCase()) ?? field;
}
