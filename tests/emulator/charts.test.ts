import { describe, expect, it } from 'vitest';
import { createMemorySpreadsheet, createServices } from '../../tools/gas-emulator/index.ts';
import { at } from '../../tools/indexing';

function summary() {
  const ss = createMemorySpreadsheet({
    sheets: [
      {
        name: 'Summary',
        values: [
          ['Share of clients', 'Share of revenue'],
          [0.2, 0.78],
          [1, 1],
        ],
      },
    ],
  });
  const { Charts } = createServices(ss);
  return { ss, sheet: ss.getSheetByName('Summary')!, Charts };
}

describe('embedded charts', () => {
  it('records type, ranges, position and options of an inserted chart', () => {
    const { ss, sheet, Charts } = summary();
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.LINE)
      .addRange(sheet.getRange('A1:B3'))
      .setPosition(2, 5, 10, 20)
      .setOption('title', 'Pareto curve')
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);

    expect(sheet.getCharts()).toHaveLength(1);
    const inserted = at(sheet.getCharts(), 0);
    expect(inserted.getChartId()).toBe(1);
    expect(inserted.getRanges().map((range) => range.getA1Notation())).toEqual(['A1:B3']);
    expect(inserted.getOptions().get('title')).toBe('Pareto curve');
    expect(inserted.getOptions().get('legend')).toBeNull();
    const info = inserted.getContainerInfo();
    expect([info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()]).toEqual([2, 5, 10, 20]);
    expect(ss.emulator.charts('Summary')).toEqual([
      {
        chartId: 1,
        type: 'LINE',
        ranges: ['Summary!A1:B3'],
        options: { title: 'Pareto curve' },
        position: { anchorRow: 2, anchorColumn: 5, offsetX: 10, offsetY: 20 },
      },
    ]);
  });

  it('maps typed-builder setters to options', () => {
    const { ss, sheet } = summary();
    const builder = sheet
      .newChart()
      .asColumnChart()
      .addRange(sheet.getRange('A1:B3')) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder;
    sheet.insertChart(builder.setTitle('Clients per segment').setXAxisTitle('Segment').setStacked().build());
    expect(ss.emulator.charts('Summary')[0]).toMatchObject({
      type: 'COLUMN',
      options: { title: 'Clients per segment', 'hAxis.title': 'Segment', isStacked: true },
    });
  });

  it('refuses to build without a type or a range, and unknown types', () => {
    const { sheet, Charts } = summary();
    expect(() => sheet.newChart().addRange(sheet.getRange('A1:B3')).build()).toThrow(/no chart type/);
    expect(() => sheet.newChart().setChartType(Charts.ChartType.PIE).build()).toThrow(/no range/);
    expect(() => sheet.newChart().setChartType('DONUT' as never)).toThrow(/method signature/);
  });

  it('updates a modified chart and removes charts', () => {
    const { ss, sheet, Charts } = summary();
    sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.BAR).addRange(sheet.getRange('A1:A3')).build());
    const modified = at(sheet.getCharts(), 0)
      .modify()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange('B1:B3'))
      .build();
    sheet.updateChart(modified);
    expect(ss.emulator.charts('Summary').map((chart) => [chart.chartId, chart.type, chart.ranges])).toEqual([
      [1, 'COLUMN', ['Summary!A1:A3', 'Summary!B1:B3']],
    ]);
    sheet.removeChart(at(sheet.getCharts(), 0));
    expect(sheet.getCharts()).toEqual([]);
  });
});
