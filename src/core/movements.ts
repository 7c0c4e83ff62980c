/**
 * What changed since the previous run: an owned history of past runs (run
 * date, client, segment, ABC class), the segment-to-segment matrix between
 * the previous run and this one, and the clients who moved down (from
 * Champions or Loyal to At risk…), to act on first.
 *
 * Clients are matched by their client cell, trimmed and without case.
 * "Down" compares segment tones (segmentTones.ts): a move to a worse tone; a
 * segment the user named in the rules sheet has no tone and never counts as
 * a move down.
 */
import type { AnalysedClient } from './analysis';
import { isBlank, isDate, type Cell, type DayOf } from './cells';
import { formatDay, sheetDateFormat } from './i18n/localeFormat';
import { shopText } from './i18n/shopTexts';
import type { ReportCell, SheetTable } from './reports';
import { segmentTone, toneRank } from './segmentTones';
import type { Lang } from './types';

/** One client of one run, as kept in the history sheet. */
export interface HistoryEntry {
  /** Day number of the run. */
  runDay: number;
  client: string;
  segment: string;
  abc: string;
}

/** The key matching a client across runs. */
export function clientKey(client: string): string {
  return client.trim().toLowerCase();
}

/** The history entries of this run. */
export function runEntries(clients: readonly AnalysedClient[], runDay: number): HistoryEntry[] {
  return clients.map((client) => ({
    runDay,
    client: String(client.name ?? '').trim(),
    segment: client.segment,
    abc: client.abc,
  }));
}

/**
 * Entries read back from the history sheet's rows (header first): a row
 * whose first cell is not a date cell or whose client is blank is skipped
 * (a row the user typed below the table).
 */
export function historyFromRows(rows: readonly (readonly Cell[])[], dayOf: DayOf): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  rows.forEach((row, index) => {
    const [date, client, segment, abc] = row;
    if (index === 0 || !isDate(date) || isBlank(client)) return;
    entries.push({
      runDay: dayOf(date),
      client: String(client).trim(),
      segment: String(segment ?? ''),
      abc: String(abc ?? ''),
    });
  });
  return entries;
}

/** The history after this run: earlier runs kept, a run of the same day replaced by this one. */
export function nextHistory(
  history: readonly HistoryEntry[],
  current: readonly HistoryEntry[],
  runDay: number,
): HistoryEntry[] {
  return [...history.filter((entry) => entry.runDay !== runDay), ...current];
}

/** The latest run before `runDay` (day and entries), or `null` when there is none. */
export function previousRun(
  history: readonly HistoryEntry[],
  runDay: number,
): { day: number; entries: HistoryEntry[] } | null {
  const earlier = history.filter((entry) => entry.runDay < runDay);
  if (earlier.length === 0) return null;
  const day = Math.max(...earlier.map((entry) => entry.runDay));
  return { day, entries: earlier.filter((entry) => entry.runDay === day) };
}

/** A client whose segment got worse since the previous run. */
export interface MoveDown {
  client: AnalysedClient;
  before: string;
}

/** The movements between two runs. */
export interface SegmentMovements {
  /** Segments of the previous run (rows), in `order` first, then as met. */
  from: string[];
  /** Segments of this run (columns), likewise. */
  to: string[];
  /** counts[i][j]: clients in from[i] before and in to[j] now. */
  counts: number[][];
  /** Clients absent from the previous run, per segment of `to`. */
  arrived: number[];
  /** Clients of the previous run absent now, per segment of `from`. */
  left: number[];
  /** Clients who moved down, most urgent action first (priority, then value at stake). */
  down: MoveDown[];
}

/** True when `after` is a worse tone than `before` (both shipped segments). */
export function movedDown(before: string, after: string): boolean {
  const from = segmentTone(before);
  const to = segmentTone(after);
  return from !== null && to !== null && from !== 'other' && to !== 'other' && toneRank(to) > toneRank(from);
}

/** Segment names in `order` first, then the others in order of appearance. */
function ordered(names: readonly string[], order: readonly string[]): string[] {
  const present = new Set(names);
  const result = order.filter((name) => present.has(name));
  for (const name of names) if (!result.includes(name)) result.push(name);
  return result;
}

/**
 * The movements from `previous` (history entries of the previous run) to
 * this run's `clients`; `order` is the segments' order (the scheme's rules).
 */
export function segmentMovements(
  previous: readonly HistoryEntry[],
  clients: readonly AnalysedClient[],
  order: readonly string[],
): SegmentMovements {
  const before = new Map(previous.map((entry) => [clientKey(entry.client), entry.segment]));
  const now = new Set(clients.map((client) => clientKey(String(client.name ?? ''))));
  const from = ordered(
    previous.map((entry) => entry.segment),
    order,
  );
  const to = ordered(
    clients.map((client) => client.segment),
    order,
  );
  const counts = from.map(() => to.map(() => 0));
  const arrived = to.map(() => 0);
  const left = from.map(() => 0);
  const down: MoveDown[] = [];
  for (const client of clients) {
    const segment = before.get(clientKey(String(client.name ?? '')));
    const j = to.indexOf(client.segment);
    if (segment === undefined) {
      arrived[j] = (arrived[j] ?? 0) + 1;
      continue;
    }
    const row = counts[from.indexOf(segment)];
    if (row) row[j] = (row[j] ?? 0) + 1;
    if (movedDown(segment, client.segment)) down.push({ client, before: segment });
  }
  for (const entry of previous) {
    if (now.has(clientKey(entry.client))) continue;
    const i = from.indexOf(entry.segment);
    left[i] = (left[i] ?? 0) + 1;
  }
  down.sort(
    (a, b) =>
      a.client.action.priority - b.client.action.priority ||
      b.client.value - a.client.value ||
      a.client.row - b.client.row,
  );
  return { from, to, counts, arrived, left, down };
}

/** The history sheet: a header, then one row per client and run. */
export function historyTable(entries: readonly HistoryEntry[], lang: Lang): SheetTable {
  const header = (['historyRunDate', 'historyClient', 'historySegment', 'historyAbc'] as const).map((key) =>
    shopText(lang, key),
  );
  const dateFormat = sheetDateFormat(lang);
  const values: ReportCell[][] = [
    header,
    ...entries.map((entry) => [{ day: entry.runDay }, entry.client, entry.segment, entry.abc]),
  ];
  return {
    values,
    formats: values.map((_, i) => (i === 0 ? ['@', '@', '@', '@'] : [dateFormat, '@', '@', '@'])),
    bold: values.map((_, i) => [i === 0, i === 0, i === 0, i === 0]),
    frozenRows: 1,
    charts: [],
  };
}

/**
 * The Movements sheet: a title, the matrix (previous segments in rows, this
 * run's in columns, plus "new client" and "not in this run"), then the
 * clients who moved down with their action first. Without a previous run,
 * a sentence saying movements start at the second run.
 */
export function movementsTable(
  movements: SegmentMovements | null,
  previousDay: number | null,
  runDay: number,
  lang: Lang,
): SheetTable {
  const t = (key: Parameters<typeof shopText>[1], params?: Record<string, string>) => shopText(lang, key, params);
  const rows: ReportCell[][] = [];
  const bold: boolean[] = [];
  const add = (cells: ReportCell[], isBold = false) => {
    rows.push(cells);
    bold.push(isBold);
  };
  if (movements === null || previousDay === null) {
    add([t('movementsNoPrevious')], true);
  } else {
    add([t('movementsTitle', { previous: formatDay(lang, previousDay), current: formatDay(lang, runDay) })], true);
    add([]);
    add([t('movementsMatrix')], true);
    add([t('movementsFrom'), ...movements.to, t('movementsGone')], true);
    movements.from.forEach((segment, i) => add([segment, ...(movements.counts[i] ?? []), movements.left[i] ?? 0]));
    add([t('movementsNew'), ...movements.arrived, '']);
    add([]);
    add([t('movementsDown')], true);
    if (movements.down.length === 0) add([t('movementsNone')]);
    else {
      add(
        [t('movementsPriority'), t('movementsAction'), t('movementsClient'), t('movementsBefore'), t('movementsNow')],
        true,
      );
      for (const { client, before } of movements.down) {
        const priority = client.action.priority < Number.MAX_SAFE_INTEGER ? client.action.priority : '';
        add([priority, client.action.action, String(client.name ?? ''), before, client.segment]);
      }
    }
  }
  const width = Math.max(...rows.map((row) => row.length));
  const values = rows.map((row) => [...row, ...new Array<ReportCell>(width - row.length).fill('')]);
  return {
    values,
    formats: values.map((row) => row.map((cell) => (typeof cell === 'number' ? '0' : '@'))),
    bold: values.map((row, i) => row.map(() => bold[i] ?? false)),
    frozenRows: 0,
    charts: [],
  };
}
