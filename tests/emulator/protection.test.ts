/**
 * Data validation lists and sheet protection in the emulator, as the Apps
 * Script reference describes them: builders, per-cell rules in the range's
 * shape, warning-only protection with unprotected ranges.
 */
import { describe, expect, it } from 'vitest';
import { createMemorySpreadsheet, createServices } from '../../tools/gas-emulator/index.ts';

function setup() {
  const ss = createMemorySpreadsheet({
    sheets: [
      {
        name: 'Work',
        values: [
          ['Client', 'Class'],
          ['Ann', ''],
          ['Bob', ''],
        ],
      },
      { name: 'Other' },
    ],
  });
  return { ss, SpreadsheetApp: createServices(ss).SpreadsheetApp };
}

describe('data validation', () => {
  it('builds a list rule with a drop-down, allowing invalid data unless told otherwise', () => {
    const { SpreadsheetApp } = setup();
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(['A', 'B', 'C'], true)
      .setHelpText('Pick a class')
      .build();
    expect(rule.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([['A', 'B', 'C'], true]);
    expect(rule.getAllowInvalid()).toBe(true);
    expect(rule.getHelpText()).toBe('Pick a class');
    expect(
      SpreadsheetApp.newDataValidation().requireValueInList(['A']).setAllowInvalid(false).build().getAllowInvalid(),
    ).toBe(false);
  });

  it('refuses a rule without criteria and arguments of the wrong type', () => {
    const { SpreadsheetApp } = setup();
    expect(() => SpreadsheetApp.newDataValidation().build()).toThrow(/no criteria/);
    expect(() => SpreadsheetApp.newDataValidation().requireValueInList('A,B' as unknown as string[])).toThrow();
  });

  it('stores one rule per cell, in the range’s shape, and removes them with null', () => {
    const { ss, SpreadsheetApp } = setup();
    const sheet = ss.getSheetByName('Work')!;
    const rule = SpreadsheetApp.newDataValidation().requireValueInList(['A', 'B']).build();
    sheet.getRange(2, 2, 2, 1).setDataValidation(rule);
    expect(sheet.getRange(3, 2).getDataValidation()?.getCriteriaValues()).toEqual([['A', 'B'], true]);
    expect(sheet.getRange(1, 2).getDataValidation()).toBeNull();
    expect(
      sheet
        .getRange(1, 2, 3, 1)
        .getDataValidations()
        .map((row) => row[0] === null),
    ).toEqual([true, false, false]);
    expect(() => sheet.getRange(2, 2, 2, 1).setDataValidations([[rule]])).toThrow(
      'The number of rows in the data does not match',
    );
    sheet.getRange(2, 2, 2, 1).setDataValidations([[null], [rule]]);
    expect(
      sheet
        .getRange(2, 2, 2, 1)
        .getDataValidations()
        .map((row) => row[0]?.getCriteriaType() ?? null),
    ).toEqual([null, 'VALUE_IN_LIST']);
    sheet.getRange(2, 2, 2, 1).setDataValidation(null);
    expect(sheet.getRange(2, 2).getDataValidation()).toBeNull();
  });
});

describe('sheet protection', () => {
  it('protects a sheet with a warning only, leaving ranges editable, and gives back the same protection', () => {
    const { ss, SpreadsheetApp } = setup();
    const sheet = ss.getSheetByName('Work')!;
    const protection = sheet.protect().setDescription('Exercise').setWarningOnly(true);
    protection.setUnprotectedRanges([sheet.getRange('B2:B3')]);
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
    const found = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0]!;
    expect(found.isWarningOnly()).toBe(true);
    expect(found.getDescription()).toBe('Exercise');
    expect(found.getProtectionType()).toBe(SpreadsheetApp.ProtectionType.SHEET);
    expect(found.getUnprotectedRanges().map((range) => range.getA1Notation())).toEqual(['B2:B3']);
    expect(sheet.protect().getDescription()).toBe('Exercise');
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toEqual([]);
    found.remove();
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toEqual([]);
  });

  it('refuses unprotected ranges of another sheet', () => {
    const { ss } = setup();
    const protection = ss.getSheetByName('Work')!.protect();
    expect(() => protection.setUnprotectedRanges([ss.getSheetByName('Other')!.getRange('A1')])).toThrow(
      /protected sheet/,
    );
  });
});
