import { describe, expect, it } from 'vitest';
import { createMemorySpreadsheet, createServices } from '../../tools/gas-emulator/index.ts';

function setup(options: Parameters<typeof createServices>[1] = {}) {
  const ss = createMemorySpreadsheet({ locale: 'fr_FR', sheets: [{ name: 'Clients', values: [['Nom']] }] });
  return { ss, services: createServices(ss, options) };
}

describe('Utilities.formatDate (Java SimpleDateFormat)', () => {
  const { Utilities } = setup().services;
  // 2024-01-15 is a Monday; Paris is UTC+1 in winter, UTC+2 in summer.
  const winter = new Date('2024-01-15T13:05:09.007Z');

  it('formats numeric fields and offsets on the zone wall clock', () => {
    expect(Utilities.formatDate(winter, 'Europe/Paris', 'yyyy-MM-dd HH:mm:ss Z')).toBe('2024-01-15 14:05:09 +0100');
    expect(Utilities.formatDate(winter, 'Europe/Paris', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe(
      '2024-01-15T14:05:09.007+01:00',
    );
    expect(Utilities.formatDate(winter, 'UTC', 'HH:mm X')).toBe('13:05 Z');
    expect(Utilities.formatDate(winter, 'Europe/Paris', 'yy/M/d D u')).toBe('24/1/15 15 1');
  });

  it('formats names, 12-hour clock and quotes', () => {
    expect(Utilities.formatDate(winter, 'Europe/Paris', 'EEE, d MMM yyyy h:mm a')).toBe('Mon, 15 Jan 2024 2:05 PM');
    expect(Utilities.formatDate(winter, 'Europe/Paris', "EEEE d MMMM 'at' HH'h' ''")).toBe(
      "Monday 15 January at 14h '",
    );
  });

  it('crosses midnight with the zone', () => {
    const summerNight = new Date('2024-07-01T23:30:00Z');
    expect(Utilities.formatDate(summerNight, 'Europe/Paris', 'yyyy-MM-dd HH:mm')).toBe('2024-07-02 01:30');
    expect(Utilities.formatDate(summerNight, 'America/New_York', 'yyyy-MM-dd HH:mm Z')).toBe('2024-07-01 19:30 -0400');
  });

  it('throws like Java for unknown letters, and for a non-date', () => {
    expect(() => Utilities.formatDate(winter, 'Europe/Paris', 'yyyy-bb')).toThrow("Illegal pattern character 'b'");
    expect(() => Utilities.formatDate('2024-01-15' as never, 'Europe/Paris', 'yyyy')).toThrow(/method signature/);
  });
});

describe('LockService', () => {
  it('is re-entrant within one execution and freed by releaseLock', () => {
    const ss = createMemorySpreadsheet();
    const held = createServices(ss).LockService.getDocumentLock();
    held.waitLock(1000);
    expect(held.hasLock()).toBe(true);
    // Another lock object of the same (host) execution may take it again.
    const again = createServices(ss).LockService.getDocumentLock();
    expect(again.tryLock(10)).toBe(true);
    held.releaseLock();
    expect(held.hasLock()).toBe(false);
  });
});

describe('members the add-on does not use', () => {
  it('throw "not implemented" instead of pretending to work', () => {
    const { ss, services } = setup();
    const range = ss.getSheetByName('Clients')!.getRange(1, 1);
    const cases: Array<[() => unknown, string]> = [
      [() => services.LockService.getScriptLock(), 'LockService.getScriptLock'],
      [() => services.LockService.getUserLock(), 'LockService.getUserLock'],
      [() => range.setBorder(true, true, true, true, null, null), 'Range.setBorder'],
      [() => range.setFontColor('#ff0000'), 'Range.setFontColor'],
      [() => range.setNote('x'), 'Range.setNote'],
      [
        () => services.SpreadsheetApp.getUi().showModalDialog(services.HtmlService.createHtmlOutput('<p></p>'), 'x'),
        'Ui.showModalDialog',
      ],
      [() => services.HtmlService.createTemplate('<p></p>'), 'HtmlService.createTemplate'],
    ];
    for (const [call, member] of cases) expect(call, member).toThrow(`emulator: ${member} is not implemented`);
    expect('PropertiesService' in services).toBe(false);
  });
});

describe('HtmlService and Ui', () => {
  it('builds an output from name + .html and records the sidebar', () => {
    const { ss, services } = setup({ files: { 'sidebar.html': '<p>Bonjour</p>' } });
    const output = services.HtmlService.createHtmlOutputFromFile('sidebar')
      .setTitle('Portefeuille clients')
      .setWidth(300);
    expect(output.getContent()).toBe('<p>Bonjour</p>');
    services.SpreadsheetApp.getUi().showSidebar(output);
    expect(ss.emulator.ui.sidebars).toEqual([
      { title: 'Portefeuille clients', content: '<p>Bonjour</p>', width: 300, height: null },
    ]);
  });

  it('throws for a missing file', () => {
    const { services } = setup({ files: {} });
    expect(() => services.HtmlService.createHtmlOutputFromFile('sidebar')).toThrow(
      'No HTML file named sidebar was found.',
    );
  });

  it('records menus with items, separators and sub-menus', () => {
    const { ss, services } = setup();
    const ui = services.SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem('Analyser les clients…', 'showSidebar')
      .addSeparator()
      .addSubMenu(ui.createMenu('Aide').addItem('À propos', 'showHelp'))
      .addToUi();
    expect(ss.emulator.ui.menus).toEqual([
      {
        kind: 'addon',
        caption: null,
        entries: [
          { kind: 'item', caption: 'Analyser les clients…', functionName: 'showSidebar' },
          { kind: 'separator' },
          {
            kind: 'subMenu',
            menu: {
              kind: 'menu',
              caption: 'Aide',
              entries: [{ kind: 'item', caption: 'À propos', functionName: 'showHelp' }],
            },
          },
        ],
      },
    ]);
  });

  it('answers alerts from the queued responses, then OK', () => {
    const { ss, services } = setup();
    const ui = services.SpreadsheetApp.getUi();
    ss.emulator.ui.alertResponses.push('NO');
    expect(ui.alert('Écraser ?', 'La feuille existe.', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Terminé')).toBe('OK');
    expect(ss.emulator.ui.alerts.map((alert) => [alert.title, alert.prompt, alert.buttons, alert.response])).toEqual([
      ['Écraser ?', 'La feuille existe.', 'YES_NO', 'NO'],
      [null, 'Terminé', null, 'OK'],
    ]);
  });
});

describe('Session, Logger, SpreadsheetApp', () => {
  it('derives the user locale and script zone from the spreadsheet unless given', () => {
    expect(setup().services.Session.getActiveUserLocale()).toBe('fr');
    expect(setup().services.Session.getScriptTimeZone()).toBe('Europe/Paris');
    expect(setup({ userLocale: 'en', scriptTimeZone: 'UTC' }).services.Session.getActiveUserLocale()).toBe('en');
  });

  it('logs into the spreadsheet log book', () => {
    const { ss, services } = setup();
    services.Logger.log('rows: %s', 12);
    services.console.warn('slow');
    expect(ss.emulator.logs).toEqual(['rows: 12', 'WARN slow']);
  });

  it('gives the memory spreadsheet as the active one', () => {
    const { ss, services } = setup();
    expect(services.SpreadsheetApp.getActiveSpreadsheet()).toBe(ss);
    expect(services.SpreadsheetApp.getActiveSheet().getName()).toBe('Clients');
  });
});
