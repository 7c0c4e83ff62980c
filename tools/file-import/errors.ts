/**
 * Typed errors of the file import layer. Each carries a stable `code` (for
 * programs), the `details` its texts need, and its texts in both languages.
 */
import type { Lang } from '../../src/core/types';
import { fileImportMessage } from './messages';

/** What went wrong with a quoted CSV field. */
export type CsvQuoteProblem = 'unclosed_quote' | 'misplaced_quote';

/** The details each error code carries. `fileName` is the base name of the file. */
export interface FileImportErrorDetails {
  /** Neither a CSV (`.csv`, `.tsv`, `.txt`, text content) nor an XLSX (`.xlsx`, zip content). */
  unsupported_format: { fileName: string };
  /** No byte, or no cell with content. */
  empty_file: { fileName: string };
  /** Larger than the limit; both sizes in bytes. */
  file_too_large: { fileName: string; sizeBytes: number; maxBytes: number };
  /** Broken quoting; `line` is the 1-based line of the file where the faulty field starts. */
  csv_malformed: { fileName: string; line: number; problem: CsvQuoteProblem };
  /** An XLSX that exceljs cannot read; `cause` is exceljs' own message. */
  xlsx_unreadable: { fileName: string; cause: string };
  /** The file itself cannot be read (missing, a folder, no permission). */
  file_unreadable: { fileName: string; cause: string };
}

/** Stable error codes. */
export type FileImportErrorCode = keyof FileImportErrorDetails;

/** An import failure. `message` is the English text; `localizedMessage` gives either language. */
export class FileImportError<C extends FileImportErrorCode = FileImportErrorCode> extends Error {
  readonly code: C;
  readonly details: FileImportErrorDetails[C];

  constructor(code: C, details: FileImportErrorDetails[C]) {
    super(messageFor('en', code, details));
    this.name = 'FileImportError';
    this.code = code;
    this.details = details;
  }

  /** The error's text in `lang`. */
  localizedMessage(lang: Lang): string {
    return messageFor(lang, this.code, this.details);
  }
}

function messageFor<C extends FileImportErrorCode>(lang: Lang, code: C, details: FileImportErrorDetails[C]): string {
  return fileImportMessage(lang, code, details);
}
