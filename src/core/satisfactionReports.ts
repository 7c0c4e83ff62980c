/**
 * The satisfaction block of the Summary sheet: NPS and CSAT per segment.
 */
import type { Cell } from './cells';
import { btydText } from './i18n/btydTexts';
import { tableHeader } from './i18n/tableHeaders';
import type { ReportCell, SheetTable } from './reports';
import {
  satisfactionBySegment,
  surveyColumns,
  type GroupSatisfaction,
  type SatisfactionSummary,
} from './satisfactionBySegment';
import type { Lang } from './types';

/** Appends the satisfaction block (one row per segment, then all clients) to the Summary table. */
export function addSatisfactionSummary(table: SheetTable, summary: SatisfactionSummary, lang: Lang): void {
  const width = table.values[0]?.length ?? 6;
  const add = (cells: ReportCell[], formats: string[] = [], bold = false) => {
    const padded = [...cells, ...new Array<ReportCell>(Math.max(width - cells.length, 0)).fill('')];
    table.values.push(padded);
    table.formats.push(padded.map((cell, k) => (typeof cell === 'string' ? '@' : (formats[k] ?? 'General'))));
    table.bold.push(padded.map(() => bold));
  };
  const scale = { scale: String(summary.scale) };
  add([]);
  add([btydText(lang, 'satisfactionTitle')], [], true);
  add(
    [
      tableHeader('segment', lang),
      btydText(lang, 'headerRecommendationAnswers'),
      btydText(lang, 'headerNps'),
      btydText(lang, 'headerSatisfactionAnswers'),
      btydText(lang, 'headerCsat', scale),
      btydText(lang, 'headerAverageScore', scale),
    ],
    [],
    true,
  );
  const row = (group: GroupSatisfaction, name: string, bold: boolean) =>
    add(
      [
        name,
        group.recommendationAnswers,
        group.nps ?? '',
        group.satisfactionAnswers,
        group.csat ?? '',
        group.averageScore ?? '',
      ],
      ['@', '0', '0.0', '0', '0.0%', '0.00'],
      bold,
    );
  summary.segments.forEach((group) => row(group, group.name, false));
  row(summary.all, btydText(lang, 'allClients'), true);
  if (summary.leftOutRows.length > 0) add([btydText(lang, 'answersLeftOut', { rows: summary.leftOutRows.join(', ') })]);
}

/** Where each data row's client is: its sheet row (client tables) or its key (sales logs), to find its segment. */
export interface RowSegments {
  segmentOfRow: (index: number) => string | null;
  segments: readonly string[];
}

/**
 * Adds NPS and CSAT per segment to the Summary table when the header row has a recommendation or a satisfaction
 * column with answers; does nothing otherwise.
 */
export function addSatisfaction(
  table: SheetTable,
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  where: RowSegments,
  firstRow: number,
  decimalComma: boolean,
  lang: Lang,
): void {
  const columns = surveyColumns(headers);
  if (columns.recommendation === null && columns.satisfaction === null) return;
  const summary = satisfactionBySegment(rows, columns, where.segmentOfRow, where.segments, firstRow, decimalComma);
  if (summary) addSatisfactionSummary(table, summary, lang);
}
