/**
 * The charts of a sheet as the page draws them: what the emulator recorded
 * (type, ranges, title, series options, position) and the cells the ranges
 * point to. The ranges are read side by side: the first column is the
 * domain (categories or x values), every other column a series; the first
 * row is the header row when it holds text only (what Sheets guesses too).
 */
import type { MemorySpreadsheet } from '../gas-emulator/index.ts';
import type { ChartSeriesView, ChartView } from './types';
import { at } from '../indexing';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One column of the chart's data: values, display texts, number formats. */
interface DataColumn {
  values: unknown[];
  texts: string[];
  formats: string[];
}

export function chartViews(spreadsheet: MemorySpreadsheet, sheet: Sheet): ChartView[] {
  return spreadsheet.emulator.charts(sheet.getName()).map((chart) => {
    const columns = chart.ranges.flatMap((a1) => columnsOf(spreadsheet.getRange(a1)));
    const hasHeader =
      columns.length > 0 && columns.every((column) => typeof column.values[0] === 'string' && column.values[0] !== '');
    const first = hasHeader ? 1 : 0;
    const [domain, ...seriesColumns] = columns;
    const axes = seriesAxes(chart.options.series);
    const dashed = dashedSeries(chart.options.series);
    const domainValues = domain?.values.slice(first) ?? [];
    return {
      type: chart.type ?? 'COLUMN',
      title: typeof chart.options.title === 'string' ? chart.options.title : '',
      anchorRow: chart.position.anchorRow,
      anchorColumn: chart.position.anchorColumn,
      offsetX: chart.position.offsetX,
      offsetY: chart.position.offsetY,
      domain: {
        label: hasHeader && domain ? at(domain.texts, 0) : '',
        labels: domain?.texts.slice(first) ?? [],
        numbers: domainValues.every((value) => typeof value === 'number') ? (domainValues as number[]) : null,
        percent: domain ? isPercent(domain) : false,
      },
      series: seriesColumns.map((column, index): ChartSeriesView => ({
        label: hasHeader ? at(column.texts, 0) : '',
        values: column.values.slice(first).map((value) => (typeof value === 'number' ? value : null)),
        axis: axes.get(index) ?? 0,
        percent: isPercent(column),
        dashed: dashed.has(index),
      })),
    };
  });
}

function columnsOf(range: GoogleAppsScript.Spreadsheet.Range): DataColumn[] {
  const values = range.getValues();
  const texts = range.getDisplayValues();
  const formats = range.getNumberFormats();
  return Array.from({ length: range.getNumColumns() }, (_, c) => ({
    values: values.map((row) => at(row, c)),
    texts: texts.map((row) => at(row, c)),
    formats: formats.map((row) => at(row, c)),
  }));
}

/** Series index → axis, from the `series` option (`{ 1: { targetAxisIndex: 1 } }`). */
function seriesAxes(option: unknown): Map<number, 0 | 1> {
  const axes = new Map<number, 0 | 1>();
  if (option === null || typeof option !== 'object') return axes;
  for (const [key, settings] of Object.entries(option as Record<string, unknown>)) {
    const target = (settings as { targetAxisIndex?: unknown } | null)?.targetAxisIndex;
    if (target === 1) axes.set(Number(key), 1);
  }
  return axes;
}

/** Indexes of the series given a `lineDashStyle` in the `series` option. */
function dashedSeries(option: unknown): Set<number> {
  const dashed = new Set<number>();
  if (option === null || typeof option !== 'object') return dashed;
  for (const [key, settings] of Object.entries(option as Record<string, unknown>)) {
    if (Array.isArray((settings as { lineDashStyle?: unknown } | null)?.lineDashStyle)) dashed.add(Number(key));
  }
  return dashed;
}

/** The column's data cells (blank cells aside) are formatted as percents. */
function isPercent(column: DataColumn): boolean {
  const formats = column.formats.slice(1).filter((_, row) => column.values[row + 1] !== '');
  return formats.length > 0 && formats.every((format) => format.includes('%'));
}
