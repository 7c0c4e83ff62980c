/**
 * Which reader a file needs, decided by its extension AND its first bytes, so
 * that a renamed PDF or an old binary `.xls` is refused before any parsing.
 */
import { FileImportError } from './errors';

/** The two formats the import layer reads. */
export type FileKind = 'csv' | 'xlsx';

const CSV_EXTENSIONS = ['.csv', '.tsv', '.txt'];
const XLSX_EXTENSIONS = ['.xlsx'];

/** Local file header of a zip archive: an XLSX file always starts with it. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** How many leading bytes the text sniffing looks at. */
const SNIFF_LENGTH = 8192;

/**
 * The kind announced by the file name's extension (case-insensitive).
 * Throws `unsupported_format` for any other extension.
 */
export function kindFromName(fileName: string): FileKind {
  const lower = fileName.toLowerCase();
  if (XLSX_EXTENSIONS.some((ext) => lower.endsWith(ext))) return 'xlsx';
  if (CSV_EXTENSIONS.some((ext) => lower.endsWith(ext))) return 'csv';
  throw new FileImportError('unsupported_format', { fileName });
}

/**
 * Checks that the content matches the announced kind: an XLSX must start
 * with the zip signature; a CSV must look like text (no zip signature, a
 * UTF-16 byte order mark or no control bytes other than tab, CR, LF and
 * form feed). Throws `unsupported_format` otherwise.
 */
export function checkContentMatches(fileName: string, kind: FileKind, data: Uint8Array): void {
  const isZip = ZIP_SIGNATURE.every((byte, i) => data[i] === byte);
  const matches = kind === 'xlsx' ? isZip : !isZip && looksLikeText(data);
  if (!matches) throw new FileImportError('unsupported_format', { fileName });
}

function looksLikeText(data: Uint8Array): boolean {
  if (hasUtf16ByteOrderMark(data)) return true;
  const end = Math.min(data.length, SNIFF_LENGTH);
  for (const byte of data.subarray(0, end)) {
    if (isBinaryControlByte(byte)) return false;
  }
  return true;
}

/** UTF-16 little-endian (`FF FE`) or big-endian (`FE FF`) byte order mark. */
export function hasUtf16ByteOrderMark(data: Uint8Array): boolean {
  return (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff);
}

/** Control bytes that never occur in a text file (tab, LF, CR and form feed do). */
function isBinaryControlByte(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d;
}
