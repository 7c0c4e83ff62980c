/**
 * Embedded charts: `sheet.newChart()` builders, built charts, their options and
 * position. Nothing is drawn; everything is recorded so tests can check which
 * charts exist, their type and the ranges they read.
 *
 * `build()` refuses a builder without chart type or range (the emulator is
 * stricter than Sheets, which would insert an empty chart). The typed builders
 * of Apps Script (`asLineChart()`, …) are the same builder here; their
 * convenience setters write the matching options: `setTitle` → `title`,
 * `setXAxisTitle` → `hAxis.title`, `setYAxisTitle` → `vAxis.title`,
 * `setLegendPosition` → `legend.position`, `setColors` → `colors`,
 * `setStacked` → `isStacked`, `setPointStyle` → `pointShape`.
 */
import type { GridRect } from './a1.ts';
import { emulatorError, signatureMismatch } from './errors.ts';
import { EmulatorObject } from './objectModel.ts';
import { RangeModel } from './range.ts';
import type { SheetModel } from './sheet.ts';

/** `Charts.ChartType`: the value of each member is its name. */
export const CHART_TYPES = Object.freeze({
  AREA: 'AREA',
  BAR: 'BAR',
  BUBBLE: 'BUBBLE',
  CANDLESTICK: 'CANDLESTICK',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  GAUGE: 'GAUGE',
  GEO: 'GEO',
  HISTOGRAM: 'HISTOGRAM',
  LINE: 'LINE',
  ORG: 'ORG',
  PIE: 'PIE',
  RADAR: 'RADAR',
  SCATTER: 'SCATTER',
  SPARKLINE: 'SPARKLINE',
  STEPPED_AREA: 'STEPPED_AREA',
  TABLE: 'TABLE',
  TIMELINE: 'TIMELINE',
  TREEMAP: 'TREEMAP',
  WATERFALL: 'WATERFALL',
});

/** `Charts.Position` (legend positions). */
export const LEGEND_POSITIONS = Object.freeze({
  BOTTOM: 'BOTTOM',
  IN: 'IN',
  LEFT: 'LEFT',
  NONE: 'NONE',
  RIGHT: 'RIGHT',
  TOP: 'TOP',
});

/** Where a chart sits: anchor cell (1-based) and pixel offsets. */
export interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

/** What a chart holds, shared by builders and built charts. */
interface ChartState {
  type: string | null;
  ranges: { sheet: SheetModel; rect: GridRect }[];
  options: Map<string, unknown>;
  position: ChartPosition;
  numHeaders: number;
  transposed: boolean;
}

function copyState(state: ChartState): ChartState {
  return {
    ...state,
    ranges: state.ranges.map((range) => ({ sheet: range.sheet, rect: { ...range.rect } })),
    options: new Map(state.options),
    position: { ...state.position },
  };
}

export class EmbeddedChartBuilderModel extends EmulatorObject {
  readonly _className = 'EmbeddedChartBuilder';
  readonly _state: ChartState;

  /** `chart` is the chart being modified (`chart.modify()`), `null` for a new one. */
  constructor(
    readonly _sheet: SheetModel,
    readonly _chart: EmbeddedChartModel | null,
  ) {
    super();
    this._state = _chart
      ? copyState(_chart._state)
      : {
          type: null,
          ranges: [],
          options: new Map(),
          position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
          numHeaders: -1,
          transposed: false,
        };
  }

  setChartType(type: string): EmbeddedChartBuilderModel {
    if (typeof type !== 'string' || !(type in CHART_TYPES))
      throw signatureMismatch('Charts.EmbeddedChartBuilder.setChartType', [type]);
    this._state.type = type;
    return this;
  }

  getChartType(): string | null {
    return this._state.type;
  }

  addRange(range: RangeModel): EmbeddedChartBuilderModel {
    if (!(range instanceof RangeModel)) throw signatureMismatch('Charts.EmbeddedChartBuilder.addRange', [range]);
    this._state.ranges.push({ sheet: range._sheet, rect: { ...range._rect } });
    return this;
  }

  removeRange(range: RangeModel): EmbeddedChartBuilderModel {
    const index = this._state.ranges.findIndex(
      (known) => range instanceof RangeModel && known.sheet === range._sheet && sameRect(known.rect, range._rect),
    );
    if (index >= 0) this._state.ranges.splice(index, 1);
    return this;
  }

  clearRanges(): EmbeddedChartBuilderModel {
    this._state.ranges.length = 0;
    return this;
  }

  getRanges(): RangeModel[] {
    return this._state.ranges.map((range) => new RangeModel(range.sheet, { ...range.rect }));
  }

  /** Anchor cell (1-based) and offsets in pixels. */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilderModel {
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    if (!args.every((value) => Number.isInteger(value)) || anchorRowPos < 1 || anchorColPos < 1) {
      throw signatureMismatch('Charts.EmbeddedChartBuilder.setPosition', args);
    }
    this._state.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }

  /** Any Google Charts option (`title`, `series`, `hAxis.title`, …), stored as given. */
  setOption(option: string, value: unknown): EmbeddedChartBuilderModel {
    if (typeof option !== 'string') throw signatureMismatch('Charts.EmbeddedChartBuilder.setOption', [option, value]);
    this._state.options.set(option, structuredClone(value));
    return this;
  }

  setNumHeaders(headers: number): EmbeddedChartBuilderModel {
    this._state.numHeaders = headers;
    return this;
  }

  setTransposeRowsAndColumns(transpose: boolean): EmbeddedChartBuilderModel {
    this._state.transposed = transpose;
    return this;
  }

  asAreaChart(): EmbeddedChartBuilderModel {
    return this.setChartType(CHART_TYPES.AREA);
  }

  asBarChart(): EmbeddedChartBuilderModel {
    return this.setChartType(CHART_TYPES.BAR);
  }

  asColumnChart(): EmbeddedChartBuilderModel {
    return this.setChartType(CHART_TYPES.COLUMN);
  }

  asComboChart(): EmbeddedChartBuilderModel {
    return this.setChartType(CHART_TYPES.COMBO);
  }

  asLineChart(): EmbeddedChartBuilderModel {
    return this.setChartType(CHART_TYPES.LINE);
  }

  asPieChart(): EmbeddedChartBuilderModel {
    return this.setChartType(CHART_TYPES.PIE);
  }

  asScatterChart(): EmbeddedChartBuilderModel {
    return this.setChartType(CHART_TYPES.SCATTER);
  }

  setTitle(chartTitle: string): EmbeddedChartBuilderModel {
    return this.setOption('title', chartTitle);
  }

  setXAxisTitle(title: string): EmbeddedChartBuilderModel {
    return this.setOption('hAxis.title', title);
  }

  setYAxisTitle(title: string): EmbeddedChartBuilderModel {
    return this.setOption('vAxis.title', title);
  }

  setLegendPosition(position: string): EmbeddedChartBuilderModel {
    if (!(position in LEGEND_POSITIONS))
      throw signatureMismatch('Charts.EmbeddedChartBuilder.setLegendPosition', [position]);
    return this.setOption('legend.position', position.toLowerCase());
  }

  setColors(cssValues: string[]): EmbeddedChartBuilderModel {
    return this.setOption('colors', cssValues);
  }

  setStacked(): EmbeddedChartBuilderModel {
    return this.setOption('isStacked', true);
  }

  setPointStyle(style: string): EmbeddedChartBuilderModel {
    return this.setOption('pointShape', style);
  }

  /** A chart ready for `insertChart` (or `updateChart` when built from `modify()`). */
  build(): EmbeddedChartModel {
    if (this._state.type === null)
      throw emulatorError('EmbeddedChartBuilder.build: no chart type set (setChartType or asXxxChart)');
    if (this._state.ranges.length === 0) throw emulatorError('EmbeddedChartBuilder.build: no range added (addRange)');
    return new EmbeddedChartModel(this._sheet, copyState(this._state), this._chart?._id ?? null);
  }
}

export class EmbeddedChartModel extends EmulatorObject {
  readonly _className = 'EmbeddedChart';

  /** `_id` is `null` until the chart is inserted in a sheet. */
  constructor(
    readonly _sheet: SheetModel,
    readonly _state: ChartState,
    public _id: number | null,
  ) {
    super();
  }

  /** Unique across the spreadsheet once inserted; `null` before. */
  getChartId(): number | null {
    return this._id;
  }

  getRanges(): RangeModel[] {
    return this._state.ranges.map((range) => new RangeModel(range.sheet, { ...range.rect }));
  }

  getOptions(): ChartOptionsModel {
    return new ChartOptionsModel(new Map(this._state.options));
  }

  getContainerInfo(): ContainerInfoModel {
    return new ContainerInfoModel({ ...this._state.position });
  }

  getNumHeaders(): number {
    return this._state.numHeaders;
  }

  getTransposeRowsAndColumns(): boolean {
    return this._state.transposed;
  }

  /** A builder pre-filled with this chart; its `build()` result goes to `updateChart`. */
  modify(): EmbeddedChartBuilderModel {
    return new EmbeddedChartBuilderModel(this._sheet, this);
  }
}

export class ChartOptionsModel extends EmulatorObject {
  readonly _className = 'ChartOptions';

  constructor(readonly _options: Map<string, unknown>) {
    super();
  }

  /** The option's value, or `null` when it was never set. */
  get(option: string): unknown {
    return this._options.has(option) ? structuredClone(this._options.get(option)) : null;
  }
}

export class ContainerInfoModel extends EmulatorObject {
  readonly _className = 'ContainerInfo';

  constructor(readonly _position: ChartPosition) {
    super();
  }

  getAnchorRow(): number {
    return this._position.anchorRow;
  }

  getAnchorColumn(): number {
    return this._position.anchorColumn;
  }

  getOffsetX(): number {
    return this._position.offsetX;
  }

  getOffsetY(): number {
    return this._position.offsetY;
  }
}

/** Plain description of an inserted chart (for snapshots and test assertions). */
export interface ChartDescription {
  chartId: number | null;
  type: string | null;
  /** Ranges as `Sheet!A1:B10`. */
  ranges: string[];
  options: Record<string, unknown>;
  position: ChartPosition;
}

/** Describes a chart with plain data. */
export function describeChart(chart: EmbeddedChartModel): ChartDescription {
  return {
    chartId: chart._id,
    type: chart._state.type,
    ranges: chart._state.ranges.map((range) => range.sheet._qualifiedA1(range.rect)),
    options: Object.fromEntries([...chart._state.options].map(([key, value]) => [key, structuredClone(value)])),
    position: { ...chart._state.position },
  };
}

function sameRect(a: GridRect, b: GridRect): boolean {
  return a.row === b.row && a.column === b.column && a.numRows === b.numRows && a.numColumns === b.numColumns;
}
