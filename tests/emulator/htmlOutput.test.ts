/** HtmlOutput.setContent replaces the page, as in Apps Script, and refuses anything but a string. */
import { describe, expect, it } from 'vitest';
import { createMemorySpreadsheet, createServices } from '../../tools/gas-emulator/index.ts';

describe('HtmlOutput.setContent', () => {
  it('replaces the content and returns the output for chaining', () => {
    const ss = createMemorySpreadsheet();
    const { HtmlService } = createServices(ss, { files: { 'sidebar.html': '<main id="app"></main>' } });
    const output = HtmlService.createHtmlOutputFromFile('sidebar');
    const changed = output.setContent(
      output.getContent().replace('<main id="app"', '<main id="app" data-panel="exercise"'),
    );
    expect(changed.getContent()).toBe('<main id="app" data-panel="exercise"></main>');
    expect(() => output.setContent(42 as unknown as string)).toThrow();
  });
});
