/**
 * The small bar chart of the summary: clients per segment, one horizontal
 * bar per segment with its name above and its count at the end. Built with
 * DOM calls only (names are user-editable segment names).
 */
import type { GroupSummary } from '../src/server/api';
import { svg } from './dom';

/** Width of the drawing in SVG units; it scales to the sidebar's width. */
const WIDTH = 280;
/** Height of one segment's row: name, then bar. */
const ROW = 30;
const BAR_HEIGHT = 10;
/** Room kept right of the longest bar for its count. */
const COUNT_ROOM = 44;

/**
 * @param segments in the server's order (priority order of the scheme)
 * @param label accessible name of the chart
 * @param formatCount formats a count for the user's language
 */
export function segmentChart(
  segments: readonly GroupSummary[],
  label: string,
  formatCount: (count: number) => string,
): SVGSVGElement {
  const height = Math.max(segments.length, 1) * ROW;
  const chart = svg(
    'svg',
    { class: 'chart', viewBox: `0 0 ${WIDTH} ${height}`, width: '100%', role: 'img', 'aria-label': label },
    svg('title', {}, label),
  );
  const most = Math.max(1, ...segments.map((segment) => segment.clients));
  segments.forEach((segment, index) => {
    const top = index * ROW;
    const barWidth = segment.clients === 0 ? 0 : Math.max(2, ((WIDTH - COUNT_ROOM) * segment.clients) / most);
    chart.append(
      svg('text', { x: 0, y: top + 11, class: 'chart-name' }, segment.name),
      svg('rect', { x: 0, y: top + 15, width: barWidth.toFixed(1), height: BAR_HEIGHT, rx: 2, class: 'chart-bar' }),
      svg('text', { x: (barWidth + 4).toFixed(1), y: top + 24, class: 'chart-count' }, formatCount(segment.clients)),
    );
  });
  return chart;
}
