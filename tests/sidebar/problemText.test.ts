/**
 * The sidebar only words the core's problem codes: each code gives the
 * sentence of its table, with the role labels and column names of the form.
 */
import { describe, expect, it } from 'vitest';
import { mappingProblems, type SettingsProblem } from '../../src/core/settingsForm';
import { emptyMapping } from '../../src/core/sourceLayout';
import { sidebarLocale } from '../../sidebar/locale';
import { problemText } from '../../sidebar/problemText';

const en = sidebarLocale('en');
const fr = sidebarLocale('fr');
const columns = ['Client', 'Last purchase', 'Orders', 'Amount', 'Email'];
const noColumns = emptyMapping();

describe('problemText', () => {
  it('names the missing roles with the labels of the form', () => {
    const texts = mappingProblems(noColumns, 'clients').map((problem) => problemText(problem, en, 'clients', columns));
    expect(texts[0]).toBe('Choose the “Client” column.');
    expect(texts[1]).toBe('Choose a “Date of last purchase” or a “Days since last purchase” column.');
    const sales = mappingProblems({ ...noColumns, client: 0, amount: 3 }, 'sales');
    expect(sales.map((problem) => problemText(problem, fr, 'sales', columns))).toEqual([
      'Choisissez la colonne «\u00a0Date de la vente\u00a0».',
    ]);
  });

  it('names the column used twice by its header, and both roles', () => {
    const [problem] = mappingProblems(
      { ...noColumns, client: 0, date: 1, purchases: 2, amount: 3, email: 3 },
      'clients',
    );
    expect(problem && problemText(problem, en, 'clients', columns)).toBe(
      'Column “Amount” is chosen for both “Amount” and “Email”.',
    );
  });

  it('words grid, bins and ABC problems with the core limits', () => {
    const gridProblems: SettingsProblem[] = [
      { code: 'invalidGrid', field: 'grid-r', axis: 'r', problem: 'tooMany' },
      { code: 'invalidGrid', field: 'grid-f', axis: 'f', problem: 'notNumber', value: 'deux' },
      { code: 'invalidGrid', field: 'grid-m', axis: 'm', problem: 'notAscending' },
    ];
    expect(gridProblems.map((problem) => problemText(problem, fr, 'clients', columns))).toEqual([
      'Récence (jours)\u00a0: saisissez au plus 8 bornes (9 classes).',
      'Fréquence (achats)\u00a0: «\u00a0deux\u00a0» n’est pas un nombre.',
      'Montant\u00a0: les bornes doivent croître de gauche à droite.',
    ]);
    const formProblems: SettingsProblem[] = [
      { code: 'invalidBins', field: 'bins' },
      { code: 'invalidAbc', field: 'bPercent' },
    ];
    expect(formProblems.map((problem) => problemText(problem, en, 'clients', columns))).toEqual([
      'The number of classes must be a whole number from 2 to 9 (one digit per score in the RFM code).',
      'ABC: A must be above 0 and below B, and B at most 100.',
    ]);
  });
});
