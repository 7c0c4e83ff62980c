/** Formatting of the bench's markdown tables. */

/** A markdown table: header row, alignment row (numbers right-aligned), body rows. */
export function markdownTable(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  rightAligned: readonly boolean[],
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const alignment = header.map((_, i) => (rightAligned[i] ? '---:' : ':---'));
  return [line(header), line(alignment), ...rows.map(line)].join('\n');
}

/** A whole number with spaces between thousands: 1 000 000. */
export function count(value: number): string {
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** Milliseconds with a precision that suits their size: 0.84 ms, 12.3 ms, 640 ms. */
export function milliseconds(ms: number): string {
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  return `${count(ms)} ms`;
}

/** Rows per second, in millions or thousands: 1.56 M/s, 820 k/s. */
export function rate(rows: number, ms: number): string {
  const perSecond = (rows / ms) * 1000;
  return perSecond >= 1e6 ? `${(perSecond / 1e6).toFixed(2)} M/s` : `${count(perSecond / 1e3)} k/s`;
}

/** ✓ when `ok`, ✗ otherwise. */
export function mark(ok: boolean): string {
  return ok ? '✓' : '✗';
}
