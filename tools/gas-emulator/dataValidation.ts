/**
 * Data validation (`SpreadsheetApp.newDataValidation()`): only the list rule
 * (`requireValueInList`) is modelled, with `setAllowInvalid` and
 * `setHelpText`; `Range.setDataValidation(s)` stores the built rules per cell.
 * Other criteria are not implemented (they throw, as every missing member).
 */
import { emulatorError, signatureMismatch } from './errors.ts';
import { EmulatorObject } from './objectModel.ts';

/** `SpreadsheetApp.DataValidationCriteria` (the list criteria only are usable here). */
export const DATA_VALIDATION_CRITERIA = Object.freeze({
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
});

interface ValidationState {
  criteria: string | null;
  values: string[];
  showDropdown: boolean;
  allowInvalid: boolean;
  helpText: string | null;
}

/** A built rule; immutable, as in Apps Script (`copy()` gives a builder). */
export class DataValidationModel extends EmulatorObject {
  readonly _className = 'DataValidation';

  constructor(readonly _state: Readonly<ValidationState>) {
    super();
  }

  getCriteriaType(): string {
    return this._state.criteria ?? '';
  }

  /** For a list rule: `[values, showDropdown]`, as Apps Script returns. */
  getCriteriaValues(): unknown[] {
    return [[...this._state.values], this._state.showDropdown];
  }

  getAllowInvalid(): boolean {
    return this._state.allowInvalid;
  }

  getHelpText(): string | null {
    return this._state.helpText;
  }

  copy(): DataValidationBuilderModel {
    return new DataValidationBuilderModel({ ...this._state, values: [...this._state.values] });
  }
}

export class DataValidationBuilderModel extends EmulatorObject {
  readonly _className = 'DataValidationBuilder';
  private readonly _state: ValidationState;

  constructor(state?: ValidationState) {
    super();
    // A new rule allows invalid data (shows a warning) until setAllowInvalid(false), as in Sheets.
    this._state = state ?? { criteria: null, values: [], showDropdown: true, allowInvalid: true, helpText: null };
  }

  /** `requireValueInList(values)` or `requireValueInList(values, showDropdown)`. */
  requireValueInList(values: unknown, showDropdown?: unknown): DataValidationBuilderModel {
    if (
      !Array.isArray(values) ||
      !values.every((value) => typeof value === 'string') ||
      (showDropdown !== undefined && typeof showDropdown !== 'boolean')
    ) {
      throw signatureMismatch('DataValidationBuilder.requireValueInList', [values, showDropdown]);
    }
    this._state.criteria = DATA_VALIDATION_CRITERIA.VALUE_IN_LIST;
    this._state.values = [...(values as string[])];
    this._state.showDropdown = showDropdown ?? true;
    return this;
  }

  setAllowInvalid(allowInvalidData: unknown): DataValidationBuilderModel {
    if (typeof allowInvalidData !== 'boolean')
      throw signatureMismatch('DataValidationBuilder.setAllowInvalid', [allowInvalidData]);
    this._state.allowInvalid = allowInvalidData;
    return this;
  }

  setHelpText(helpText: unknown): DataValidationBuilderModel {
    if (typeof helpText !== 'string') throw signatureMismatch('DataValidationBuilder.setHelpText', [helpText]);
    this._state.helpText = helpText;
    return this;
  }

  build(): DataValidationModel {
    if (this._state.criteria === null)
      throw emulatorError('DataValidationBuilder.build: no criteria set (e.g. requireValueInList)');
    return new DataValidationModel({ ...this._state, values: [...this._state.values] });
  }
}
