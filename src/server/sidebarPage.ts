/**
 * The sidebar page as an `HtmlOutput`. The clasp build ships `sidebar.html`
 * as a project file; the paste-in build (`dist/paste/Code.gs`, one file, no
 * HTML file beside it) inlines the page as a string, which the build puts in
 * `__SIDEBAR_HTML__` (`null` in the clasp build).
 */
declare const __SIDEBAR_HTML__: string | null;

/** The built sidebar page, from the project file or from the inlined string. */
export function sidebarOutput(): GoogleAppsScript.HTML.HtmlOutput {
  // The build folds this test away: each file keeps one branch and one copy of the page.
  if (__SIDEBAR_HTML__ === null) return HtmlService.createHtmlOutputFromFile('sidebar');
  return HtmlService.createHtmlOutput(__SIDEBAR_HTML__);
}
