/**
 * The sidebar's analysis, end to end and pure: source rows → clients →
 * scores, segments, ABC classes, client value and action → summaries.
 */
import type { ActionEntry } from './actions';
import { itemAt } from './arrays';
import { positiveTotal, type AbcRule } from './abc';
import { clientValue } from './clientValue';
import { YEAR_DAYS } from './days';
import { PortfolioError } from './errors';
import { cumulativeRevenue, paretoShareOf } from './pareto';
import { scorePortfolio, type ClientScores } from './portfolio';
import type { SegmentRule } from './segments';
import type { ClientPoints } from './points';
import type { PointsSettings } from './pointsSheet';
import { scoreClients } from './scorecard';
import { catalogueLookup } from './editableSheets';
import { readSourceRows, type SkippedSourceRow, type SourceClient, type SourceOptions } from './sourceRows';
import type { AbcClass, Binning, Lang, ScoreMethod, Thresholds } from './types';
import type { Cell, DateOrder } from './cells';

/** Everything the analysis needs besides the rows. */
export interface AnalysisOptions extends SourceOptions {
  lang: Lang;
  binning: Binning;
  method: ScoreMethod;
  aShare: number;
  bShare: number;
  /** ABC convention (default `reach`). */
  abcRule?: AbcRule;
  /** The "Points scale" method: the scale sheet's settings and name. Clients then get a class instead of a segment. */
  points?: { settings: PointsSettings; sheet: string } | null;
  rules: readonly SegmentRule[];
  /** Segment of clients matching no rule. */
  others: string;
  catalogue: readonly ActionEntry[];
}

/** One analysed client. */
export interface AnalysedClient extends SourceClient, ClientScores {
  /** Amount / purchases; 0 without purchases. */
  averageBasket: number;
  /** Expected revenue over one year: average basket × purchases per year (CLIENT_VALUE with years = 1). */
  value: number;
  /** Points per criterion and total with the "Points scale" method, else null. */
  points: ClientPoints | null;
  action: ActionEntry;
}

/** Figures of a group of clients (a segment or an ABC class). */
export interface GroupStats {
  name: string;
  clients: number;
  clientShare: number;
  revenue: number;
  revenueShare: number;
  purchases: number;
  averageBasket: number;
}

/** The result of an analysis. */
export interface PortfolioAnalysis {
  clients: AnalysedClient[];
  skipped: SkippedSourceRow[];
  thresholds: Thresholds;
  classes: { r: number; f: number; m: number };
  /** Segments with at least one client, in rule order (then "others"). */
  segments: GroupStats[];
  /** Classes A, B and C, always all three. */
  abc: GroupStats[];
  /** Share of clients in class A and their share of revenue. */
  pareto: { clientShare: number; revenueShare: number };
  /** Pareto curve, 0 %..100 % of clients in steps of 5 %. */
  curve: Array<{ clientShare: number; revenueShare: number }>;
  /** Revenue: the sum of the positive client amounts (returns netted per client, negative totals count as 0). */
  revenue: number;
  dateOrder: DateOrder;
  periodDays: number;
  /** With the "Points scale" method: its settings, the sheet read and whether product types were scored; else null. */
  scorecard: { settings: PointsSettings; sheet: string; withTypes: boolean } | null;
}

/** Client value over one year, from the observed purchases over `periodDays` (a year at least). */
function yearlyValue(client: SourceClient, averageBasket: number, periodDays: number): number {
  const years = Math.max(periodDays / YEAR_DAYS, 1);
  return clientValue({
    averageBasket: Math.max(averageBasket, 0),
    purchasesPerYear: client.purchases / years,
    years: 1,
  });
}

/** What a group adds up while its clients are counted. */
interface GroupTotals {
  clients: number;
  revenue: number;
  purchases: number;
}

/**
 * Figures of each group out of all `clients` making `revenue`, groups in the
 * order of `order` (names not in `order` come last). As in ABC and Pareto, a
 * client whose amount is 0 or negative brings no revenue. One pass, no member lists.
 */
function groupStats(
  clients: readonly AnalysedClient[],
  nameOf: (c: AnalysedClient) => string,
  order: readonly string[],
  revenue: number,
): GroupStats[] {
  const groups = new Map<string, GroupTotals>(order.map((name) => [name, { clients: 0, revenue: 0, purchases: 0 }]));
  for (const client of clients) {
    const name = nameOf(client);
    let group = groups.get(name);
    if (group === undefined) {
      group = { clients: 0, revenue: 0, purchases: 0 };
      groups.set(name, group);
    }
    group.clients += 1;
    if (client.amount > 0) group.revenue += client.amount;
    group.purchases += client.purchases;
  }
  return [...groups].map(([name, group]) => ({
    name,
    clients: group.clients,
    clientShare: clients.length > 0 ? group.clients / clients.length : 0,
    revenue: group.revenue,
    revenueShare: revenue !== 0 ? group.revenue / revenue : 0,
    purchases: group.purchases,
    averageBasket: group.purchases > 0 ? group.revenue / group.purchases : 0,
  }));
}

/**
 * Analyses the data rows of a source (header excluded). Throws `noClients`
 * when no row can be read, `allAmountsZero` when no client has a positive amount.
 */
export function analysePortfolio(rows: readonly (readonly Cell[])[], options: AnalysisOptions): PortfolioAnalysis {
  const source = readSourceRows(rows, options);
  if (source.clients.length === 0) throw new PortfolioError('noClients');
  const scored = scorePortfolio(source.figures, options);
  const withTypes = options.mapping.type !== null;
  const card = options.points
    ? scoreClients(source.clients, options.points.settings, withTypes, options.lang, options.points.sheet)
    : null;
  const actionOf = catalogueLookup(options.catalogue, options.lang);
  const clients: AnalysedClient[] = source.clients.map((client, i) => {
    const averageBasket = client.purchases > 0 ? client.amount / client.purchases : 0;
    const segment = card ? (card.classes[i] ?? '') : itemAt(scored.segments, i);
    // Fields listed one by one: spreading two objects into a literal of 16
    // fields leaves V8 with slow (dictionary) objects, several times slower to read.
    return {
      row: client.row,
      name: client.name,
      email: client.email,
      phone: client.phone,
      firstName: client.firstName,
      lastName: client.lastName,
      types: client.types,
      lastDay: client.lastDay,
      recencyDays: client.recencyDays,
      purchases: client.purchases,
      amount: client.amount,
      scores: itemAt(scored.scores, i),
      code: itemAt(scored.codes, i),
      segment,
      abc: itemAt(scored.abc, i),
      averageBasket,
      value: yearlyValue(client, averageBasket, source.periodDays),
      points: card ? (card.points[i] ?? null) : null,
      action: actionOf(segment),
    };
  });
  const revenue = positiveTotal(source.figures.amount);
  const segmentOrder = options.points
    ? options.points.settings.classes.values.map(String).reverse()
    : [...options.rules.map((rule) => rule.segment), options.others];
  const segments = groupStats(clients, (c) => c.segment, segmentOrder, revenue).filter((group) => group.clients > 0);
  const abcOrder: AbcClass[] = ['A', 'B', 'C'];
  const abc = groupStats(clients, (c) => c.abc, abcOrder, revenue);
  const classA = itemAt(abc, 0);
  const cumulative = cumulativeRevenue(source.figures.amount);
  const curve = Array.from({ length: 21 }, (_, k) => ({
    clientShare: k / 20,
    revenueShare: paretoShareOf(cumulative, k / 20),
  }));
  return {
    clients,
    skipped: source.skipped,
    thresholds: scored.thresholds,
    classes: scored.classes,
    segments,
    abc,
    pareto: { clientShare: classA.clientShare, revenueShare: classA.revenueShare },
    curve,
    revenue,
    dateOrder: source.dateOrder,
    periodDays: source.periodDays,
    scorecard: options.points
      ? { ...options.points, withTypes: withTypes && options.points.settings.scales.t !== undefined }
      : null,
  };
}

/**
 * Notes to show when the scores cannot tell the clients apart: a single
 * client, or clients whose figures are all the same (they all share one code).
 */
export function scoreSpreadNotes(analysis: PortfolioAnalysis): Array<'noteSingleClient' | 'noteIdenticalClients'> {
  const [first, ...others] = analysis.clients;
  if (first === undefined || others.length === 0) return ['noteSingleClient'];
  const identical = others.every(
    (c) => c.recencyDays === first.recencyDays && c.purchases === first.purchases && c.amount === first.amount,
  );
  return identical ? ['noteIdenticalClients'] : [];
}
