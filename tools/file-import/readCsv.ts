/**
 * Reads a CSV file (comma, semicolon or tab separated) into one sheet of
 * typed cells.
 */
import Papa from 'papaparse';
import { decodeText } from './decodeText';
import { detectDelimiter } from './detectDelimiter';
import { FileImportError } from './errors';
import { toDataRange } from './grid';
import { detectConvention, typeCsvCells } from './typeCsvCells';
import type { ImportedWorkbook } from './types';

/**
 * The single sheet of a CSV file, named after the file without its extension.
 * Throws `empty_file` when no field has content, `csv_malformed` on broken
 * quoting (the line of the faulty field's opening quote).
 */
export function readCsv(fileName: string, data: Uint8Array): ImportedWorkbook {
  const text = decodeText(data);
  if (text.trim() === '') throw new FileImportError('empty_file', { fileName });
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError !== undefined) {
    const line = quoteError.index === undefined ? (quoteError.row ?? 0) + 1 : lineAt(text, quoteError.index);
    const problem = quoteError.code === 'MissingQuotes' ? 'unclosed_quote' : 'misplaced_quote';
    throw new FileImportError('csv_malformed', { fileName, line, problem });
  }
  const convention = detectConvention(parsed.data, delimiter);
  const values = toDataRange(typeCsvCells(parsed.data, convention));
  if (values.length === 0) throw new FileImportError('empty_file', { fileName });
  return { sheets: [{ name: sheetName(fileName), values }] };
}

/** 1-based line number of the character at `index` (CRLF, LF and CR all end a line). */
function lineAt(text: string, index: number): number {
  const lineBreaks = text.slice(0, index).match(/\r\n|\r|\n/g);
  return 1 + (lineBreaks?.length ?? 0);
}

/** The file name without its last extension (`ventes.2025.csv` → `ventes.2025`). */
function sheetName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}
