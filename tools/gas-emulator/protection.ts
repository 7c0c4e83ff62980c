/**
 * Sheet protection (`Sheet.protect()`, `Sheet.getProtections(type)`): a
 * protected sheet (range protections are not modelled) with a description, warning-only mode and unprotected
 * ranges. Editors and domain edit are not modelled (they throw, as every
 * missing member): the emulator has no users.
 */
import { emulatorError, signatureMismatch } from './errors.ts';
import { EmulatorObject, unwrap } from './objectModel.ts';
import { RangeModel } from './range.ts';

/** `SpreadsheetApp.ProtectionType` */
export const PROTECTION_TYPES = Object.freeze({ RANGE: 'RANGE', SHEET: 'SHEET' });

/** What a protection needs from its sheet. */
export interface ProtectedSheet {
  _protections: ProtectionModel[];
  _name: string;
}

export class ProtectionModel extends EmulatorObject {
  readonly _className = 'Protection';
  _description = '';
  _warningOnly = false;
  _unprotected: RangeModel[] = [];

  constructor(
    readonly _sheet: ProtectedSheet,
    readonly _type: string,
  ) {
    super();
  }

  getProtectionType(): string {
    return this._type;
  }

  setDescription(description: unknown): ProtectionModel {
    if (typeof description !== 'string') throw signatureMismatch('Protection.setDescription', [description]);
    this._description = description;
    return this;
  }

  getDescription(): string {
    return this._description;
  }

  /** Warning-based protection: everyone may edit after confirming a warning. */
  setWarningOnly(warningOnly: unknown): ProtectionModel {
    if (typeof warningOnly !== 'boolean') throw signatureMismatch('Protection.setWarningOnly', [warningOnly]);
    this._warningOnly = warningOnly;
    return this;
  }

  isWarningOnly(): boolean {
    return this._warningOnly;
  }

  /** The ranges left editable inside the protected sheet; they must be on that sheet. */
  setUnprotectedRanges(ranges: unknown): ProtectionModel {
    // Array elements arrive as the script's proxies: unwrap them to reach the ranges.
    const raw = Array.isArray(ranges) ? ranges.map((range: unknown) => unwrap(range)) : null;
    if (raw === null || !raw.every((range) => range instanceof RangeModel))
      throw signatureMismatch('Protection.setUnprotectedRanges', [ranges]);
    if ((raw as RangeModel[]).some((range) => (range._sheet as unknown) !== this._sheet)) {
      throw emulatorError('Protection.setUnprotectedRanges: every range must be on the protected sheet');
    }
    this._unprotected = raw as RangeModel[];
    return this;
  }

  getUnprotectedRanges(): RangeModel[] {
    return [...this._unprotected];
  }

  remove(): void {
    const index = this._sheet._protections.indexOf(this);
    if (index >= 0) this._sheet._protections.splice(index, 1);
  }
}
