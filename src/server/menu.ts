/**
 * The add-on menu, the sidebar and the help dialog.
 */
import { langFromLocale } from '../core/i18n/language';
import { exerciseText } from '../core/i18n/exerciseTexts';
import { reportText } from '../core/i18n/reportTexts';
import type { Lang } from '../core/types';
import { activeSheetContext } from '../platform/sheetContext';

/**
 * The menu's language: the spreadsheet's when it can be read; in AuthMode.NONE
 * (document closed to the add-on) the user's, which Apps Script still gives;
 * English when neither can be read.
 */
function menuLang(): Lang {
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

/** Builds the add-on menu. Works in every authorisation mode, NONE included: it only adds menu items. */
export function onOpen(_event?: unknown): void {
  const lang = menuLang();
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(reportText(lang, 'menuAnalyse'), 'showSidebar')
    .addItem(exerciseText(lang, 'menuCreate'), 'showExercisePanel')
    .addItem(exerciseText(lang, 'menuCheck'), 'checkMyAnswers')
    .addItem(exerciseText(lang, 'menuStudent'), 'prepareStudentVersion')
    .addItem(reportText(lang, 'menuHelp'), 'showHelp')
    .addToUi();
}

/** Runs when the add-on is installed: builds the menu. */
export function onInstall(event?: unknown): void {
  onOpen(event);
}

/** Opens the sidebar (the built `sidebar.html`). */
export function showSidebar(): void {
  const { lang } = activeSheetContext();
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(reportText(lang, 'sidebarTitle'));
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Shows a short localised help. */
export function showHelp(): void {
  const { lang } = activeSheetContext();
  const ui = SpreadsheetApp.getUi();
  ui.alert(reportText(lang, 'helpTitle'), reportText(lang, 'helpText'), ui.ButtonSet.OK);
}
