/**
 * The add-on's language where nothing may fail: the menu (built in
 * AuthMode.NONE too) and the sidebar's first call, made before it reads any
 * sheet so that it speaks the spreadsheet's language from the start.
 */
import { langFromLocale } from '../core/i18n/language';
import type { Lang } from '../core/types';

/**
 * The spreadsheet's language when it can be read; in AuthMode.NONE (document
 * closed to the add-on) the user's, which Apps Script still gives; English
 * when neither can be read. Never throws.
 */
export function spreadsheetLang(): Lang {
  try {
    return langFromLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    try {
      return langFromLocale(Session.getActiveUserLocale());
    } catch {
      return 'en';
    }
  }
}

/** Sidebar call: the spreadsheet's language (see {@link spreadsheetLang}); never fails. */
export function getLanguage(): Lang {
  return spreadsheetLang();
}
