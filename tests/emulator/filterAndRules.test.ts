import { describe, expect, it } from 'vitest';
import { createMemorySpreadsheet, createServices, loadBundle } from '../../tools/gas-emulator/index.ts';

function actions() {
  const ss = createMemorySpreadsheet({
    sheets: [
      {
        name: 'Actions',
        values: [
          ['Segment', 'Client'],
          ['Champions', 'Ana'],
          ['At risk', 'Bob'],
        ],
      },
      { name: 'Other', values: [['x']] },
    ],
  });
  const { SpreadsheetApp } = createServices(ss);
  return { ss, SpreadsheetApp, sheet: ss.getSheetByName('Actions')! };
}

describe('filters', () => {
  it('puts one filter on a range, readable back and in the snapshot', () => {
    const { ss, sheet } = actions();
    expect(sheet.getFilter()).toBeNull();
    const filter = sheet.getRange('A1:B3').createFilter();
    expect(filter.getRange().getA1Notation()).toBe('A1:B3');
    expect(sheet.getFilter()?.getRange().getA1Notation()).toBe('A1:B3');
    expect(ss.emulator.snapshot('Actions').filter).toBe('A1:B3');
  });

  it('refuses a second filter on the same sheet, as Sheets does, until the first is removed', () => {
    const { sheet } = actions();
    const filter = sheet.getRange('A1:B3').createFilter();
    expect(() => sheet.getRange('A1:A2').createFilter()).toThrow(
      "You can't create a filter in a sheet that already has a filter.",
    );
    filter.remove();
    expect(sheet.getFilter()).toBeNull();
    expect(sheet.getRange('A1:A2').createFilter().getRange().getA1Notation()).toBe('A1:A2');
  });
});

describe('conditional format rules', () => {
  it('records text-equal rules with their colours and ranges, replacing the list on each set', () => {
    const { ss, sheet, SpreadsheetApp } = actions();
    const rule = (text: string, colour: string) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo(text)
        .setBackground(colour)
        .setRanges([sheet.getRange('A2:A3')])
        .build();
    sheet.setConditionalFormatRules([rule('Champions', '#b7e1cd')]);
    sheet.setConditionalFormatRules([rule('Champions', '#b7e1cd'), rule('At risk', '#fce8b2')]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(2);
    expect(
      sheet
        .getConditionalFormatRules()[1]
        ?.getRanges()
        .map((range) => range.getA1Notation()),
    ).toEqual(['A2:A3']);
    const condition = sheet.getConditionalFormatRules()[1]?.getBooleanCondition();
    expect([condition?.getCriteriaType(), condition?.getCriteriaValues(), condition?.getBackground()]).toEqual([
      'TEXT_EQ',
      ['At risk'],
      '#fce8b2',
    ]);
    expect(ss.emulator.snapshot('Actions').conditionalFormats).toEqual([
      { ranges: ['A2:A3'], condition: 'TEXT_EQUAL_TO', values: ['Champions'], background: '#b7e1cd', fontColor: null },
      { ranges: ['A2:A3'], condition: 'TEXT_EQUAL_TO', values: ['At risk'], background: '#fce8b2', fontColor: null },
    ]);
  });

  it('refuses a rule without condition, range or format, and a rule over another sheet', () => {
    const { ss, sheet, SpreadsheetApp } = actions();
    const range = sheet.getRange('A2:A3');
    expect(() => SpreadsheetApp.newConditionalFormatRule().setBackground('#fff').setRanges([range]).build()).toThrow(
      /no condition/,
    );
    expect(() => SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo('x').setBackground('#fff').build()).toThrow(
      /no range/,
    );
    expect(() => SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo('x').setRanges([range]).build()).toThrow(
      /no format/,
    );
    const other = SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('x')
      .setBackground('#fff')
      .setRanges([ss.getSheetByName('Other')!.getRange('A1')])
      .build();
    expect(() => sheet.setConditionalFormatRules([other])).toThrow(/another sheet/);
  });

  it('counts the calls and refuses them in a custom function (read-only document)', () => {
    const ss = createMemorySpreadsheet({ sheets: [{ name: 'Actions', values: [['Segment'], ['Champions']] }] });
    const code = `
      function colour() {
        var sheet = SpreadsheetApp.getActiveSheet();
        var rule = SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo('Champions').setBackground('#b7e1cd')
          .setRanges([sheet.getRange('A2')]).build();
        sheet.setConditionalFormatRules([rule]);
        sheet.getRange('A1:A2').createFilter();
      }`;
    const bundle = loadBundle({ spreadsheet: ss, code, files: {} });
    ss.emulator.resetCalls();
    bundle.call('colour');
    expect(ss.emulator.calls()).toMatchObject({
      'SpreadsheetApp.newConditionalFormatRule': 1,
      'Sheet.setConditionalFormatRules': 1,
      'Range.createFilter': 1,
    });
    expect(() => bundle.callWith({ authMode: 'CUSTOM_FUNCTION' }, 'colour')).toThrow(/permission/);
  });
});
