/**
 * How an output sheet is laid out so that it reads without resizing: column
 * widths from the content, wrapped long texts, a filter, the segment column
 * coloured by segment. Pure: the server applies the result with one batched
 * call per kind (see `src/server/sheetLayout.ts`).
 *
 * Widths are in pixels, estimated from the number of characters (Sheets'
 * default font, Arial 10, is about 7 px per character), rounded up to a
 * multiple of {@link WIDTH_STEP} so that neighbouring columns often share a
 * width, and kept within [{@link MIN_WIDTH}, {@link MAX_WIDTH}]. Apps Script's
 * `setColumnWidths(start, count, width)` sets one width for several
 * columns: each run of equal neighbouring widths is one call.
 */
import { isDate } from './cells';
import type { ReportCell, SheetTable } from './reports';
import { segmentTone, type SegmentTone } from './segmentTones';

/** Narrowest column, in pixels. */
export const MIN_WIDTH = 60;
/** Widest column, in pixels; longer texts wrap. */
export const MAX_WIDTH = 320;
/** Widths are multiples of this step, in pixels. */
export const WIDTH_STEP = 20;
/** Pixels per character (Arial 10), and the cell's padding. */
const CHAR_PX = 7;
const PADDING_PX = 12;
/** Bold headers are wider by this factor. */
const BOLD_FACTOR = 1.1;

/** `setColumnWidths(startColumn, count, width)`: 1-based start column, number of columns, pixels. */
export type WidthRun = [startColumn: number, count: number, width: number];

/** A conditional colour: cells of `column` equal to `text` get `background`. */
export interface ColourRule {
  text: string;
  background: string;
}

export interface SheetLayout {
  /** Width per column, in pixels. */
  widths: number[];
  /** Runs of equal neighbouring widths, one `setColumnWidths` call each. */
  widthRuns: WidthRun[];
  /** Per column: wrap its cells (its longest text is wider than {@link MAX_WIDTH}). */
  wrap: boolean[];
  /** A filter over the whole table (header row and every row below). */
  filter: boolean;
  /** The 0-based column coloured by segment and its rules, or `null`. */
  colours: { column: number; rules: ColourRule[] } | null;
}

export interface LayoutOptions {
  /** Put a filter on the table. Default false. */
  filter?: boolean;
  /** 0-based column holding segment names, to colour; default none. */
  segmentColumn?: number | null;
  /**
   * The segment names to colour (the scheme's rules, then its fallback), so
   * that a segment keeps its colour from one run to the next and the number
   * of rules does not depend on the data. Default: the names found in the column.
   */
  segments?: readonly string[];
}

/** Background colour per tone (light, so that black text stays readable). */
const TONE_COLOURS: Record<SegmentTone, string> = {
  best: '#b7e1cd',
  growing: '#c9daf8',
  watch: '#fff2cc',
  risk: '#fce5cd',
  gone: '#e6b8af',
  other: '#eeeeee',
};

/** Colours of segments the add-on does not know (names typed by the user), in turn. */
const SPARE_COLOURS = ['#d9d2e9', '#d0e0e3', '#ead1dc', '#fff2cc', '#d9ead3', '#cfe2f3'];

/**
 * One colour per distinct segment name of `names`, in order of first
 * appearance: the colour of its tone (see segmentTones.ts), or for a name of
 * the user's, the spare colours in turn. Blank names get none.
 */
export function segmentColours(names: readonly string[]): ColourRule[] {
  const rules: ColourRule[] = [];
  let spare = 0;
  for (const name of names) {
    if (name.trim() === '' || rules.some((rule) => rule.text === name)) continue;
    const tone = segmentTone(name);
    const background =
      tone === null ? (SPARE_COLOURS[spare++ % SPARE_COLOURS.length] ?? '#eeeeee') : TONE_COLOURS[tone];
    rules.push({ text: name, background });
  }
  return rules;
}

/**
 * Characters a cell shows, estimated: a text's longest line; a number's
 * digits with decimals and thousands separators per its format; a date 10.
 */
export function cellChars(cell: ReportCell, format: string): number {
  if (typeof cell === 'string') return Math.max(0, ...cell.split('\n').map((line) => line.length));
  if (typeof cell === 'number') {
    const decimals = /\.(0+)/.exec(format)?.[1]?.length ?? 0;
    const percent = format.includes('%');
    const digits = String(Math.trunc(Math.abs(percent ? cell * 100 : cell))).length;
    const separators = format.includes(',') ? Math.floor((digits - 1) / 3) : 0;
    return (cell < 0 ? 1 : 0) + digits + separators + (decimals > 0 ? decimals + 1 : 0) + (percent ? 2 : 0);
  }
  if (isDate(cell) || (typeof cell === 'object' && cell !== null && 'day' in cell)) return 10;
  if (typeof cell === 'boolean') return 5;
  return 0;
}

/** Pixels for `chars` characters, rounded up to the step and kept within the bounds. */
export function widthFor(chars: number, bold: boolean): number {
  const pixels = chars * CHAR_PX * (bold ? BOLD_FACTOR : 1) + PADDING_PX;
  const stepped = Math.ceil(pixels / WIDTH_STEP) * WIDTH_STEP;
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, stepped));
}

/** Neighbouring columns of equal width grouped: `[60, 60, 120]` → `[[1, 2, 60], [3, 1, 120]]`. */
export function widthRuns(widths: readonly number[]): WidthRun[] {
  const runs: WidthRun[] = [];
  widths.forEach((width, k) => {
    const last = runs[runs.length - 1];
    if (last && last[2] === width) last[1] += 1;
    else runs.push([k + 1, 1, width]);
  });
  return runs;
}

/**
 * The layout of `table`. A row with a single filled cell (a title, a
 * sentence) does not size its column: Sheets lets such a text run over the
 * empty cells on its right.
 */
export function sheetLayout(table: SheetTable, options: LayoutOptions = {}): SheetLayout {
  const columns = table.values[0]?.length ?? 0;
  const chars = new Array<number>(columns).fill(0);
  const boldChars = new Array<number>(columns).fill(0);
  table.values.forEach((row, i) => {
    const filled = row.filter((cell) => cell !== '' && cell !== null && cell !== undefined).length;
    if (filled <= 1 && columns > 1) return;
    row.forEach((cell, k) => {
      const count = cellChars(cell, table.formats[i]?.[k] ?? 'General');
      if (table.bold[i]?.[k]) boldChars[k] = Math.max(boldChars[k] ?? 0, count);
      else chars[k] = Math.max(chars[k] ?? 0, count);
    });
  });
  const widths = chars.map((count, k) => Math.max(widthFor(count, false), widthFor(boldChars[k] ?? 0, true)));
  const wrap = chars.map((count) => widthFor(count, false) === MAX_WIDTH && count * CHAR_PX + PADDING_PX > MAX_WIDTH);
  const segmentColumn = options.segmentColumn ?? null;
  const colours =
    segmentColumn === null
      ? null
      : {
          column: segmentColumn,
          rules: segmentColours(
            options.segments ?? table.values.slice(1).map((row) => String(row[segmentColumn] ?? '')),
          ),
        };
  return { widths, widthRuns: widthRuns(widths), wrap, filter: options.filter ?? false, colours };
}

/** The 0-based column whose header (first row) is `header`, or `null`. */
export function columnOf(table: SheetTable, header: string): number | null {
  const index = (table.values[0] ?? []).indexOf(header);
  return index < 0 ? null : index;
}
