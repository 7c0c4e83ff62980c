/**
 * Conditional format rules: `SpreadsheetApp.newConditionalFormatRule()`,
 * its builder, and the rule list of a sheet (`Sheet.setConditionalFormatRules`
 * replaces the whole list, as in Apps Script). Modelled conditions:
 * `whenTextEqualTo`; formats: background and font colour. Rules are recorded,
 * not rendered (cells keep their own background).
 */
import { formatA1, type GridRect } from './a1.ts';
import { emulatorError, signatureMismatch } from './errors.ts';
import { EmulatorObject, unwrap } from './objectModel.ts';
import { RangeModel } from './range.ts';
import type { SheetModel } from './sheet.ts';

/** A rule as plain data (ranges in A1 notation of their sheet). */
export interface ConditionalFormatDescription {
  ranges: string[];
  condition: 'TEXT_EQUAL_TO';
  values: string[];
  background: string | null;
  fontColor: string | null;
}

interface RuleState {
  condition: { kind: 'TEXT_EQUAL_TO'; values: string[] } | null;
  background: string | null;
  fontColor: string | null;
  ranges: Array<{ sheet: SheetModel; rect: GridRect }>;
}

export class ConditionalFormatRuleBuilderModel extends EmulatorObject {
  readonly _className = 'ConditionalFormatRuleBuilder';
  readonly _state: RuleState = { condition: null, background: null, fontColor: null, ranges: [] };

  whenTextEqualTo(text: string): ConditionalFormatRuleBuilderModel {
    if (typeof text !== 'string')
      throw signatureMismatch('SpreadsheetApp.ConditionalFormatRuleBuilder.whenTextEqualTo', [text]);
    this._state.condition = { kind: 'TEXT_EQUAL_TO', values: [text] };
    return this;
  }

  setBackground(color: string | null): ConditionalFormatRuleBuilderModel {
    if (color !== null && typeof color !== 'string')
      throw signatureMismatch('SpreadsheetApp.ConditionalFormatRuleBuilder.setBackground', [color]);
    this._state.background = color;
    return this;
  }

  setFontColor(color: string | null): ConditionalFormatRuleBuilderModel {
    if (color !== null && typeof color !== 'string')
      throw signatureMismatch('SpreadsheetApp.ConditionalFormatRuleBuilder.setFontColor', [color]);
    this._state.fontColor = color;
    return this;
  }

  setRanges(ranges: RangeModel[]): ConditionalFormatRuleBuilderModel {
    const list = Array.isArray(ranges) ? ranges.map((range) => unwrap(range)) : null;
    if (!list || !list.every((range) => range instanceof RangeModel)) {
      throw signatureMismatch('SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges', [ranges]);
    }
    this._state.ranges = list.map((range) => ({ sheet: range._sheet, rect: { ...range._rect } }));
    return this;
  }

  /** Sheets refuses a rule without a condition, ranges or any format. */
  build(): ConditionalFormatRuleModel {
    const { condition, ranges, background, fontColor } = this._state;
    if (condition === null) throw emulatorError('ConditionalFormatRuleBuilder.build: no condition (whenTextEqualTo…)');
    if (ranges.length === 0) throw emulatorError('ConditionalFormatRuleBuilder.build: no range (setRanges)');
    if (background === null && fontColor === null)
      throw emulatorError('ConditionalFormatRuleBuilder.build: no format (setBackground, setFontColor)');
    return new ConditionalFormatRuleModel({
      condition: { kind: condition.kind, values: [...condition.values] },
      background,
      fontColor,
      ranges: ranges.map((range) => ({ sheet: range.sheet, rect: { ...range.rect } })),
    });
  }
}

export class ConditionalFormatRuleModel extends EmulatorObject {
  readonly _className = 'ConditionalFormatRule';

  constructor(readonly _state: RuleState) {
    super();
  }

  getRanges(): RangeModel[] {
    return this._state.ranges.map((range) => new RangeModel(range.sheet, { ...range.rect }));
  }

  /** The condition and its format (every modelled rule has one). */
  getBooleanCondition(): BooleanConditionModel {
    return new BooleanConditionModel(this._state);
  }

  _describe(): ConditionalFormatDescription {
    const condition = this._state.condition ?? { kind: 'TEXT_EQUAL_TO' as const, values: [] };
    return {
      ranges: this._state.ranges.map((range) => formatA1(range.rect)),
      condition: condition.kind,
      values: [...condition.values],
      background: this._state.background,
      fontColor: this._state.fontColor,
    };
  }
}

/** `Sheet.setConditionalFormatRules(rules)`: the list must hold built rules over ranges of that sheet. */
export function checkedRules(sheet: SheetModel, rules: unknown): ConditionalFormatRuleModel[] {
  const list = Array.isArray(rules) ? rules.map((rule) => unwrap(rule)) : null;
  if (!list || !list.every((rule) => rule instanceof ConditionalFormatRuleModel)) {
    throw signatureMismatch('SpreadsheetApp.Sheet.setConditionalFormatRules', [rules]);
  }
  for (const rule of list) {
    if (rule._state.ranges.some((range) => range.sheet !== sheet)) {
      throw emulatorError('setConditionalFormatRules: a rule covers a range of another sheet');
    }
  }
  return list;
}

/** `BooleanCondition`: the criteria type is Apps Script's `SpreadsheetApp.BooleanCriteria` name. */
export class BooleanConditionModel extends EmulatorObject {
  readonly _className = 'BooleanCondition';

  constructor(readonly _state: RuleState) {
    super();
  }

  /** `TEXT_EQ` for `whenTextEqualTo`. */
  getCriteriaType(): string {
    return 'TEXT_EQ';
  }

  getCriteriaValues(): string[] {
    return [...(this._state.condition?.values ?? [])];
  }

  getBackground(): string | null {
    return this._state.background;
  }

  getFontColor(): string | null {
    return this._state.fontColor;
  }
}
