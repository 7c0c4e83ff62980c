/**
 * Wrapper for the functions the sidebar calls through `google.script.run`:
 * errors reach the sidebar as one localised sentence, never a stack trace.
 */
import { describeError } from '../core/i18n/describe';
import { formatMessage } from '../core/i18n/messages';
import { isPortfolioError } from '../core/errors';
import { activeSheetContext, type SheetContext } from '../platform/sheetContext';

/** Runs `body` with the spreadsheet context; any error becomes an `Error` with a localised message. */
export function runServerCall<T>(body: (context: SheetContext) => T): T {
  const context = activeSheetContext();
  try {
    return body(context);
  } catch (error) {
    if (isPortfolioError(error)) throw new Error(describeError(error, context.lang));
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(formatMessage(context.lang, 'unexpected', { message }));
  }
}
