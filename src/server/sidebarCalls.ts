/**
 * The functions the sidebar calls through `google.script.run`:
 * `getSourceInfo` (step 1 and defaults of step 2) and `runAnalysis` (step 3).
 */
import { DEFAULT_ABC_RULE } from '../core/abc';
import { analysePortfolio, scoreSpreadNotes, type GroupStats, type PortfolioAnalysis } from '../core/analysis';
import { checkSettings, checkSettingsShape, defaultSettings, type AnalysisSettings } from '../core/analysisSettings';
import { isoFromDay } from '../core/days';
import { describeMessage } from '../core/i18n/describe';
import { formatMessage } from '../core/i18n/messages';
import { pointsText } from '../core/i18n/pointsTexts';
import { actionsTable, clientsTable, segmentHeader, summaryTable } from '../core/reports';
import { addSatisfaction } from '../core/satisfactionReports';
import { saleColumnsOf, segmentsOfRows } from '../core/valueToCome';
import { addValueToCome } from '../core/valueToComeReports';
import { othersName } from '../core/segments';
import { detectShape, proposedMapping, shapeNotes } from '../core/sourceLayout';
import { lastDateInColumn, referenceDateAdvice } from '../core/referenceDate';
import { greetingColumn, greetingOf } from '../core/mailMerge';
import { columnOf } from '../core/sheetLayout';
import type { AbcClass, Lang } from '../core/types';
import type { SheetContext } from '../platform/sheetContext';
import type { AnalysisResult, GroupSummary, SourceInfo } from './api';
import { readEditableSettings, type EditableSettings } from './editableSheets';
import { historySheets } from './history';
import { adoptOtherLanguageSettings, replacedNames } from './languageSwitch';
import { ownedSheetNames, type OwnedSheetNames } from './ownedSheets';
import { readScaleSheet, type ScaleSheetSettings } from './scaleSheet';
import { underDocumentLock } from './documentLock';
import { runServerCall } from './serverCall';
import { replaceOwnedSheets, type OwnedSheet } from './sheetWriter';
import { displayText, readSourceTable, type SourceTable } from './sourceSheet';

const PREVIEW_ROWS = 5;

/** Step 1: the active sheet's table, its detected columns and shape, and default settings. */
export function getSourceInfo(): SourceInfo {
  return runServerCall((context) => {
    const source = readSourceTable();
    const mapping = proposedMapping(source.headers);
    const shape = detectShape(mapping);
    const lastDay =
      mapping.date === null ? null : lastDateInColumn(source.rows, mapping.date, context.dayOf, context.dateOrder);
    const advice = referenceDateAdvice(lastDay, context.today());
    return {
      lang: context.lang,
      sheetName: source.sheetName,
      headerRow: source.headerIndex + 1,
      headers: source.headers,
      preview: source.rows.slice(0, PREVIEW_ROWS).map((row) => row.map((cell) => displayText(cell, context))),
      dataRows: source.rows.length,
      notes: shapeNotes(source.rows, mapping, shape).map((note) => formatMessage(context.lang, note.key, note.params)),
      defaults: defaultSettings(mapping, shape, isoFromDay(context.today()), source.sheetName),
      referenceAdvice: advice && { lastDate: isoFromDay(advice.lastDay), daysBefore: advice.daysBefore },
    };
  });
}

/** The owned sheet names without the points-scale sheet (the sheets of a run that does not use it). */
function withoutScale(names: OwnedSheetNames): Omit<OwnedSheetNames, 'scale'> {
  const { clients, actions, summary, rules, catalogue, history, movements } = names;
  return { clients, actions, summary, rules, catalogue, history, movements };
}

/**
 * The segments of a run in the order the sheets show them (colours, the
 * Movements matrix): the rules' segments then the fallback one, or with the
 * points scale the classes the analysis found.
 */
function segmentOrder(
  analysis: PortfolioAnalysis,
  editable: EditableSettings,
  settings: AnalysisSettings,
  lang: Lang,
): string[] {
  if (analysis.scorecard) return analysis.segments.map((group) => group.name);
  return [...editable.rules.map((rule) => rule.segment), othersName(settings.scheme, lang)];
}

function groupSummary(group: GroupStats): GroupSummary {
  const { name, clients, clientShare, revenue, revenueShare, averageBasket } = group;
  return { name, clients, clientShare, revenue, revenueShare, averageBasket };
}

/** Analyses the source rows with the checked settings and the editable rules and catalogue. */
function analyse(
  source: SourceTable,
  settings: AnalysisSettings,
  asOfDay: number,
  editable: EditableSettings,
  scale: ScaleSheetSettings | null,
  names: OwnedSheetNames,
  context: SheetContext,
): PortfolioAnalysis {
  const { lang } = context;
  return analysePortfolio(source.rows, {
    mapping: settings.mapping,
    shape: settings.shape,
    asOfDay,
    returns: settings.returns,
    reading: { dayOf: context.dayOf, dateOrder: context.dateOrder, decimalComma: context.decimalComma },
    firstRow: source.headerIndex + 2,
    lang,
    binning: settings.binning,
    method: settings.method,
    aShare: settings.aShare,
    bShare: settings.bShare,
    abcRule: settings.abcRule ?? DEFAULT_ABC_RULE,
    points: scale ? { settings: scale.settings, sheet: names.scale } : null,
    rules: editable.rules,
    others: othersName(settings.scheme, lang),
    catalogue: editable.catalogue,
  });
}

/**
 * The Clients, Actions and Summary sheets of `analysis`, each replacing its
 * namesake of the other language. A sales log also gets
 * the value to come (expected purchases, P(alive), predicted value, quadrant)
 * and a source with satisfaction answers the satisfaction per segment; `notes`
 * says what the value to come could not use. The Clients and Actions sheets
 * colour the `segmentNames`; the Actions sheet gets a filter and greets each
 * client by the greeting column chosen in the sidebar.
 */
function reportSheets(
  analysis: PortfolioAnalysis,
  settings: AnalysisSettings,
  asOfDay: number,
  source: SourceTable,
  names: OwnedSheetNames,
  segmentNames: readonly string[],
  context: SheetContext,
): { sheets: OwnedSheet[]; notes: string[] } {
  const { lang } = context;
  const abc = { rule: settings.abcRule ?? DEFAULT_ABC_RULE, aShare: settings.aShare, bShare: settings.bShare };
  const clients = clientsTable(analysis, settings.mapping, lang);
  const summary = summaryTable(analysis, { asOfDay, binning: settings.binning, method: settings.method, abc }, lang);
  const reading = { dayOf: context.dayOf, dateOrder: analysis.dateOrder, decimalComma: context.decimalComma };
  const saleColumns = saleColumnsOf(settings.shape, settings.mapping, reading);
  const future = saleColumns
    ? addValueToCome(source.rows, analysis, saleColumns, asOfDay, lang, { clients, summary })
    : null;
  const firstRow = source.headerIndex + 2;
  const segments = segmentsOfRows(analysis, settings.shape, settings.mapping.client, firstRow, source.rows);
  addSatisfaction(summary, source.headers, source.rows, segments, firstRow, context.decimalComma, lang);
  const greeting = greetingColumn(settings.greeting, source.headers.length);
  const actions = actionsTable(analysis, settings.mapping, lang, future?.actionNotes, (c) =>
    greetingOf(c, source.rows, firstRow, greeting),
  );
  const header = segmentHeader(analysis, lang);
  return {
    sheets: [
      {
        name: names.clients,
        table: clients,
        replaces: replacedNames(lang, 'clients'),
        layout: { segmentColumn: columnOf(clients, header), segments: segmentNames },
      },
      {
        name: names.actions,
        table: actions,
        replaces: replacedNames(lang, 'actions'),
        layout: { filter: true, segmentColumn: columnOf(actions, header), segments: segmentNames },
      },
      { name: names.summary, table: summary, replaces: replacedNames(lang, 'summary') },
    ],
    notes: future?.skippedNote ? [future.skippedNote] : [],
  };
}

/**
 * The notes of a run: where segment rules, actions and the points scale come
 * from (`created`: the editable sheets this run creates), then what the scores can tell.
 */
function runNotes(
  analysis: PortfolioAnalysis,
  created: readonly OwnedSheet[],
  scale: ScaleSheetSettings | null,
  names: OwnedSheetNames,
  lang: Lang,
): string[] {
  return [
    created.length > 0
      ? formatMessage(lang, 'noteSettingsCreated', { sheets: created.map((sheet) => sheet.name).join(', ') })
      : formatMessage(lang, 'noteSettingsRead', { rules: names.rules, catalogue: names.catalogue }),
    ...(scale && scale.toCreate.length === 0 ? [pointsText(lang, 'noteScaleRead', { sheet: names.scale })] : []),
    ...scoreSpreadNotes(analysis).map((key) => formatMessage(lang, key)),
  ];
}

/** What the sidebar shows of a run. */
function analysisResult(
  analysis: PortfolioAnalysis,
  names: AnalysisResult['sheets'],
  notes: string[],
  lang: Lang,
): AnalysisResult {
  return {
    lang,
    clients: analysis.clients.length,
    revenue: analysis.revenue,
    segments: analysis.segments.map(groupSummary),
    abc: analysis.abc.map((group) => ({ ...groupSummary(group), name: group.name as AbcClass })),
    pareto: analysis.pareto,
    // with the points scale, the scale sheet is what scored the clients: no RFM breakpoints to show
    thresholds: analysis.scorecard ? { r: [], f: [], m: [] } : analysis.thresholds,
    skipped: analysis.skipped.map((s) => ({ row: s.row, reason: describeMessage(s.key, s.params, lang) })),
    sheets: names,
    notes,
  };
}

/**
 * Step 3: analyses the source with `settings` and writes the Clients, Actions,
 * Summary and Movements sheets, adds the run to the History sheet (and writes
 * the editable sheets the first time), under the document lock so that two
 * runs never interleave.
 */
export function runAnalysis(settings: AnalysisSettings): AnalysisResult {
  return runServerCall((context) =>
    underDocumentLock(() => {
      const { lang } = context;
      checkSettingsShape(settings);
      const source = readSourceTable(settings.sheetName);
      const asOfDay = checkSettings(settings, source.headers.length);
      const names = ownedSheetNames(lang);
      adoptOtherLanguageSettings(lang);
      const editable = readEditableSettings(settings.scheme, lang, names);
      const scale = settings.scoring === 'points' ? readScaleSheet(names.scale, lang) : null;
      const analysis = analyse(source, settings, asOfDay, editable, scale, names, context);
      const toCreate = [...editable.toCreate, ...(scale?.toCreate ?? [])];
      const segments = segmentOrder(analysis, editable, settings, lang);
      const report = reportSheets(analysis, settings, asOfDay, source, names, segments, context);
      const history = historySheets(analysis, segments, context);
      replaceOwnedSheets([...report.sheets, history.movements, ...toCreate, history.history], context);
      SpreadsheetApp.getActiveSpreadsheet().getSheetByName(names.summary)?.activate();
      const notes = [
        ...runNotes(analysis, toCreate, scale, names, lang),
        ...report.notes,
        ...(history.note ? [history.note] : []),
      ];
      return analysisResult(analysis, scale ? names : withoutScale(names), notes, lang);
    }),
  );
}
