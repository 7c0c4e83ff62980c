/** The locale a file opens with in the preview: French or English, from the words of its first rows. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../../tools/file-import/index';
import { guessLocale } from '../../tools/preview/localeGuess';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

const sheetOf = (values: (string | number)[][]) => ({ sheets: [{ name: 'Feuille 1', values }] });

describe('guessLocale', () => {
  it('opens the French example in French and the English one in English, whatever the fallback', async () => {
    const boutique = await readWorkbookFile(path.join(EXAMPLES, 'boutique-clients.csv'));
    const salesLog = await readWorkbookFile(path.join(EXAMPLES, 'shop-sales-log.xlsx'));
    expect(guessLocale(boutique, 'en_US')).toBe('fr_FR');
    expect(guessLocale(salesLog, 'fr_FR')).toBe('en_US');
  });

  it('reads headers without accents too', () => {
    expect(guessLocale(sheetOf([['Nom', 'Date de la derniere commande', 'Montant']]), 'en_US')).toBe('fr_FR');
    expect(guessLocale(sheetOf([['Customer name', 'Last order', 'Revenue']]), 'fr_FR')).toBe('en_US');
  });

  it('keeps the fallback when nothing tells', () => {
    expect(
      guessLocale(
        sheetOf([
          ['Client', 'Email', 'Total'],
          ['A1', 'a@example.com', 12],
        ]),
        'en_US',
      ),
    ).toBe('en_US');
    expect(guessLocale(sheetOf([['Client', 'Email', 'Total']]), 'fr_FR')).toBe('fr_FR');
    expect(guessLocale({ sheets: [] }, 'fr_FR')).toBe('fr_FR');
  });
});
