/**
 * The functions the sidebar calls through `google.script.run`:
 * `getSourceInfo` (step 1 and defaults of step 2) and `runAnalysis` (step 3).
 */
import { analysePortfolio, scoreSpreadNotes, type GroupStats } from '../core/analysis';
import { checkSettings, defaultSettings, type AnalysisSettings } from '../core/analysisSettings';
import { isoFromDay } from '../core/days';
import { describeMessage } from '../core/i18n/describe';
import { formatMessage } from '../core/i18n/messages';
import { actionsTable, clientsTable, summaryTable } from '../core/reports';
import { columnOf } from '../core/sheetLayout';
import { tableHeader } from '../core/i18n/tableHeaders';
import { othersName } from '../core/segments';
import { detectShape, proposedMapping } from '../core/sourceLayout';
import { PortfolioError } from '../core/errors';
import { lastDateInColumn, referenceDateAdvice } from '../core/referenceDate';
import { greetingColumn, greetingOf } from '../core/mailMerge';
import type { AbcClass } from '../core/types';
import type { AnalysisResult, GroupSummary, SourceInfo } from './api';
import { historySheets } from './history';
import { adoptOtherLanguageSettings, replacedNames } from './languageSwitch';
import { ownedSheetNames } from './ownedSheets';
import { runServerCall } from './serverCall';
import { readEditableSettings } from './settingsSheets';
import { replaceOwnedSheets } from './sheetWriter';
import { displayText, readSourceTable } from './sourceSheet';

const PREVIEW_ROWS = 5;
const LOCK_WAIT_MS = 30_000;

/** Step 1: the active sheet's table, its detected columns and shape, and default settings. */
export function getSourceInfo(): SourceInfo {
  return runServerCall((context) => {
    const source = readSourceTable();
    const mapping = proposedMapping(source.headers);
    const shape = detectShape(source.rows, mapping);
    const lastDay = mapping.date === null ? null : lastDateInColumn(source.rows, mapping.date, context.dayOf, context.dateOrder);
    const advice = referenceDateAdvice(lastDay, context.today());
    return {
      lang: context.lang,
      sheetName: source.sheetName,
      headerRow: source.headerIndex + 1,
      headers: source.headers,
      preview: source.rows.slice(0, PREVIEW_ROWS).map((row) => row.map((cell) => displayText(cell, context))),
      dataRows: source.rows.length,
      defaults: defaultSettings(mapping, shape, isoFromDay(context.today()), source.sheetName),
      referenceAdvice: advice && { lastDate: isoFromDay(advice.lastDay), daysBefore: advice.daysBefore },
    };
  });
}

function groupSummary(group: GroupStats): GroupSummary {
  const { name, clients, clientShare, revenue, revenueShare, averageBasket } = group;
  return { name, clients, clientShare, revenue, revenueShare, averageBasket };
}

/**
 * Step 3: analyses the source with `settings` and writes the Clients, Actions
 * and Summary sheets (and the settings sheets the first time), under the
 * document lock so that two runs never interleave.
 */
export function runAnalysis(settings: AnalysisSettings): AnalysisResult {
  return runServerCall((context) => {
    const lock = LockService.getDocumentLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) throw new PortfolioError('busy');
    try {
      const { lang } = context;
      const source = readSourceTable(settings.sheetName);
      const asOfDay = checkSettings(settings, source.headers.length);
      const names = ownedSheetNames(lang);
      adoptOtherLanguageSettings(lang);
      const editable = readEditableSettings(settings.scheme, lang, names);
      const analysis = analysePortfolio(source.rows, {
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
        rules: editable.rules,
        others: othersName(settings.scheme, lang),
        catalogue: editable.catalogue,
      });
      const clients = clientsTable(analysis, settings.mapping, lang);
      const greeting = greetingColumn(settings.greeting, source.headers.length);
      const actions = actionsTable(analysis, settings.mapping, lang, (client) => greetingOf(client, source.rows, source.headerIndex + 2, greeting));
      const segmentHeader = tableHeader('segment', lang);
      const segments = [...editable.rules.map((rule) => rule.segment), othersName(settings.scheme, lang)];
      const history = historySheets(analysis, segments, context);
      replaceOwnedSheets(
        [
          {
            name: names.clients, table: clients, replaces: replacedNames(lang, 'clients'),
            layout: { segmentColumn: columnOf(clients, segmentHeader), segments },
          },
          {
            name: names.actions, table: actions, replaces: replacedNames(lang, 'actions'),
            layout: { filter: true, segmentColumn: columnOf(actions, segmentHeader), segments },
          },
          {
            name: names.summary, replaces: replacedNames(lang, 'summary'),
            table: summaryTable(analysis, { asOfDay, binning: settings.binning, method: settings.method }, lang),
          },
          history.movements,
          ...editable.toCreate,
          history.history,
        ],
        context,
      );
      SpreadsheetApp.getActiveSpreadsheet().getSheetByName(names.summary)?.activate();
      const notes = [
        editable.toCreate.length > 0
          ? formatMessage(lang, 'noteSettingsCreated', { sheets: editable.toCreate.map((sheet) => sheet.name).join(', ') })
          : formatMessage(lang, 'noteSettingsRead', { rules: names.rules, catalogue: names.catalogue }),
        ...scoreSpreadNotes(analysis).map((key) => formatMessage(lang, key)),
        ...(history.note ? [history.note] : []),
      ];
      return {
        lang,
        clients: analysis.clients.length,
        revenue: analysis.revenue,
        segments: analysis.segments.map(groupSummary),
        abc: analysis.abc.map((group) => ({ ...groupSummary(group), name: group.name as AbcClass })),
        pareto: analysis.pareto,
        thresholds: analysis.thresholds,
        skipped: analysis.skipped.map((s) => ({ row: s.row, reason: describeMessage(s.key, s.params, lang) })),
        sheets: names,
        notes,
      };
    } finally {
      lock.releaseLock();
    }
  });
}
