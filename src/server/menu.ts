/**
 * The add-on menu, the sidebar and the help dialog.
 */
import { exerciseText } from '../core/i18n/exerciseTexts';
import { reportText } from '../core/i18n/reportTexts';
import { activeSheetContext } from '../platform/sheetContext';
import { spreadsheetLang } from './language';
import { sidebarOutput } from './sidebarPage';

/** Builds the add-on menu. Works in every authorisation mode, NONE included: it only adds menu items. */
export function onOpen(_event?: unknown): void {
  const lang = spreadsheetLang();
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

/** Opens the sidebar (the built `sidebar.html`, or its inlined copy in the paste-in file). */
export function showSidebar(): void {
  const { lang } = activeSheetContext();
  const html = sidebarOutput().setTitle(reportText(lang, 'sidebarTitle'));
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Shows a short localised help. */
export function showHelp(): void {
  const { lang } = activeSheetContext();
  const ui = SpreadsheetApp.getUi();
  ui.alert(reportText(lang, 'helpTitle'), reportText(lang, 'helpText'), ui.ButtonSet.OK);
}
