/**
 * One language per spreadsheet: every owned sheet (names and cells) holds no
 * word that only the other language uses, and changing the spreadsheet's
 * language between two runs replaces the owned sheets instead of adding a
 * second set.
 */
import { describe, expect, it } from 'vitest';
import { midnight } from '../support/calendar';
import { openAddOn, type AddOnRun } from '../support/addOn';
import { foreignWords, wordsOnlyIn } from './vocabulary';

const TZ = 'Europe/Paris';
const d = (iso: string) => midnight(iso, TZ);
/** Names and e-mails only: no word of either language. */
const CLIENTS: unknown[][] = [
  ['Client', 'E-mail', 'Date', 'Achats', 'Montant', 'Type'],
  ['Ana', 'ana@exemple.fr', d('2024-06-25'), 10, 1500, 'Vélo'],
  ['Ben', 'ben@exemple.fr', d('2024-06-18'), 1, 40, 'Vélo'],
  ['Cleo', 'cleo@exemple.fr', d('2024-05-31'), 6, 1234.5, 'Casque'],
  ['Dan', '', d('2024-05-16'), 3, 150, 'Casque'],
  ['Eve', 'eve@exemple.fr', d('2024-05-01'), 8, 600, 'Vélo'],
  ['Finn', 'finn@exemple.fr', d('2024-04-01'), 2, 90, 'Casque'],
  ['Gus', 'gus@exemple.fr', d('2024-03-02'), 12, 2000, 'Vélo'],
  ['Hana', 'hana@exemple.fr', d('2023-12-13'), 4, 300, 'Casque'],
  ['Ivo', 'ivo@exemple.fr', d('2023-09-04'), 1, 20, 'Vélo'],
  ['Jo', 'jo@exemple.fr', d('2023-05-27'), 5, 500, 'Casque'],
];

/** Every owned sheet (all but the source) as its name and display texts. */
function ownedText(addOn: AddOnRun): string {
  return addOn.ss
    .getSheets()
    .filter((sheet) => sheet.getName() !== 'Clients')
    .map((sheet) => `${sheet.getName()}\n${sheet.getDataRange().getDisplayValues().flat().join('\n')}`)
    .join('\n');
}

async function runIn(locale: string, scheme: 'classic' | 'rfm' | 'fr-ladder' = 'classic'): Promise<AddOnRun> {
  const addOn = await openAddOn({ locale, timeZone: TZ, sheets: [{ name: 'Clients', values: CLIENTS }] });
  addOn.analyse({ ...addOn.sourceInfo().defaults, scheme });
  return addOn;
}

describe('the vocabulary the scan uses', () => {
  it('holds words of each language that the other never uses', () => {
    expect(wordsOnlyIn('en').has('lose')).toBe(false); // 4 letters: too short to be told apart
    expect(wordsOnlyIn('en').has('others')).toBe(true);
    expect(wordsOnlyIn('fr').has('autres')).toBe(true);
    expect(wordsOnlyIn('fr').has('champions')).toBe(false);
  });
});

describe('a French spreadsheet', () => {
  it.each(['classic', 'rfm', 'fr-ladder'] as const)(
    'has no English word in any owned sheet (scheme %s)',
    async (scheme) => {
      const addOn = await runIn('fr_FR', scheme);
      expect(foreignWords(ownedText(addOn), 'en')).toEqual([]);
    },
  );

  it('names the schemes in French in the segment-rules sheet', async () => {
    const addOn = await runIn('fr_FR');
    const schemes = new Set(
      addOn.ss
        .getSheetByName('Portefeuille – Règles segments')!
        .getDataRange()
        .getValues()
        .slice(1)
        .map((row) => row[0]),
    );
    expect([...schemes]).toEqual(['classique', 'package rfm', 'échelle du cours']);
  });
});

describe('an English spreadsheet', () => {
  it('has no French word in any owned sheet', async () => {
    const addOn = await runIn('en_GB');
    expect(foreignWords(ownedText(addOn), 'fr')).toEqual([]);
  });
});

describe('changing the spreadsheet’s language between two runs', () => {
  it('replaces the owned sheets: as many tabs as one run, all in the new language', async () => {
    const once = await runIn('fr_FR');
    const tabs = once.ss.getSheets().length;
    const addOn = await runIn('en_US');
    addOn.ss.setSpreadsheetLocale('fr_FR');
    addOn.ss.getSheetByName('Clients')!.activate();
    addOn.analyse(addOn.sourceInfo().defaults);
    // the same tabs (the settings sheets made anew in French come last)
    expect([...addOn.ss.emulator.sheetNames()].sort()).toEqual([...once.ss.emulator.sheetNames()].sort());
    expect(addOn.ss.getSheets()).toHaveLength(tabs);
    expect(foreignWords(ownedText(addOn), 'en')).toEqual([]);
  });

  it('keeps a settings sheet the user edited, under the new language’s name', async () => {
    const addOn = await runIn('en_US');
    const rules = addOn.ss.getSheetByName('Portfolio – Segment rules')!;
    rules.getRange(2, 2).setValue('Stars');
    addOn.ss.setSpreadsheetLocale('fr_FR');
    addOn.ss.getSheetByName('Clients')!.activate();
    addOn.analyse(addOn.sourceInfo().defaults);
    expect(addOn.ss.getSheetByName('Portfolio – Segment rules')).toBeNull();
    expect(addOn.ss.getSheetByName('Portefeuille – Règles segments')?.getRange(2, 2).getValue()).toBe('Stars');
    expect(addOn.ss.getSheetByName('Portefeuille – Catalogue')).not.toBeNull();
    expect(addOn.ss.getSheetByName('Portfolio – Action catalogue')).toBeNull();
  });
});
