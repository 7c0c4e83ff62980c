/**
 * The JSON contract between the preview server and its page: what the page
 * shows of the emulated spreadsheet, and how errors travel. Plain data only.
 */
import type { Lang } from '../../src/core/types';

/** How a cell's value reads: it decides the alignment (numbers and dates right, booleans centred). */
export type CellKind = 'blank' | 'text' | 'number' | 'date' | 'boolean';

/** One cell as the grid shows it. */
export interface CellView {
  /** The text Sheets would show (number format and locale applied). */
  text: string;
  kind: CellKind;
  bold?: true;
  /** CSS colour, only when not white. */
  background?: string;
  /** The formula typed in this cell (a custom function of the add-on, evaluated by the preview). */
  formula?: string;
  /** The formula's error message: the cell shows `#ERROR!`, the message on hover, as in Sheets. */
  error?: string;
}

/** One series of a chart: a header and its numbers (`null` for a blank or text cell). */
export interface ChartSeriesView {
  label: string;
  values: Array<number | null>;
  /** 0 = left axis, 1 = right axis (`series.N.targetAxisIndex`). */
  axis: 0 | 1;
  /** The cells carry a percent format: ticks are shown as percents. */
  percent: boolean;
  /** Drawn dashed (`series.N.lineDashStyle`): a reference line such as the Pareto chart's 20 % / 80 % lines. */
  dashed: boolean;
}

/** A chart recorded by the emulator, with the data of the cells its ranges point to. */
export interface ChartView {
  /** `LINE`, `COLUMN`, … as recorded (`Charts.ChartType`). */
  type: string;
  title: string;
  /** Anchor cell (1-based) and offsets in pixels, as `setPosition` recorded them. */
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  /** The first column: category labels as displayed, and their numbers when they all are numbers. */
  domain: { label: string; labels: string[]; numbers: number[] | null; percent: boolean };
  series: ChartSeriesView[];
}

/** The active sheet, capped to what the page renders. */
export interface SheetView {
  name: string;
  /** Last row and column holding a value (`getLastRow`, `getLastColumn`). */
  lastRow: number;
  lastColumn: number;
  /** `min(lastRow, row cap)` rows × `min(lastColumn, column cap)` columns. */
  cells: CellView[][];
  frozenRows: number;
  /** Width in pixels of each column of `cells` and of the blank columns the page adds (index 0 = column A). */
  columnWidths: number[];
  charts: ChartView[];
}

/** Everything the page needs to draw itself. */
export interface WorkbookView {
  /** Increases with every change of the spreadsheet or the session. */
  version: number;
  /** Name of the file shown (`boutique-clients.xlsx`, an upload's name). */
  fileName: string;
  /** Id of the example shown, `null` for another file. */
  example: ExampleId | null;
  /** Spreadsheet locale (`fr_FR`, `en_US`) and the language it gives. */
  locale: string;
  lang: Lang;
  /** Visible sheets, in order. */
  sheets: string[];
  active: SheetView;
  /** Title the add-on gave its sidebar (`showSidebar`). */
  sidebarTitle: string;
  /** The sidebar panel shown: the analysis, or the Exercise panel (menu *Create an exercise…*). */
  panel: SidebarPanel;
  /** Whether the spreadsheet holds an exercise (its hidden Settings sheet): the exercise workbooks can be downloaded. */
  exercise: boolean;
  /** Largest upload accepted, in bytes. */
  maxUploadBytes: number;
}

/** The sidebar panels the page can show. */
export type SidebarPanel = 'analysis' | 'exercise';

/** The example workbooks the page offers. */
export type ExampleId = 'boutique' | 'salesLog';

/** An error answer: a stable code and the message in both languages. */
export interface ErrorReply {
  error: { code: string; message: Record<Lang, string> };
}

/** `type` of the message the sidebar frame posts to the page after each answered `google.script.run` call. */
export const SCRIPT_RUN_MESSAGE = 'client-portfolio-preview:script-run';

/** Spreadsheet locales the language switch offers. */
export const PREVIEW_LOCALES = ['fr_FR', 'en_US'] as const;
export type PreviewLocale = (typeof PREVIEW_LOCALES)[number];
