/**
 * `Filter`: the one filter a sheet may hold, made by `Range.createFilter()`.
 * Only its range is modelled (no criteria, no hidden rows): enough to check
 * where the add-on puts a filter and that it does not make two.
 */
import { formatA1, type GridRect } from './a1.ts';
import { appsScriptException } from './errors.ts';
import { EmulatorObject } from './objectModel.ts';
import { RangeModel } from './range.ts';
import type { SheetModel } from './sheet.ts';

/** What Sheets says when a sheet already has a filter. */
export const FILTER_EXISTS_MESSAGE = "You can't create a filter in a sheet that already has a filter.";

export class FilterModel extends EmulatorObject {
  readonly _className = 'Filter';

  constructor(
    readonly _sheet: SheetModel,
    readonly _rect: GridRect,
  ) {
    super();
  }

  getRange(): RangeModel {
    return new RangeModel(this._sheet, { ...this._rect });
  }

  /** Removes the filter from its sheet. */
  remove(): void {
    if (this._sheet._filter === this) this._sheet._filter = null;
  }

  /** `Sheet!A1:B10` */
  _describe(): string {
    return formatA1(this._rect);
  }
}

/** `range.createFilter()`: a sheet holds at most one filter. */
export function createFilterOn(range: RangeModel): FilterModel {
  const sheet = range._sheet;
  if (sheet._filter !== null) throw appsScriptException(FILTER_EXISTS_MESSAGE);
  sheet._filter = new FilterModel(sheet, { ...range._rect });
  return sheet._filter;
}
