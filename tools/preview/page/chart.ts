/**
 * Draws a recorded chart as SVG: a line chart (numeric or category x axis)
 * or a column chart (grouped columns), with a title, gridlines, a left axis,
 * a right axis for series sent there (`targetAxisIndex: 1`), dashed lines
 * for reference series (`lineDashStyle`, e.g. the Pareto chart's 20 % of
 * clients and 80 % of revenue) and a legend at the bottom. Labels come from cells and go in as text nodes only.
 * Other chart types are drawn as column charts.
 */
import { formatNumber, formatPercent } from '../../../src/core/i18n/localeFormat';
import type { Lang } from '../../../src/core/types';
import { svg } from '../../../sidebar/dom';
import type { ChartSeriesView, ChartView } from '../types';
import { at } from '../../indexing';

/** Size of a chart in pixels (Sheets' default embedded chart is 600 × 371). */
export const CHART_WIDTH = 600;
export const CHART_HEIGHT = 371;

/** Sheets' series colours. */
const COLOURS = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1'];
const TICKS = 5;
/** Longest category label drawn; the full text is in the label's tooltip. */
const LABEL_LENGTH = 16;
const MAX_CATEGORY_LABELS = 12;

interface Scale {
  ticks: number[];
  at: (value: number) => number;
}

interface Plot {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function drawChart(chart: ChartView, lang: Lang): SVGSVGElement {
  const twoAxes = chart.series.some((series) => series.axis === 1);
  const numericLine = chart.type === 'LINE' && chart.domain.numbers !== null;
  const plot: Plot = {
    left: 64,
    right: CHART_WIDTH - (twoAxes ? 64 : 24),
    top: 44,
    bottom: CHART_HEIGHT - (numericLine ? 56 : 96),
  };
  const root = svg('svg', {
    class: 'sheet-chart',
    'data-chart-type': chart.type,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    viewBox: `0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`,
    role: 'img',
    'aria-label': chart.title,
  });
  root.append(
    svg('rect', { class: 'chart-background', x: 0, y: 0, width: CHART_WIDTH, height: CHART_HEIGHT }),
    svg('text', { class: 'chart-title', x: 16, y: 26 }, chart.title),
  );
  const left = valueScale(
    chart.series.filter((series) => series.axis === 0),
    plot,
  );
  const right = twoAxes
    ? valueScale(
        chart.series.filter((series) => series.axis === 1),
        plot,
      )
    : null;
  drawValueAxis(root, left, plot, plot.left - 8, 'end', lang, isPercentAxis(chart.series, 0));
  if (right) drawValueAxis(root, right, plot, plot.right + 8, 'start', lang, isPercentAxis(chart.series, 1));
  const scaleOf = (series: ChartSeriesView) => (series.axis === 1 && right ? right : left);
  if (chart.type === 'LINE') drawLines(root, chart, plot, scaleOf, lang);
  else drawColumns(root, chart, plot, scaleOf);
  drawLegend(root, chart.series);
  return root;
}

/** A linear scale from the series' values (and 0) to the plot's height, with round ticks. */
function valueScale(series: ChartSeriesView[], plot: Plot): Scale {
  const values = series.flatMap((s) => s.values.filter((value): value is number => value !== null));
  return linearScale(Math.min(0, ...values), Math.max(0, ...values), plot.bottom, plot.top);
}

/** Maps [min, max] (widened to round ticks) to [from, to] pixels. */
function linearScale(min: number, max: number, from: number, to: number): Scale {
  const ticks = roundTicks(min, max);
  const low = at(ticks, 0);
  const high = at(ticks, ticks.length - 1);
  const span = high - low || 1;
  return { ticks, at: (value) => from + ((value - low) / span) * (to - from) };
}

/** About `TICKS` round values (1, 2 or 5 × 10ⁿ apart) covering [min, max]. */
function roundTicks(min: number, max: number): number[] {
  if (min === max) return max === 0 ? [0, 1] : [Math.min(0, min), Math.max(0, max)];
  const rough = (max - min) / TICKS;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const first = Math.floor(min / step);
  const last = Math.ceil(max / step);
  const ticks: number[] = [];
  for (let n = first; n <= last; n += 1) ticks.push(Number((n * step).toPrecision(12)));
  return ticks;
}

/** An axis label: shares as whole percentages, other values with at most two decimals. */
function tickText(value: number, lang: Lang, percent: boolean): string {
  return percent ? formatPercent(lang, value, 0) : formatNumber(lang, value);
}

function isPercentAxis(series: ChartSeriesView[], axis: 0 | 1): boolean {
  const onAxis = series.filter((s) => s.axis === axis);
  return onAxis.length > 0 && onAxis.every((s) => s.percent);
}

function drawValueAxis(
  root: SVGSVGElement,
  scale: Scale,
  plot: Plot,
  x: number,
  anchor: 'start' | 'end',
  lang: Lang,
  percent: boolean,
): void {
  for (const tick of scale.ticks) {
    const y = scale.at(tick);
    if (anchor === 'end')
      root.append(svg('line', { class: 'chart-gridline', x1: plot.left, x2: plot.right, y1: y, y2: y }));
    root.append(
      svg('text', { class: 'chart-tick', x, y: y + 4, 'text-anchor': anchor }, tickText(tick, lang, percent)),
    );
  }
}

/** Category labels under the plot, slanted, at most `MAX_CATEGORY_LABELS` of them. */
function drawCategoryLabels(
  root: SVGSVGElement,
  labels: string[],
  plot: Plot,
  centreOf: (index: number) => number,
): void {
  const every = Math.ceil(labels.length / MAX_CATEGORY_LABELS);
  labels.forEach((label, index) => {
    if (index % every !== 0) return;
    const x = centreOf(index);
    const y = plot.bottom + 14;
    const shown = label.length > LABEL_LENGTH ? `${label.slice(0, LABEL_LENGTH - 1)}…` : label;
    root.append(
      svg(
        'text',
        { class: 'chart-category', x, y, 'text-anchor': 'end', transform: `rotate(-35 ${x} ${y})` },
        svg('title', {}, label),
        shown,
      ),
    );
  });
}

function drawLines(
  root: SVGSVGElement,
  chart: ChartView,
  plot: Plot,
  scaleOf: (series: ChartSeriesView) => Scale,
  lang: Lang,
): void {
  const numbers = chart.domain.numbers;
  const count = chart.domain.labels.length;
  let xOf: (index: number) => number;
  if (numbers !== null) {
    const x = linearScale(Math.min(...numbers), Math.max(...numbers), plot.left, plot.right);
    xOf = (index) => x.at(at(numbers, index));
    for (const tick of x.ticks) {
      root.append(
        svg(
          'text',
          { class: 'chart-tick', x: x.at(tick), y: plot.bottom + 18, 'text-anchor': 'middle' },
          tickText(tick, lang, chart.domain.percent),
        ),
      );
    }
  } else {
    xOf = (index) =>
      plot.left + (count <= 1 ? (plot.right - plot.left) / 2 : (index * (plot.right - plot.left)) / (count - 1));
    drawCategoryLabels(root, chart.domain.labels, plot, xOf);
  }
  if (chart.domain.label !== '' && numbers !== null) {
    root.append(
      svg(
        'text',
        { class: 'chart-axis-title', x: (plot.left + plot.right) / 2, y: plot.bottom + 36, 'text-anchor': 'middle' },
        chart.domain.label,
      ),
    );
  }
  root.append(svg('line', { class: 'chart-axis', x1: plot.left, x2: plot.right, y1: plot.bottom, y2: plot.bottom }));
  chart.series.forEach((series, s) => {
    const scale = scaleOf(series);
    const points = series.values.flatMap((value, index) =>
      value === null ? [] : [`${xOf(index).toFixed(1)},${scale.at(value).toFixed(1)}`],
    );
    const style = series.dashed
      ? { 'stroke-dasharray': '6 4', 'stroke-width': 1.5, 'data-reference-line': 'true' }
      : { 'stroke-width': 2 };
    root.append(
      svg('polyline', {
        class: 'chart-line',
        points: points.join(' '),
        fill: 'none',
        stroke: COLOURS[s % COLOURS.length],
        ...style,
      }),
    );
  });
}

function drawColumns(
  root: SVGSVGElement,
  chart: ChartView,
  plot: Plot,
  scaleOf: (series: ChartSeriesView) => Scale,
): void {
  const count = Math.max(chart.domain.labels.length, 1);
  const band = (plot.right - plot.left) / count;
  const barWidth = (band * 0.7) / Math.max(chart.series.length, 1);
  const centreOf = (index: number) => plot.left + band * (index + 0.5);
  chart.series.forEach((series, s) => {
    const scale = scaleOf(series);
    const zero = scale.at(0);
    series.values.forEach((value, index) => {
      if (value === null) return;
      const x = centreOf(index) - (barWidth * chart.series.length) / 2 + s * barWidth;
      const y = scale.at(value);
      root.append(
        svg(
          'rect',
          {
            class: 'chart-column',
            x: x.toFixed(1),
            y: Math.min(y, zero).toFixed(1),
            width: barWidth.toFixed(1),
            height: Math.abs(zero - y).toFixed(1),
            fill: COLOURS[s % COLOURS.length],
          },
          svg('title', {}, `${chart.domain.labels[index] ?? ''} — ${series.label}`),
        ),
      );
    });
  });
  root.append(svg('line', { class: 'chart-axis', x1: plot.left, x2: plot.right, y1: plot.bottom, y2: plot.bottom }));
  drawCategoryLabels(root, chart.domain.labels, plot, centreOf);
}

function drawLegend(root: SVGSVGElement, series: ChartSeriesView[]): void {
  const y = CHART_HEIGHT - 14;
  let x = 64;
  series.forEach((s, index) => {
    root.append(
      svg('rect', { class: 'chart-swatch', x, y: y - 9, width: 10, height: 10, fill: COLOURS[index % COLOURS.length] }),
      svg('text', { class: 'chart-legend', x: x + 14, y }, s.label),
    );
    x += 28 + Math.min(s.label.length, 30) * 7;
  });
}
