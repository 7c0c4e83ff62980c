/**
 * The sheets the add-on writes, as plain tables: values, number formats,
 * bold cells and chart specifications. The server writes each table with one
 * `setValues` and a constant number of format calls.
 *
 * Every text cell gets the plain-text format `@`, so that text from the
 * user's sheet (a client named `=HYPERLINK(…)` or `+33 6…`) stays text.
 */
import type { AnalysedClient, GroupStats, PortfolioAnalysis } from './analysis';
import type { Cell } from './cells';
import { describeMessage } from './i18n/describe';
import { reportText, type ReportTextKey } from './i18n/reportTexts';
import { tableHeader, type TableHeaderKey } from './i18n/tableHeaders';
import { personalise } from './actions';
import type { ColumnMapping } from './sourceLayout';
import type { Binning, Lang, ScoreMethod } from './types';

/** A date cell, as a day number; the server turns it into a `Date` in the spreadsheet's time zone. */
export interface DayCell {
  day: number;
}

/** A cell of a report: a sheet value or a date. */
export type ReportCell = Cell | DayCell;

/** A chart to insert, over 1-based ranges of its own sheet. */
export interface ChartSpec {
  type: 'LINE' | 'COLUMN';
  title: string;
  /** Ranges as [row, column, rows, columns], 1-based; the first row of each holds headers. */
  ranges: Array<[number, number, number, number]>;
  /** Anchor cell [row, column], 1-based. */
  anchor: [number, number];
  /** Put the second series on a right-hand axis. */
  secondAxis: boolean;
}

/** A sheet's content. */
export interface SheetTable {
  values: ReportCell[][];
  formats: string[][];
  bold: boolean[][];
  frozenRows: number;
  charts: ChartSpec[];
}

const FORMAT = {
  integer: '0',
  money: '#,##0.00',
  percent: '0.0%',
  score: '0',
  general: 'General',
  twoDecimals: '0.00',
} as const;

/** Date format of each language. */
function dateFormat(lang: Lang): string {
  return lang === 'fr' ? 'dd/mm/yyyy' : 'yyyy-mm-dd';
}

/** A column of a table: its header and how each client fills it. */
interface ColumnSpec<T> {
  header: string;
  format: string;
  value: (row: T) => ReportCell;
}

/**
 * The value stored for a cell shown with `format`: money is rounded to cents,
 * so that a sum such as 466.16 is stored as 466.16, not 466.1600000000001
 * (which a download or a copy would show); other cells as they are.
 */
function storedValue(cell: ReportCell, format: string): ReportCell {
  if (format !== FORMAT.money || typeof cell !== 'number') return cell;
  const cents = Math.round(cell * 100) / 100;
  return Number.isFinite(cents) ? cents : cell;
}

/** Builds a table with one header row from column specs; text cells get `@`, money is rounded to cents. */
function tableOf<T>(rows: readonly T[], columns: ReadonlyArray<ColumnSpec<T>>): SheetTable {
  const values: ReportCell[][] = [columns.map((c) => c.header)];
  const formats: string[][] = [columns.map(() => '@')];
  const bold: boolean[][] = [columns.map(() => true)];
  for (const row of rows) {
    const cells = columns.map((c) => storedValue(c.value(row), c.format));
    values.push(cells);
    formats.push(cells.map((cell, k) => (typeof cell === 'string' ? '@' : columns[k].format)));
    bold.push(columns.map(() => false));
  }
  return { values, formats, bold, frozenRows: 1, charts: [] };
}

/** Contact columns present in the source. */
function contactColumns(mapping: ColumnMapping, lang: Lang): Array<ColumnSpec<AnalysedClient>> {
  const columns: Array<ColumnSpec<AnalysedClient>> = [];
  if (mapping.email !== null) columns.push({ header: tableHeader('email', lang), format: '@', value: (c) => textOf(c.email) });
  if (mapping.phone !== null) columns.push({ header: tableHeader('phone', lang), format: '@', value: (c) => textOf(c.phone) });
  return columns;
}

/** A cell as text (names, e-mails and phones are written back as typed, never as numbers or formulas). */
function textOf(cell: Cell): string {
  return cell === null || cell === undefined ? '' : String(cell);
}

/** The Clients sheet: one row per client with every intermediate column. */
export function clientsTable(analysis: PortfolioAnalysis, mapping: ColumnMapping, lang: Lang): SheetTable {
  const h = (key: TableHeaderKey) => tableHeader(key, lang);
  const columns: Array<ColumnSpec<AnalysedClient>> = [
    { header: h('client'), format: '@', value: (c) => textOf(c.name) },
    ...contactColumns(mapping, lang),
  ];
  if (mapping.type !== null) columns.push({ header: h('productType'), format: '@', value: (c) => c.types });
  if (mapping.date !== null) {
    columns.push({ header: h('lastPurchase'), format: dateFormat(lang), value: (c) => (c.lastDay === null ? '' : { day: c.lastDay }) });
  }
  columns.push(
    { header: h('daysSince'), format: FORMAT.integer, value: (c) => c.recencyDays },
    { header: h('purchases'), format: FORMAT.integer, value: (c) => c.purchases },
    { header: h('amount'), format: FORMAT.money, value: (c) => c.amount },
    { header: h('averageBasket'), format: FORMAT.money, value: (c) => c.averageBasket },
    { header: h('r'), format: FORMAT.score, value: (c) => c.scores.r },
    { header: h('f'), format: FORMAT.score, value: (c) => c.scores.f },
    { header: h('m'), format: FORMAT.score, value: (c) => c.scores.m },
    { header: h('code'), format: FORMAT.score, value: (c) => c.code },
    { header: h('segment'), format: '@', value: (c) => c.segment },
    { header: h('abc'), format: '@', value: (c) => c.abc },
    { header: h('clientValue'), format: FORMAT.money, value: (c) => c.value },
    { header: h('action'), format: '@', value: (c) => c.action.action },
  );
  return tableOf(analysis.clients, columns);
}

/**
 * The Actions sheet, ready for mail merge: one row per client, segments in
 * priority order, clients by value at stake (largest first), with the
 * objective, action, channel and a personalised message.
 */
export function actionsTable(analysis: PortfolioAnalysis, mapping: ColumnMapping, lang: Lang): SheetTable {
  const t = (key: ReportTextKey) => reportText(lang, key);
  const sorted = [...analysis.clients].sort(
    (a, b) => a.action.priority - b.action.priority || a.segment.localeCompare(b.segment) || b.value - a.value || a.row - b.row,
  );
  const columns: Array<ColumnSpec<AnalysedClient>> = [
    { header: t('priority'), format: FORMAT.integer, value: (c) => (c.action.priority < Number.MAX_SAFE_INTEGER ? c.action.priority : '') },
    { header: tableHeader('segment', lang), format: '@', value: (c) => c.segment },
    { header: t('objective'), format: '@', value: (c) => c.action.objective },
    { header: t('action'), format: '@', value: (c) => c.action.action },
    { header: t('channel'), format: '@', value: (c) => c.action.channel },
    { header: tableHeader('client', lang), format: '@', value: (c) => textOf(c.name) },
    ...contactColumns(mapping, lang),
    { header: t('valueAtStake'), format: FORMAT.money, value: (c) => c.value },
    { header: tableHeader('daysSince', lang), format: FORMAT.integer, value: (c) => c.recencyDays },
    { header: tableHeader('amount', lang), format: FORMAT.money, value: (c) => c.amount },
    { header: t('message'), format: '@', value: (c) => personalise(c.action.message, textOf(c.name)) },
  ];
  return tableOf(sorted, columns);
}

/** Settings shown in the Summary sheet. */
export interface SummarySettings {
  asOfDay: number;
  binning: Binning;
  method: ScoreMethod;
}

/** Percentage for a sentence, e.g. 0.2 → "20 %" (French) or "20%" (English). */
export function percentText(share: number, lang: Lang): string {
  const value = Math.round(share * 1000) / 10;
  const text = lang === 'fr' ? String(value).replace('.', ',') : String(value);
  return lang === 'fr' ? `${text}\u202f%` : `${text}%`;
}

/** Builds the Summary sheet block by block into one rectangle. */
class SummaryBuilder {
  readonly rows: ReportCell[][] = [];
  readonly formats: string[][] = [];
  readonly bold: boolean[][] = [];

  add(cells: ReportCell[], formats: string[] = [], bold = false): number {
    this.rows.push(cells.map((cell, k) => storedValue(cell, formats[k] ?? FORMAT.general)));
    this.formats.push(cells.map((cell, k) => (typeof cell === 'string' ? '@' : (formats[k] ?? FORMAT.general))));
    this.bold.push(cells.map(() => bold));
    return this.rows.length;
  }

  blank(): void {
    this.add([]);
  }

  table(width: number): SheetTable {
    const pad = <T>(rows: T[][], fill: T) => rows.map((row) => [...row, ...new Array<T>(width - row.length).fill(fill)]);
    return { values: pad(this.rows, ''), formats: pad(this.formats, FORMAT.general), bold: pad(this.bold, false), frozenRows: 0, charts: [] };
  }
}

const GROUP_FORMATS = ['@', FORMAT.integer, FORMAT.percent, FORMAT.money, FORMAT.percent, FORMAT.money];

function groupRow(group: GroupStats): ReportCell[] {
  return [group.name, group.clients, group.clientShare, group.revenue, group.revenueShare, group.averageBasket];
}

/** Label of the scoring method in the Summary sheet. */
function methodText(settings: SummarySettings, lang: Lang): string {
  if (settings.binning.kind === 'grid') return reportText(lang, 'gridLabel');
  const key: Record<ScoreMethod, ReportTextKey> = { quantile: 'quantileLabel', rfm: 'rfmLabel', ntile: 'ntileLabel' };
  return `${settings.binning.n} × ${reportText(lang, key[settings.method])}`;
}

/**
 * The Summary sheet: headline figures, per segment and per ABC class
 * (clients, % clients, revenue, % revenue, average basket), the thresholds
 * used, the Pareto curve, rows left out, and two charts (Pareto curve;
 * clients and revenue per segment).
 */
export function summaryTable(analysis: PortfolioAnalysis, settings: SummarySettings, lang: Lang): SheetTable {
  const t = (key: ReportTextKey, params?: Record<string, string>) => reportText(lang, key, params);
  const b = new SummaryBuilder();
  b.add([t('summaryTitle')], [], true);
  b.add([t('asOf'), { day: settings.asOfDay }], ['@', dateFormat(lang)]);
  b.add([t('clients'), analysis.clients.length], ['@', FORMAT.integer]);
  b.add([t('revenue'), analysis.revenue], ['@', FORMAT.money]);
  b.add([t('paretoSentence', {
    clients: percentText(analysis.pareto.clientShare, lang),
    revenue: percentText(analysis.pareto.revenueShare, lang),
  })]);
  b.blank();
  const groupHeader = [tableHeader('segment', lang), t('clients'), t('clientShare'), t('revenue'), t('revenueShare'), t('averageBasket')];
  b.add([t('bySegment')], [], true);
  const segmentHeaderRow = b.add(groupHeader, [], true);
  analysis.segments.forEach((group) => b.add(groupRow(group), GROUP_FORMATS));
  b.blank();
  b.add([t('byAbc')], [], true);
  b.add([t('abcClass'), ...groupHeader.slice(1)], [], true);
  analysis.abc.forEach((group) => b.add(groupRow(group), GROUP_FORMATS));
  b.blank();
  b.add([t('thresholds')], [], true);
  b.add([t('methodLabel'), methodText(settings, lang)]);
  const thresholdRow = (label: string, values: number[], format: string) =>
    b.add([label, ...values], ['@', ...values.map(() => format)]);
  thresholdRow(t('recencyAxis'), analysis.thresholds.r, FORMAT.twoDecimals);
  thresholdRow(t('frequencyAxis'), analysis.thresholds.f, FORMAT.twoDecimals);
  thresholdRow(t('monetaryAxis'), analysis.thresholds.m, FORMAT.money);
  b.blank();
  b.add([t('paretoCurve')], [], true);
  const curveHeaderRow = b.add([t('clientShare'), t('revenueShare')], [], true);
  analysis.curve.forEach((point) => b.add([point.clientShare, point.revenueShare], [FORMAT.percent, FORMAT.percent]));
  if (analysis.skipped.length > 0) {
    b.blank();
    b.add([t('skippedRows')], [], true);
    b.add([t('row'), t('reason')], [], true);
    analysis.skipped.forEach((s) => b.add([s.row, describeMessage(s.key, s.params, lang)], [FORMAT.integer]));
  }
  const width = Math.max(6, ...b.rows.map((row) => row.length));
  const table = b.table(width);
  const chartColumn = width + 2;
  table.charts = [
    {
      type: 'LINE',
      title: t('paretoChartTitle'),
      ranges: [[curveHeaderRow, 1, analysis.curve.length + 1, 2]],
      anchor: [1, chartColumn],
      secondAxis: false,
    },
    {
      type: 'COLUMN',
      title: t('segmentChartTitle'),
      ranges: [
        [segmentHeaderRow, 1, analysis.segments.length + 1, 2],
        [segmentHeaderRow, 4, analysis.segments.length + 1, 1],
      ],
      anchor: [20, chartColumn],
      secondAxis: true,
    },
  ];
  return table;
}

/** A settings sheet (rules or catalogue) from its rows: header bold and frozen, text cells `@`. */
export function settingsTable(rows: readonly Cell[][]): SheetTable {
  const width = Math.max(...rows.map((row) => row.length));
  const values = rows.map((row) => [...row, ...new Array<Cell>(width - row.length).fill('')]);
  return {
    values,
    formats: values.map((row) => row.map((cell) => (typeof cell === 'string' ? '@' : FORMAT.integer))),
    bold: values.map((row, i) => row.map(() => i === 0)),
    frozenRows: 1,
    charts: [],
  };
}
