/**
 * A source whose first row names columns but none the analysis needs (a CSV
 * whose columns are all text, say): the sidebar names the missing column
 * instead of saying that there is no header row.
 */
import { describe, expect, it } from 'vitest';
import { openAddOn } from '../support/addOn';
import { thrownBy } from '../support/thrown';

describe('a first row naming columns, none of them an amount', () => {
  it('names the missing column, in English and in French, and writes nothing', async () => {
    const values = [
      ['Nom', 'Ville', 'Remarque'],
      ['Ana', 'Paris', 'fidèle'],
      ['Ben', 'Lyon', 'nouveau'],
    ];
    const english = await openAddOn({
      locale: 'en_US',
      timeZone: 'Europe/Paris',
      sheets: [{ name: 'Import', values }],
    });
    const before = english.ss.emulator.snapshotAll();
    // "Nom" names the client; no header names an amount (checked before the date)
    expect(thrownBy(() => english.sourceInfo()).message).toBe(
      'the first row of "Import" names the columns, but none is recognised as the column of the amount: name that column in the first row (for example Client, Date, Amount)',
    );
    expect(english.ss.emulator.snapshotAll()).toEqual(before);
    const french = await openAddOn({ locale: 'fr_FR', timeZone: 'Europe/Paris', sheets: [{ name: 'Import', values }] });
    expect(thrownBy(() => french.sourceInfo()).message).toBe(
      'la première ligne de « Import » nomme les colonnes, mais aucune n’est reconnue comme la colonne du montant : nommez cette colonne dans la première ligne (par exemple Client, Date, Montant)',
    );
  });
});
