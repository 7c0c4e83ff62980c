/**
 * The add-on menu, the sidebar and the help dialog, run from the built bundle.
 */
import { describe, expect, it } from 'vitest';
import { openAddOn } from '../support/addOn';
import { at } from '../../tools/indexing';

const CLIENTS = [
  ['Client', 'Montant'],
  ['Ana', 10],
];

/** The add-on menu's items in French, top to bottom. */
const FRENCH_MENU = [
  'Analyser les clients…',
  'Créer un exercice…',
  'Vérifier mes réponses',
  'Préparer la version élève',
  'Aide',
];

/** The captions of the first menu's entries ('' for a separator). */
function menuCaptions(ss: Awaited<ReturnType<typeof openAddOn>>['ss']): string[] {
  return at(ss.emulator.ui.menus, 0).entries.map((entry) => (entry.kind === 'item' ? entry.caption : ''));
}

describe('onOpen', () => {
  it('builds the add-on menu in AuthMode NONE, each item calling a global of the bundle', async () => {
    const { bundle, ss } = await openAddOn({
      locale: 'en_US',
      timeZone: 'Etc/UTC',
      sheets: [{ name: 'Clients', values: CLIENTS }],
    });
    bundle.callWith({ authMode: 'NONE' }, 'onOpen', { authMode: 'NONE' });
    expect(ss.emulator.ui.menus).toHaveLength(1);
    const menu = at(ss.emulator.ui.menus, 0);
    expect(menu.kind).toBe('addon');
    const items = menu.entries.flatMap((entry) => (entry.kind === 'item' ? [entry] : []));
    expect(items.map((item) => item.caption)).toEqual([
      'Analyse clients…',
      'Create an exercise…',
      'Check my answers',
      'Prepare the student version',
      'Help',
    ]);
    for (const item of items) expect(bundle.globals).toContain(item.functionName);
    expect(items.map((item) => item.functionName)).toEqual([
      'showSidebar',
      'showExercisePanel',
      'checkMyAnswers',
      'prepareStudentVersion',
      'showHelp',
    ]);
  });

  it('speaks French in AuthMode NONE for a French user, although the document cannot be read', async () => {
    const { bundle, ss } = await openAddOn({
      locale: 'fr_FR',
      timeZone: 'Europe/Paris',
      userLocale: 'fr',
      sheets: [{ name: 'Clients', values: CLIENTS }],
    });
    bundle.callWith({ authMode: 'NONE' }, 'onOpen', { authMode: 'NONE' });
    expect(menuCaptions(ss)).toEqual(FRENCH_MENU);
  });

  it('follows the spreadsheet locale once the add-on may read the document', async () => {
    const { bundle, ss } = await openAddOn({
      locale: 'fr_FR',
      timeZone: 'Europe/Paris',
      userLocale: 'en',
      sheets: [{ name: 'Clients', values: CLIENTS }],
    });
    bundle.callWith({ authMode: 'LIMITED' }, 'onOpen', { authMode: 'LIMITED' });
    expect(menuCaptions(ss)).toEqual(FRENCH_MENU);
  });

  it('is what onInstall runs', async () => {
    const { bundle, ss } = await openAddOn({
      locale: 'en_US',
      timeZone: 'Etc/UTC',
      sheets: [{ name: 'Clients', values: CLIENTS }],
    });
    bundle.callWith({ authMode: 'FULL' }, 'onInstall', { authMode: 'FULL' });
    expect(ss.emulator.ui.menus).toHaveLength(1);
    expect(ss.emulator.ui.menus[0]?.entries).toHaveLength(5);
  });
});

describe('showSidebar', () => {
  it('shows the built sidebar.html with the localised title', async () => {
    const { bundle, ss, html } = await openAddOn({
      locale: 'fr_FR',
      timeZone: 'Europe/Paris',
      sheets: [{ name: 'Clients', values: CLIENTS }],
    });
    bundle.call('showSidebar');
    expect(ss.emulator.ui.sidebars).toHaveLength(1);
    const [sidebar] = ss.emulator.ui.sidebars;
    expect(sidebar?.title).toBe('Client Portfolio');
    expect(sidebar?.content).toBe(html);
  });

  it('is refused before the add-on is authorised (AuthMode NONE), as in Apps Script', async () => {
    const { bundle } = await openAddOn({
      locale: 'en_US',
      timeZone: 'Etc/UTC',
      sheets: [{ name: 'Clients', values: CLIENTS }],
    });
    expect(() => bundle.callWith({ authMode: 'NONE' }, 'showSidebar')).toThrow(/permission/);
  });
});

describe('showHelp', () => {
  it('shows a localised alert with an OK button', async () => {
    const { bundle, ss } = await openAddOn({
      locale: 'fr_FR',
      timeZone: 'Europe/Paris',
      sheets: [{ name: 'Clients', values: CLIENTS }],
    });
    bundle.call('showHelp');
    expect(ss.emulator.ui.alerts).toHaveLength(1);
    const [alert] = ss.emulator.ui.alerts;
    expect(alert?.title).toBe('Client Portfolio – aide');
    expect(alert?.prompt).toMatch(/^Ouvrez la feuille de vos clients/);
    expect(alert?.buttons).toBe('OK');
  });

  it('is in English for an English spreadsheet', async () => {
    const { bundle, ss } = await openAddOn({
      locale: 'en_GB',
      timeZone: 'Europe/London',
      sheets: [{ name: 'Clients', values: CLIENTS }],
    });
    bundle.call('showHelp');
    expect(ss.emulator.ui.alerts[0]?.title).toBe('Client Portfolio – help');
    expect(ss.emulator.ui.alerts[0]?.prompt).toContain('Portfolio – Clients');
  });
});

describe('getLanguage', () => {
  it('answers the spreadsheet’s language, and the user’s when the document is closed to the add-on, without failing', async () => {
    const french = await openAddOn({
      locale: 'fr_FR',
      timeZone: 'Europe/Paris',
      userLocale: 'en',
      sheets: [{ name: 'Clients', values: CLIENTS }],
    });
    expect(french.bundle.call('getLanguage')).toBe('fr');
    expect(french.bundle.callWith({ authMode: 'NONE' }, 'getLanguage')).toBe('en');
    const english = await openAddOn({
      locale: 'en_GB',
      timeZone: 'Europe/London',
      userLocale: 'fr',
      sheets: [{ name: 'Clients', values: CLIENTS }],
    });
    expect(english.bundle.call('getLanguage')).toBe('en');
    expect(english.bundle.callWith({ authMode: 'NONE' }, 'getLanguage')).toBe('fr');
  });
});
