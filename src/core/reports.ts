/**
 * The sheets the add-on writes, as plain tables: values, number formats,
 * bold cells and chart specifications. The server writes each table with one
 * `setValues` and a constant number of format calls.
 *
 * Every text cell gets the plain-text format `@`, so that text from the
 * user's sheet (a client named `=HYPERLINK(…)` or `+33 6…`) stays text.
 */
import type { AnalysedClient, GroupStats, PortfolioAnalysis } from './analysis';
import { itemAt } from './arrays';
import type { Cell } from './cells';
import { describeMessage } from './i18n/describe';
import {
  formatDecimal,
  formatPercent,
  formatSharePercent,
  sheetDateFormat,
  sheetPercentFormat,
} from './i18n/localeFormat';
import { reportText, type ReportTextKey } from './i18n/reportTexts';
import { tableHeader, type TableHeaderKey } from './i18n/tableHeaders';
import type { MessageParams } from './i18n/textTable';
import type { AbcRule } from './abc';
import { pointsText, type PointsTextKey } from './i18n/pointsTexts';
import { fillMessage, messageValues } from './mailMerge';
import type { PointsScale } from './points';
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
  /** 0-based series drawn as dashed lines (reference lines), if any. */
  dashedSeries?: number[];
  /** Axis titles and number formats: the horizontal axis, then one entry per vertical axis (left, right). */
  axes?: { h: ChartAxis; v: ChartAxis[] };
}

/** An axis title and the number format of its labels (a sheet number format, e.g. `0%`). */
export interface ChartAxis {
  title: string;
  format: string;
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
  score: '0',
  general: 'General',
  twoDecimals: '0.00',
} as const;

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
    formats.push(cells.map((cell, k) => (typeof cell === 'string' ? '@' : itemAt(columns, k).format)));
    bold.push(columns.map(() => false));
  }
  return { values, formats, bold, frozenRows: 1, charts: [] };
}

/** Contact columns present in the source. */
function contactColumns(mapping: ColumnMapping, lang: Lang): Array<ColumnSpec<AnalysedClient>> {
  const columns: Array<ColumnSpec<AnalysedClient>> = [];
  if (mapping.email !== null)
    columns.push({ header: tableHeader('email', lang), format: '@', value: (c) => textOf(c.email) });
  if (mapping.phone !== null)
    columns.push({ header: tableHeader('phone', lang), format: '@', value: (c) => textOf(c.phone) });
  return columns;
}

/** First-name and last-name columns present in the source. */
function nameColumns(mapping: ColumnMapping, lang: Lang): Array<ColumnSpec<AnalysedClient>> {
  const columns: Array<ColumnSpec<AnalysedClient>> = [];
  if (mapping.firstName !== null)
    columns.push({ header: tableHeader('firstName', lang), format: '@', value: (c) => textOf(c.firstName) });
  if (mapping.lastName !== null)
    columns.push({ header: tableHeader('lastName', lang), format: '@', value: (c) => textOf(c.lastName) });
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
    columns.push({
      header: h('lastPurchase'),
      format: sheetDateFormat(lang),
      value: (c) => (c.lastDay === null ? '' : { day: c.lastDay }),
    });
  }
  columns.push(
    { header: h('daysSince'), format: FORMAT.integer, value: (c) => c.recencyDays },
    { header: h('purchases'), format: FORMAT.integer, value: (c) => c.purchases },
    { header: h('amount'), format: FORMAT.money, value: (c) => c.amount },
    { header: h('averageBasket'), format: FORMAT.money, value: (c) => c.averageBasket },
    ...(analysis.scorecard ? pointsColumns(analysis.scorecard.withTypes, lang) : scoreColumns(lang)),
    { header: h('abc'), format: '@', value: (c) => c.abc },
    { header: h('clientValue'), format: FORMAT.money, value: (c) => c.value },
    { header: h('action'), format: '@', value: (c) => c.action.action },
  );
  return tableOf(analysis.clients, columns);
}

/** The RFM score columns: R, F, M, code and segment. */
function scoreColumns(lang: Lang): Array<ColumnSpec<AnalysedClient>> {
  const h = (key: TableHeaderKey) => tableHeader(key, lang);
  return [
    { header: h('r'), format: FORMAT.score, value: (c) => c.scores.r },
    { header: h('f'), format: FORMAT.score, value: (c) => c.scores.f },
    { header: h('m'), format: FORMAT.score, value: (c) => c.scores.m },
    { header: h('code'), format: FORMAT.score, value: (c) => c.code },
    { header: h('segment'), format: '@', value: (c) => c.segment },
  ];
}

/** The points-scale columns: points per criterion (T with product types), total and class. */
function pointsColumns(withTypes: boolean, lang: Lang): Array<ColumnSpec<AnalysedClient>> {
  const p = (key: PointsTextKey) => pointsText(lang, key);
  const points = (value: number | null | undefined): ReportCell => value ?? '';
  const columns: Array<ColumnSpec<AnalysedClient>> = [
    { header: p('rPoints'), format: FORMAT.general, value: (c) => points(c.points?.r) },
    { header: p('fPoints'), format: FORMAT.general, value: (c) => points(c.points?.f) },
    { header: p('mPoints'), format: FORMAT.general, value: (c) => points(c.points?.m) },
  ];
  if (withTypes) columns.push({ header: p('tPoints'), format: FORMAT.general, value: (c) => points(c.points?.t) });
  columns.push(
    { header: p('totalPoints'), format: FORMAT.general, value: (c) => points(c.points?.total) },
    { header: p('pointsClass'), format: '@', value: (c) => c.segment },
  );
  return columns;
}

/** Header of the segment column: "Class" with the points scale, "Segment" otherwise. */
export function segmentHeader(analysis: PortfolioAnalysis, lang: Lang): string {
  return analysis.scorecard ? pointsText(lang, 'pointsClass') : tableHeader('segment', lang);
}

/** Extra ordering and a note column for the Actions sheet (the value-to-come notes): lower rank first. */
export interface ActionNotes {
  header: string;
  rank: (client: AnalysedClient) => number;
  note: (client: AnalysedClient) => string;
}

/**
 * The Actions sheet, ready for mail merge: one row per client, segments in
 * priority order, clients by value at stake (largest first), with the
 * objective, action, channel and a personalised message (placeholders of
 * mailMerge.ts; `greeting` gives what `{{client}}` stands for, the client's
 * name by default).
 */
export function actionsTable(
  analysis: PortfolioAnalysis,
  mapping: ColumnMapping,
  lang: Lang,
  notes?: ActionNotes,
  greeting: (client: AnalysedClient) => string = (client) => textOf(client.name),
): SheetTable {
  const t = (key: ReportTextKey) => reportText(lang, key);
  const rank = notes ? notes.rank : () => 0;
  const sorted = [...analysis.clients].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.action.priority - b.action.priority ||
      a.segment.localeCompare(b.segment) ||
      b.value - a.value ||
      a.row - b.row,
  );
  const columns: Array<ColumnSpec<AnalysedClient>> = [
    {
      header: t('priority'),
      format: FORMAT.integer,
      value: (c) => (c.action.priority < Number.MAX_SAFE_INTEGER ? c.action.priority : ''),
    },
    { header: segmentHeader(analysis, lang), format: '@', value: (c) => c.segment },
    { header: t('objective'), format: '@', value: (c) => c.action.objective },
    { header: t('action'), format: '@', value: (c) => c.action.action },
    { header: t('channel'), format: '@', value: (c) => c.action.channel },
    { header: tableHeader('client', lang), format: '@', value: (c) => textOf(c.name) },
    ...nameColumns(mapping, lang),
    ...contactColumns(mapping, lang),
    ...(mapping.type !== null
      ? [{ header: tableHeader('productType', lang), format: '@', value: (c: AnalysedClient) => c.types }]
      : []),
    { header: tableHeader('abc', lang), format: '@', value: (c) => c.abc },
    { header: t('valueAtStake'), format: FORMAT.money, value: (c) => c.value },
    { header: tableHeader('daysSince', lang), format: FORMAT.integer, value: (c) => c.recencyDays },
    { header: tableHeader('amount', lang), format: FORMAT.money, value: (c) => c.amount },
    {
      header: t('message'),
      format: '@',
      value: (c) => fillMessage(c.action.message, messageValues(c, greeting(c), lang)),
    },
  ];
  if (notes) columns.push({ header: notes.header, format: '@', value: notes.note });
  return tableOf(sorted, columns);
}

/** Settings shown in the Summary sheet. */
export interface SummarySettings {
  asOfDay: number;
  binning: Binning;
  method: ScoreMethod;
  /** The ABC convention and shares used, stated under the Pareto sentence. */
  abc?: { rule: AbcRule; aShare: number; bShare: number };
}

const RULE_TEXT: Record<AbcRule, PointsTextKey> = {
  reach: 'abcRuleReach',
  within: 'abcRuleWithin',
  clients: 'abcRuleClients',
};

/** "ABC rule used: within – A: … within 80 %, B within 95 %". */
function abcRuleSentence(abc: NonNullable<SummarySettings['abc']>, lang: Lang): string {
  const rule = pointsText(lang, RULE_TEXT[abc.rule], {
    a: formatSharePercent(lang, abc.aShare),
    b: formatSharePercent(lang, abc.bShare),
  });
  return pointsText(lang, 'abcRuleUsed', { rule });
}

/** A scale's entries as text, one cell each: "30 → 3", "Bijoux → 4", "13 → Très bon client". */
function scaleCells(scale: PointsScale, lang: Lang): string[] {
  const entry = (value: unknown) => (typeof value === 'number' ? formatDecimal(lang, value) : String(value));
  const firsts: unknown[] = scale.kind === 'numeric' ? scale.bounds : scale.labels;
  return firsts.map((first, k) =>
    pointsText(lang, 'boundAndPoints', { bound: entry(first), points: entry(scale.values[k]) }),
  );
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
    const pad = <T>(rows: T[][], fill: T) =>
      rows.map((row) => [...row, ...new Array<T>(width - row.length).fill(fill)]);
    return {
      values: pad(this.rows, ''),
      formats: pad(this.formats, FORMAT.general),
      bold: pad(this.bold, false),
      frozenRows: 0,
      charts: [],
    };
  }
}

/** Formats of a group row: name, clients, % clients, revenue, % revenue, average basket. */
function groupFormats(lang: Lang): string[] {
  const percent = sheetPercentFormat(lang);
  return ['@', FORMAT.integer, percent, FORMAT.money, percent, FORMAT.money];
}

function groupRow(group: GroupStats): ReportCell[] {
  return [group.name, group.clients, group.clientShare, group.revenue, group.revenueShare, group.averageBasket];
}

/** Label of the scoring method in the Summary sheet. */
function methodText(settings: SummarySettings, lang: Lang): string {
  if (settings.binning.kind === 'grid') return reportText(lang, 'gridLabel');
  const key: Record<ScoreMethod, ReportTextKey> = { quantile: 'quantileLabel', rfm: 'rfmLabel', ntile: 'ntileLabel' };
  return reportText(lang, 'methodWithClasses', {
    classes: settings.binning.n,
    method: reportText(lang, key[settings.method]),
  });
}

/**
 * Rows under the Pareto curve drawing the lesson's lines: x (% clients), then
 * blank curve, 20 %-of-clients line and 80 %-of-revenue line columns.
 */
const PARETO_LINES: ReportCell[][] = [
  [0.2, '', 0, ''],
  [0.2, '', 1, ''],
  [0, '', '', 0.8],
  [1, '', '', 0.8],
];

/** The "Points scale used" block: method, one row per criterion (entries "bound → points"), weights and classes. */
function addScaleUsed(b: SummaryBuilder, scorecard: NonNullable<PortfolioAnalysis['scorecard']>, lang: Lang): void {
  const t = (key: ReportTextKey) => reportText(lang, key);
  const p = (key: PointsTextKey) => pointsText(lang, key);
  const { scales, weights, classes } = scorecard.settings;
  b.add([pointsText(lang, 'scaleUsed', { sheet: scorecard.sheet })], [], true);
  b.add([t('methodLabel'), p('pointsMethod')]);
  b.add([t('recencyAxis'), ...scaleCells(scales.r, lang)]);
  b.add([t('frequencyAxis'), ...scaleCells(scales.f, lang)]);
  b.add([t('monetaryAxis'), ...scaleCells(scales.m, lang)]);
  if (scorecard.withTypes && scales.t) b.add([p('typeAxis'), ...scaleCells(scales.t, lang)]);
  const weightList = scorecard.withTypes
    ? [weights.r, weights.f, weights.m, weights.t]
    : [weights.r, weights.f, weights.m];
  b.add([p('weightsLabel'), ...weightList], ['@', ...weightList.map(() => FORMAT.general)]);
  b.add([p('classesLabel'), ...scaleCells(classes, lang)]);
}

/**
 * The Summary sheet: headline figures, per segment and per ABC class
 * (clients, % clients, revenue, % revenue, average basket), the thresholds
 * used, the Pareto curve, rows left out, and two charts (Pareto curve;
 * clients and revenue per segment).
 */
export function summaryTable(analysis: PortfolioAnalysis, settings: SummarySettings, lang: Lang): SheetTable {
  const t = (key: ReportTextKey, params?: MessageParams) => reportText(lang, key, params);
  const b = new SummaryBuilder();
  b.add([t('summaryTitle')], [], true);
  b.add([t('asOf'), { day: settings.asOfDay }], ['@', sheetDateFormat(lang)]);
  b.add([t('clients'), analysis.clients.length], ['@', FORMAT.integer]);
  b.add([t('revenue'), analysis.revenue], ['@', FORMAT.money]);
  b.add([
    t('paretoSentence', {
      clients: formatPercent(lang, analysis.pareto.clientShare),
      revenue: formatPercent(lang, analysis.pareto.revenueShare),
    }),
  ]);
  if (settings.abc) b.add([abcRuleSentence(settings.abc, lang)]);
  b.blank();
  const groupHeader = [
    segmentHeader(analysis, lang),
    t('clients'),
    t('clientShare'),
    t('revenue'),
    t('revenueShare'),
    t('averageBasket'),
  ];
  b.add([analysis.scorecard ? pointsText(lang, 'byClass') : t('bySegment')], [], true);
  const segmentHeaderRow = b.add(groupHeader, [], true);
  analysis.segments.forEach((group) => b.add(groupRow(group), groupFormats(lang)));
  b.blank();
  b.add([t('byAbc')], [], true);
  b.add([t('abcClass'), ...groupHeader.slice(1)], [], true);
  analysis.abc.forEach((group) => b.add(groupRow(group), groupFormats(lang)));
  b.blank();
  if (analysis.scorecard) {
    addScaleUsed(b, analysis.scorecard, lang);
  } else {
    b.add([t('thresholds')], [], true);
    b.add([t('methodLabel'), methodText(settings, lang)]);
    const thresholdRow = (label: string, values: number[], format: string) =>
      b.add([label, ...values], ['@', ...values.map(() => format)]);
    thresholdRow(t('recencyAxis'), analysis.thresholds.r, FORMAT.twoDecimals);
    thresholdRow(t('frequencyAxis'), analysis.thresholds.f, FORMAT.twoDecimals);
    thresholdRow(t('monetaryAxis'), analysis.thresholds.m, FORMAT.money);
  }
  b.blank();
  b.add([t('paretoCurve')], [], true);
  const curveHeaderRow = b.add(
    [t('clientShare'), t('revenueShare'), pointsText(lang, 'lineClients'), pointsText(lang, 'lineRevenue')],
    [],
    true,
  );
  const percent = sheetPercentFormat(lang);
  analysis.curve.forEach((point) => b.add([point.clientShare, point.revenueShare], [percent, percent]));
  // The lesson's two lines: 20 % of clients (vertical) and 80 % of revenue (horizontal), each a series of two points.
  const percents = [percent, percent, percent, percent];
  for (const point of PARETO_LINES) b.add(point, percents);
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
      ranges: [[curveHeaderRow, 1, analysis.curve.length + PARETO_LINES.length + 1, 4]],
      anchor: [1, chartColumn],
      secondAxis: false,
      dashedSeries: [1, 2],
      axes: { h: { title: t('clientShare'), format: '0%' }, v: [{ title: t('revenueShare'), format: '0%' }] },
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
      axes: {
        h: { title: tableHeader('segment', lang), format: '@' },
        v: [
          { title: t('clients'), format: '0' },
          { title: t('revenue'), format: '#,##0' },
        ],
      },
    },
  ];
  return table;
}

/**
 * A settings sheet (rules, catalogue, points scale) from its rows: header bold and frozen, text cells `@`,
 * numbers in `numberFormat` (whole numbers by default).
 */
export function settingsTable(rows: readonly Cell[][], numberFormat: string = FORMAT.integer): SheetTable {
  const width = Math.max(...rows.map((row) => row.length));
  const values = rows.map((row) => [...row, ...new Array<Cell>(width - row.length).fill('')]);
  return {
    values,
    formats: values.map((row) => row.map((cell) => (typeof cell === 'string' ? '@' : numberFormat))),
    bold: values.map((row, i) => row.map(() => i === 0)),
    frozenRows: 1,
    charts: [],
  };
}
