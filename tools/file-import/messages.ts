/**
 * User-visible texts of the file import layer (local preview tooling), one
 * table per language. Each entry formats the details of one error code.
 */
import { formatNumber } from '../../src/core/i18n/localeFormat';
import type { Lang } from '../../src/core/types';
import type { FileImportErrorDetails } from './errors';

type MessageTable = { [C in keyof FileImportErrorDetails]: (details: FileImportErrorDetails[C]) => string };

export const fileImportMessages: Record<Lang, MessageTable> = {
  fr: {
    unsupported_format: ({ fileName }) =>
      `« ${fileName} » n'est ni un fichier CSV ni un classeur XLSX. Enregistrez-le au format .xlsx ou .csv.`,
    empty_file: ({ fileName }) => `« ${fileName} » est vide : aucune cellule à lire.`,
    file_too_large: ({ fileName, sizeBytes, maxBytes }) =>
      `« ${fileName} » fait ${fileSize(sizeBytes, 'fr')} ; la limite est de ${fileSize(maxBytes, 'fr')}.`,
    csv_malformed: ({ fileName, line, problem }) =>
      problem === 'unclosed_quote'
        ? `« ${fileName} », ligne ${line} : un guillemet ouvert n'est jamais fermé.`
        : `« ${fileName} », ligne ${line} : un guillemet fermant est suivi d'autres caractères.`,
    xlsx_unreadable: ({ fileName, cause }) =>
      `« ${fileName} » ne peut pas être lu comme un classeur XLSX (${cause}). Ouvrez-le puis enregistrez-le à nouveau au format .xlsx.`,
    file_unreadable: ({ fileName, cause }) => `Impossible de lire « ${fileName} » (${cause}).`,
  },
  en: {
    unsupported_format: ({ fileName }) =>
      `"${fileName}" is neither a CSV file nor an XLSX workbook. Save it as .xlsx or .csv.`,
    empty_file: ({ fileName }) => `"${fileName}" is empty: there is no cell to read.`,
    file_too_large: ({ fileName, sizeBytes, maxBytes }) =>
      `"${fileName}" is ${fileSize(sizeBytes, 'en')}; the limit is ${fileSize(maxBytes, 'en')}.`,
    csv_malformed: ({ fileName, line, problem }) =>
      problem === 'unclosed_quote'
        ? `"${fileName}", line ${line}: a quote is opened and never closed.`
        : `"${fileName}", line ${line}: a closing quote is followed by other characters.`,
    xlsx_unreadable: ({ fileName, cause }) =>
      `"${fileName}" cannot be read as an XLSX workbook (${cause}). Open it and save it again as .xlsx.`,
    file_unreadable: ({ fileName, cause }) => `Cannot read "${fileName}" (${cause}).`,
  },
};

const SIZE_UNITS: Record<Lang, [string, string, string]> = {
  fr: ['octets', 'Ko', 'Mo'],
  en: ['bytes', 'KB', 'MB'],
};

/**
 * A size in bytes for people: bytes below 1 KB, else KB or MB (1 KB = 1024
 * bytes) with at most one decimal, in the language's notation ("1,5 Mo").
 */
function fileSize(bytes: number, lang: Lang): string {
  const [byteUnit, kiloUnit, megaUnit] = SIZE_UNITS[lang];
  if (bytes < 1024) return `${bytes} ${byteUnit}`;
  const inMega = bytes >= 1024 * 1024;
  const amount = bytes / (inMega ? 1024 * 1024 : 1024);
  return `${formatNumber(lang, amount, 1)} ${inMega ? megaUnit : kiloUnit}`;
}
