/**
 * File import for the local preview: a CSV or XLSX file → sheets of cell
 * values shaped like Apps Script's `getValues()`.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { FileImportError } from './errors';
import { checkContentMatches, kindFromName, type FileKind } from './fileKind';
import { readCsv } from './readCsv';
import { readXlsx } from './readXlsx';
import { DEFAULT_MAX_BYTES, type ImportedWorkbook, type ReadWorkbookOptions } from './types';

export { FileImportError } from './errors';
export type { CsvQuoteProblem, FileImportErrorCode, FileImportErrorDetails } from './errors';
export { fileImportMessage } from './messages';
export { DEFAULT_MAX_BYTES } from './types';
export type { ImportedCell, ImportedSheet, ImportedWorkbook, ReadWorkbookOptions } from './types';

/**
 * Reads the workbook at `path`. The extension and the size are checked before
 * the file is read; then the content must match the extension.
 * Throws `FileImportError` (`unsupported_format`, `empty_file`,
 * `file_too_large`, `csv_malformed`, `xlsx_unreadable`, `file_unreadable`).
 */
export async function readWorkbookFile(path: string, options: ReadWorkbookOptions = {}): Promise<ImportedWorkbook> {
  const fileName = basename(path);
  const kind = kindFromName(fileName);
  const size = await readOrExplain(fileName, async () => (await stat(path)).size);
  checkSize(fileName, size, maxBytesOf(options));
  const data = await readOrExplain(fileName, () => readFile(path));
  return readContent(fileName, kind, data);
}

/**
 * Reads a workbook received as bytes (an upload); `name` is the file's name
 * (a path is reduced to its base name). Same checks and errors as
 * `readWorkbookFile`, except `file_unreadable`.
 */
export async function readWorkbookBuffer(
  name: string,
  data: Buffer,
  options: ReadWorkbookOptions = {},
): Promise<ImportedWorkbook> {
  const fileName = basename(name.replace(/\\/g, '/'));
  const kind = kindFromName(fileName);
  checkSize(fileName, data.length, maxBytesOf(options));
  return readContent(fileName, kind, data);
}

function maxBytesOf(options: ReadWorkbookOptions): number {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(maxBytes > 0)) throw new RangeError(`maxBytes must be a positive number of bytes, got ${maxBytes}`);
  return maxBytes;
}

/** `empty_file` for zero bytes, `file_too_large` above `maxBytes`. */
function checkSize(fileName: string, sizeBytes: number, maxBytes: number): void {
  if (sizeBytes === 0) throw new FileImportError('empty_file', { fileName });
  if (sizeBytes > maxBytes) throw new FileImportError('file_too_large', { fileName, sizeBytes, maxBytes });
}

async function readContent(fileName: string, kind: FileKind, data: Uint8Array): Promise<ImportedWorkbook> {
  checkContentMatches(fileName, kind, data);
  return kind === 'xlsx' ? readXlsx(fileName, data) : readCsv(fileName, data);
}

/** Runs a file system call, turning its failure into `file_unreadable`. */
async function readOrExplain<T>(fileName: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new FileImportError('file_unreadable', { fileName, cause });
  }
}
