/**
 * The value-to-come parts of the sidebar's sheets, added to the tables of
 * `reports.ts`: four columns of the Clients sheet, the quadrant block and
 * chart of the Summary sheet, and the quadrant-aware notes of the Actions sheet.
 */
import type { AnalysedClient, PortfolioAnalysis } from './analysis';
import type { Cell } from './cells';
import { clientKey } from './clientKey';
import { btydText, type BtydTextKey } from './i18n/btydTexts';
import { formatDecimal, formatPercent } from './i18n/localeFormat';
import { formatMessage } from './i18n/messages';
import { reportText } from './i18n/reportTexts';
import { type ActionNotes, type ReportCell, type SheetTable } from './reports';
import type { Lang } from './types';
import { VALUE_QUADRANTS } from './valueQuadrant';
import {
  forecastValueToCome,
  saleArraysOf,
  type ClientForecast,
  type SaleColumns,
  type ValueToCome,
  type ValueToComeOutcome,
} from './valueToCome';

/** Appends `cells` (with their formats) to row `row` of `table`, bold or not. */
function extendRow(table: SheetTable, row: number, cells: ReportCell[], formats: string[], bold: boolean): void {
  table.values[row]?.push(...cells);
  table.formats[row]?.push(...formats);
  table.bold[row]?.push(...cells.map(() => bold));
}

/**
 * Adds expected purchases (next year), P(alive), predicted value and quadrant to the Clients table, whose data
 * rows follow `forecasts` (the clients of the analysis, in order).
 */
export function addForecastColumns(table: SheetTable, forecasts: readonly ClientForecast[], lang: Lang): void {
  const headers: BtydTextKey[] = [
    'headerExpectedPurchases',
    'headerProbabilityAlive',
    'headerPredictedValue',
    'headerQuadrant',
  ];
  extendRow(
    table,
    0,
    headers.map((key) => btydText(lang, key)),
    headers.map(() => '@'),
    true,
  );
  forecasts.forEach((forecast, i) => {
    extendRow(
      table,
      i + 1,
      [
        forecast.expectedPurchases,
        forecast.probabilityAlive,
        forecast.predictedValue,
        btydText(lang, forecast.quadrant),
      ],
      ['0.00', '0.0%', '#,##0.00', '@'],
      false,
    );
  });
}

/** A number with 3 significant digits for a sentence. */
function significant(value: number, lang: Lang): string {
  return formatDecimal(lang, Number(value.toPrecision(3)));
}

/**
 * Adds the quadrant block (thresholds, fitted parameters, clients per quadrant) and its chart to the Summary table.
 * Without forecasts (`future` null) the block states `reason` and leaves the counts blank: the sheet keeps the same
 * layout and chart whatever the data, so a run makes the same spreadsheet calls.
 */
export function addQuadrantSummary(table: SheetTable, future: ValueToCome | null, reason: string, lang: Lang): void {
  const width = table.values[0]?.length ?? 3;
  const add = (cells: ReportCell[], formats: string[] = [], bold = false) => {
    const padded = [...cells, ...new Array<ReportCell>(Math.max(width - cells.length, 0)).fill('')];
    table.values.push(padded);
    table.formats.push(padded.map((cell, k) => (typeof cell === 'string' ? '@' : (formats[k] ?? 'General'))));
    table.bold.push(padded.map(() => bold));
    return table.values.length;
  };
  add([]);
  add([btydText(lang, 'quadrantTitle')], [], true);
  if (future) {
    const { purchaseModel: bg, spendModel: gg } = future;
    add([
      btydText(lang, 'quadrantThresholds', {
        now: significant(future.thresholds.now, lang),
        future: significant(future.thresholds.future, lang),
      }),
    ]);
    add([
      btydText(lang, 'quadrantModel', {
        r: significant(bg.r, lang),
        alpha: significant(bg.alpha, lang),
        a: significant(bg.a, lang),
        b: significant(bg.b, lang),
        p: significant(gg.p, lang),
        q: significant(gg.q, lang),
        v: significant(gg.v, lang),
      }),
    ]);
  } else {
    add([reason]);
    add([]);
  }
  const headerRow = add(
    [btydText(lang, 'headerQuadrant'), reportText(lang, 'clients'), reportText(lang, 'clientShare')],
    [],
    true,
  );
  const total = future?.forecasts.length ?? 0;
  for (const quadrant of VALUE_QUADRANTS) {
    const clients = future?.quadrants.find((entry) => entry.quadrant === quadrant)?.clients;
    add(
      [btydText(lang, quadrant), clients ?? '', clients === undefined || total === 0 ? '' : clients / total],
      ['@', '0', '0.0%'],
    );
  }
  const chartColumn = width + 2;
  table.charts.push({
    type: 'COLUMN',
    title: btydText(lang, 'quadrantChartTitle'),
    ranges: [[headerRow, 1, VALUE_QUADRANTS.length + 1, 2]],
    anchor: [39, chartColumn],
    secondAxis: false,
  });
}

/**
 * Quadrant-aware notes of the Actions sheet: clients valuable now but probably leaving come first ("call first"),
 * the others keep the catalogue's order and get their quadrant's note.
 */
export function actionNotes(clients: readonly AnalysedClient[], future: ValueToCome, lang: Lang): ActionNotes {
  const byClient = new Map(clients.map((client, i) => [client, future.forecasts[i]]));
  const noteKey: Record<ClientForecast['quadrant'], BtydTextKey> = {
    develop: 'noteDevelop',
    retain: 'noteRetain',
    nurture: 'noteNurture',
    maintain: 'noteMaintain',
  };
  return {
    header: btydText(lang, 'headerNote'),
    rank: (client) => (byClient.get(client)?.atRisk ? 0 : 1),
    note: (client) => {
      const forecast = byClient.get(client);
      if (!forecast) return '';
      return forecast.atRisk
        ? btydText(lang, 'noteUrgent', { alive: formatPercent(lang, forecast.probabilityAlive, 0) })
        : btydText(lang, noteKey[forecast.quadrant]);
    },
  };
}

/** The sidebar note when the forecasts could not be made. */
export function forecastSkippedNote(outcome: Extract<ValueToComeOutcome, { ok: false }>, lang: Lang): string {
  return btydText(lang, 'forecastSkipped', { reason: formatMessage(lang, outcome.key, outcome.params) });
}

/** What the sidebar run needs to add the value to come. */
export interface ValueToComeRun {
  /** The Actions sheet's notes, when the forecasts were made. */
  actionNotes: ActionNotes | undefined;
  /** A note for the sidebar when they could not be made, else null. */
  skippedNote: string | null;
}

/**
 * Forecasts the clients of a sales-log analysis from the source rows and adds the results to its Clients and
 * Summary tables; gives the Actions sheet's notes, or the reason why there is no forecast.
 */
export function addValueToCome(
  rows: readonly (readonly Cell[])[],
  analysis: PortfolioAnalysis,
  columns: SaleColumns,
  asOfDay: number,
  lang: Lang,
  tables: { clients: SheetTable; summary: SheetTable },
): ValueToComeRun {
  const keys = analysis.clients.map((client) => clientKey(client.name));
  const outcome = forecastValueToCome(
    saleArraysOf(rows, columns),
    keys,
    analysis.clients.map((client) => client.value),
    asOfDay,
  );
  if (!outcome.ok) {
    const note = forecastSkippedNote(outcome, lang);
    addQuadrantSummary(tables.summary, null, note, lang);
    return { actionNotes: undefined, skippedNote: note };
  }
  addForecastColumns(tables.clients, outcome.value.forecasts, lang);
  addQuadrantSummary(tables.summary, outcome.value, '', lang);
  return { actionNotes: actionNotes(analysis.clients, outcome.value, lang), skippedNote: null };
}
