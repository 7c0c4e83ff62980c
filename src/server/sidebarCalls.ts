/**
 * The functions the sidebar calls through `google.script.run`:
 * `getSourceInfo` (step 1 and defaults of step 2) and `runAnalysis` (step 3).
 */
import { analysePortfolio, scoreSpreadNotes, type GroupStats } from '../core/analysis';
import { checkSettings, defaultSettings, type AnalysisSettings } from '../core/analysisSettings';
import { isoFromDay } from '../core/days';
import { describeMessage } from '../core/i18n/describe';
import { formatMessage } from '../core/i18n/messages';
import { pointsText } from '../core/i18n/pointsTexts';
import { actionsTable, clientsTable, summaryTable } from '../core/reports';
import { othersName } from '../core/segments';
import { detectShape, proposedMapping } from '../core/sourceLayout';
import { PortfolioError } from '../core/errors';
import type { AbcClass } from '../core/types';
import type { AnalysisResult, GroupSummary, SourceInfo } from './api';
import { ownedSheetNames, type OwnedSheetNames } from './ownedSheets';
import { runServerCall } from './serverCall';
import { readScaleSheet } from './scaleSheet';
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
    return {
      lang: context.lang,
      sheetName: source.sheetName,
      headerRow: source.headerIndex + 1,
      headers: source.headers,
      preview: source.rows.slice(0, PREVIEW_ROWS).map((row) => row.map((cell) => displayText(cell, context))),
      dataRows: source.rows.length,
      defaults: defaultSettings(mapping, shape, isoFromDay(context.today()), source.sheetName),
    };
  });
}

/** The owned sheet names without the points-scale sheet (the sheets of a run that does not use it). */
function withoutScale(names: OwnedSheetNames): Omit<OwnedSheetNames, 'scale'> {
  const { clients, actions, summary, rules, catalogue } = names;
  return { clients, actions, summary, rules, catalogue };
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
      const editable = readEditableSettings(settings.scheme, lang, names);
      const scale = settings.scoring === 'points' ? readScaleSheet(names.scale, lang) : null;
      const toCreate = [...editable.toCreate, ...(scale?.toCreate ?? [])];
      const abc = { rule: settings.abcRule ?? 'reach', aShare: settings.aShare, bShare: settings.bShare } as const;
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
        abcRule: abc.rule,
        points: scale ? { settings: scale.settings, sheet: names.scale } : null,
        rules: editable.rules,
        others: othersName(settings.scheme, lang),
        catalogue: editable.catalogue,
      });
      replaceOwnedSheets(
        [
          { name: names.clients, table: clientsTable(analysis, settings.mapping, lang) },
          { name: names.actions, table: actionsTable(analysis, settings.mapping, lang) },
          { name: names.summary, table: summaryTable(analysis, { asOfDay, binning: settings.binning, method: settings.method, abc }, lang) },
          ...toCreate,
        ],
        context,
      );
      SpreadsheetApp.getActiveSpreadsheet().getSheetByName(names.summary)?.activate();
      const notes = [
        toCreate.length > 0
          ? formatMessage(lang, 'noteSettingsCreated', { sheets: toCreate.map((sheet) => sheet.name).join(', ') })
          : formatMessage(lang, 'noteSettingsRead', { rules: names.rules, catalogue: names.catalogue }),
        ...(scale && scale.toCreate.length === 0 ? [pointsText(lang, 'noteScaleRead', { sheet: names.scale })] : []),
        ...scoreSpreadNotes(analysis).map((key) => formatMessage(lang, key)),
      ];
      return {
        lang,
        clients: analysis.clients.length,
        revenue: analysis.revenue,
        segments: analysis.segments.map(groupSummary),
        abc: analysis.abc.map((group) => ({ ...groupSummary(group), name: group.name as AbcClass })),
        pareto: analysis.pareto,
        // with the points scale, the scale sheet is what scored the clients: no RFM breakpoints to show
        thresholds: scale ? { r: [], f: [], m: [] } : analysis.thresholds,
        skipped: analysis.skipped.map((s) => ({ row: s.row, reason: describeMessage(s.key, s.params, lang) })),
        sheets: scale ? names : withoutScale(names),
        notes,
      };
    } finally {
      lock.releaseLock();
    }
  });
}
