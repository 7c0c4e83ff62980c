/**
 * User-visible texts of the file import layer (local preview tooling): one
 * per-language table of `{placeholder}` texts, filled by the add-on's
 * formatter (`src/core/i18n/textTable.ts`), one text per error code (and per
 * quoting problem).
 */
import { formatNumber } from '../../src/core/i18n/localeFormat';
import { textLookup, type MessageParams } from '../../src/core/i18n/textTable';
import type { Lang } from '../../src/core/types';
import type { FileImportErrorCode, FileImportErrorDetails } from './errors';

const en = {
  unsupported_format: '"{fileName}" is neither a CSV file nor an XLSX workbook. Save it as .xlsx or .csv.',
  empty_file: '"{fileName}" is empty: there is no cell to read.',
  file_too_large: '"{fileName}" is {size}; the limit is {limit}.',
  csv_malformed_unclosed_quote: '"{fileName}", line {line}: a quote is opened and never closed.',
  csv_malformed_misplaced_quote: '"{fileName}", line {line}: a closing quote is followed by other characters.',
  xlsx_unreadable: '"{fileName}" cannot be read as an XLSX workbook ({cause}). Open it and save it again as .xlsx.',
  file_unreadable: 'Cannot read "{fileName}" ({cause}).',
  sizeBytes: '{size} bytes',
  sizeKilobytes: '{size} KB',
  sizeMegabytes: '{size} MB',
};

const fr: typeof en = {
  unsupported_format:
    "« {fileName} » n'est ni un fichier CSV ni un classeur XLSX. Enregistrez-le au format .xlsx ou .csv.",
  empty_file: '« {fileName} » est vide : aucune cellule à lire.',
  file_too_large: '« {fileName} » fait {size} ; la limite est de {limit}.',
  csv_malformed_unclosed_quote: "« {fileName} », ligne {line} : un guillemet ouvert n'est jamais fermé.",
  csv_malformed_misplaced_quote: "« {fileName} », ligne {line} : un guillemet fermant est suivi d'autres caractères.",
  xlsx_unreadable:
    '« {fileName} » ne peut pas être lu comme un classeur XLSX ({cause}). Ouvrez-le puis enregistrez-le à nouveau au format .xlsx.',
  file_unreadable: 'Impossible de lire « {fileName} » ({cause}).',
  sizeBytes: '{size} octets',
  sizeKilobytes: '{size} Ko',
  sizeMegabytes: '{size} Mo',
};

const text = textLookup({ en, fr });

/**
 * A size in bytes for people: bytes below 1 KB, else KB or MB (1 KB = 1024
 * bytes) with at most one decimal, in the language's notation ("1,5 Mo").
 */
function fileSize(bytes: number, lang: Lang): string {
  if (bytes < 1024) return text(lang, 'sizeBytes', { size: bytes });
  const inMega = bytes >= 1024 * 1024;
  const size = formatNumber(lang, bytes / (inMega ? 1024 * 1024 : 1024), 1);
  return text(lang, inMega ? 'sizeMegabytes' : 'sizeKilobytes', { size });
}

/** The text of an import error `code` with its `details`, in `lang`. */
export function fileImportMessage<C extends FileImportErrorCode>(
  lang: Lang,
  code: C,
  details: FileImportErrorDetails[C],
): string {
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(details)) {
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  }
  if ('sizeBytes' in details) {
    params.size = fileSize(details.sizeBytes, lang);
    params.limit = fileSize(details.maxBytes, lang);
  }
  const key =
    'problem' in details
      ? (`csv_malformed_${details.problem}` as const)
      : (code as Exclude<FileImportErrorCode, 'csv_malformed'>);
  return text(lang, key, params);
}
