/**
 * Bad input to the custom functions: each error is a plain `Error`
 * whose message names the function, the argument and, for a cell, its row in
 * the range, in the spreadsheet's language, with no stack trace or file path.
 * Messages are written out in full, in English and in French.
 */
import { describe, expect, it } from 'vitest';
import { midnight } from '../support/calendar';
import { column, expectCellError, type FunctionName, workbook } from '../support/customFunctions';

const english = workbook({ locale: 'en_US' });
const french = workbook({ locale: 'fr_FR' });

const date = (iso: string) => midnight(iso, 'Europe/Paris');
const RECENCY = column(10, 20, 30);
const FREQUENCY = column(1, 2, 3);
const MONETARY = column(100, 200, 300);

interface Case {
  what: string;
  fn: FunctionName;
  args: unknown[];
  en: string;
  fr: string;
}

const CASES: Case[] = [
  {
    what: 'text in a number column',
    fn: 'RFM_SCORE',
    args: [RECENCY, column(1, 'beaucoup', 3), MONETARY],
    en: 'RFM_SCORE: argument "frequency", row 2: "beaucoup" is not a number',
    fr: 'RFM_SCORE : argument « frequency », ligne 2 : "beaucoup" n’est pas un nombre',
  },
  {
    what: 'a negative purchase count',
    fn: 'RFM_SCORE',
    args: [RECENCY, column(1, 2, -1), MONETARY],
    en: 'RFM_SCORE: argument "frequency", row 3: the number of purchases cannot be negative (-1)',
    fr: 'RFM_SCORE : argument « frequency », ligne 3 : le nombre d’achats ne peut pas être négatif (-1)',
  },
  {
    what: 'a purchase count that is not whole',
    fn: 'RFM_SCORE',
    args: [RECENCY, column(1, 2.5, 3), MONETARY],
    en: 'RFM_SCORE: argument "frequency", row 2: the number of purchases must be a whole number (2.5)',
    fr: 'RFM_SCORE : argument « frequency », ligne 2 : le nombre d’achats doit être un nombre entier (2,5)',
  },
  {
    what: 'a negative number of days',
    fn: 'RFM_SCORE',
    args: [column(10, -4, 30), FREQUENCY, MONETARY],
    en: 'RFM_SCORE: argument "recency", row 2: the number of days since the last purchase cannot be negative (-4)',
    fr: 'RFM_SCORE : argument « recency », ligne 2 : le nombre de jours depuis le dernier achat ne peut pas être négatif (-4)',
  },
  {
    what: 'mixed dates and numbers in recency (the rarer kind is at fault)',
    fn: 'RFM_SCORE',
    args: [column(date('2025-01-10'), 12, date('2025-02-01')), FREQUENCY, MONETARY],
    en: 'RFM_SCORE: argument "recency", row 2: mixes dates and numbers of days: use one or the other for the whole column',
    fr: 'RFM_SCORE : argument « recency », ligne 2 : mélange des dates et des nombres de jours : utilisez l’un ou l’autre pour toute la colonne',
  },
  {
    what: 'a date after as_of',
    fn: 'RFM_SCORE',
    args: [column(date('2025-01-10'), date('2025-06-02'), date('2025-02-01')), FREQUENCY, MONETARY, 5, '2025-03-01'],
    en: 'RFM_SCORE: argument "recency", row 2: the date 2025-06-02 is after the reference date 2025-03-01',
    // dates in French messages in French order
    fr: 'RFM_SCORE : argument « recency », ligne 2 : la date 02/06/2025 est postérieure à la date de référence 01/03/2025',
  },
  {
    what: 'an as_of that is no date',
    fn: 'RFM_SCORE',
    args: [column(date('2025-01-10'), date('2025-02-01'), date('2025-02-01')), FREQUENCY, MONETARY, 5, 'demain'],
    en: 'RFM_SCORE: argument "as_of": "demain" is not a date (expected a date cell or a text date such as 2025-03-14)',
    fr: 'RFM_SCORE : argument « as_of » : "demain" n’est pas une date (attendu : une cellule date ou une date écrite comme 2025-03-14 ou 14/03/2025)',
  },
  {
    what: 'ranges of different lengths',
    fn: 'RFM_SCORE',
    args: [RECENCY, column(1, 2), MONETARY],
    en: 'RFM_SCORE: argument "frequency": has 2 rows but recency has 3: ranges must have the same length',
    fr: 'RFM_SCORE : argument « frequency » : a 2 lignes mais recency en a 3 : les plages doivent avoir la même longueur',
  },
  {
    what: 'a value missing on a filled row',
    fn: 'RFM_SCORE',
    args: [RECENCY, FREQUENCY, column(100, '', 300)],
    en: 'RFM_SCORE: argument "monetary", row 2: a value is missing on a row that has other values',
    fr: 'RFM_SCORE : argument « monetary », ligne 2 : une valeur manque sur une ligne qui en contient d’autres',
  },
  {
    what: 'an empty range',
    fn: 'RFM_SCORE',
    args: [column('', ''), column('', ''), column('', '')],
    en: 'RFM_SCORE: argument "recency": the range holds no value',
    fr: 'RFM_SCORE : argument « recency » : la plage ne contient aucune valeur',
  },
  {
    what: 'a block of several columns',
    fn: 'RFM_SCORE',
    args: [
      [
        [1, 2],
        [3, 4],
      ],
      column(1, 2),
      column(1, 2),
    ],
    en: 'RFM_SCORE: argument "recency": expected a single column (or a single row) of cells, got 2 rows × 2 columns',
    fr: 'RFM_SCORE : argument « recency » : attendu : une seule colonne (ou une seule ligne) de cellules, reçu 2 lignes × 2 colonnes',
  },
  {
    what: 'bins above 9',
    fn: 'RFM_SCORE',
    args: [RECENCY, FREQUENCY, MONETARY, 11],
    en: 'RFM_SCORE: argument "bins": the number of classes must be a whole number from 2 to 9, as an RFM code holds one digit per score (11)',
    fr: 'RFM_SCORE : argument « bins » : le nombre de classes doit être un entier de 2 à 9, car un code RFM a un chiffre par note (11)',
  },
  {
    what: 'bins below 2',
    fn: 'RFM_SCORE',
    args: [RECENCY, FREQUENCY, MONETARY, 1],
    en: 'RFM_SCORE: argument "bins": the number of classes must be a whole number from 2 to 9, as an RFM code holds one digit per score (1)',
    fr: 'RFM_SCORE : argument « bins » : le nombre de classes doit être un entier de 2 à 9, car un code RFM a un chiffre par note (1)',
  },
  {
    what: 'bins that are not whole',
    fn: 'RFM_SCORE',
    args: [RECENCY, FREQUENCY, MONETARY, 2.5],
    en: 'RFM_SCORE: argument "bins": the number of classes must be a whole number from 2 to 9, as an RFM code holds one digit per score (2.5)',
    fr: 'RFM_SCORE : argument « bins » : le nombre de classes doit être un entier de 2 à 9, car un code RFM a un chiffre par note (2,5)',
  },
  {
    what: 'a grid that is not ascending',
    fn: 'RFM_SCORE',
    args: [
      RECENCY,
      FREQUENCY,
      MONETARY,
      [
        [30, 90],
        [6, 3],
        [100, 500],
      ],
    ],
    // the bounds listed as each language writes a list of numbers
    en: 'RFM_SCORE: argument "bins": the grid row F is not strictly ascending (6, 3)',
    fr: 'RFM_SCORE : argument « bins » : la ligne F du barème n’est pas strictement croissante (6 ; 3)',
  },
  {
    what: 'a grid without 3 rows',
    fn: 'RFM_SCORE',
    args: [
      RECENCY,
      FREQUENCY,
      MONETARY,
      [
        [30, 90],
        [3, 6],
      ],
    ],
    en: 'RFM_SCORE: argument "bins": a grid must have 3 rows (R, F, M), each with 1 to 8 ascending bounds (2 to 9 classes)',
    fr: 'RFM_SCORE : argument « bins » : un barème doit avoir 3 lignes (R, F, M), chacune avec 1 à 8 seuils croissants (2 à 9 classes)',
  },
  {
    what: 'an unknown method',
    fn: 'RFM_SCORE',
    args: [RECENCY, FREQUENCY, MONETARY, 5, undefined, 'median'],
    en: 'RFM_SCORE: argument "method": unknown method "median": use "quantile", "rfm" or "ntile"',
    fr: 'RFM_SCORE : argument « method » : méthode inconnue "median" : utilisez "quantile", "rfm" ou "ntile"',
  },
  {
    what: 'a retention rate outside (0, 1]',
    fn: 'CLIENT_VALUE',
    args: [50, 4, 3, 1, 1.2],
    en: 'CLIENT_VALUE: argument "retention_rate": the retention rate must be greater than 0 and at most 1 (1.2)',
    fr: 'CLIENT_VALUE : argument « retention_rate » : le taux de fidélité doit être supérieur à 0 et au plus égal à 1 (1,2)',
  },
  {
    what: 'an infinite horizon with r ≥ 1 + d',
    fn: 'CLIENT_VALUE',
    args: [50, 4, '', 1, 1, 0],
    en: 'CLIENT_VALUE: argument "retention_rate": with no horizon the retention rate (1) must be below 1 + the discount rate (0)',
    fr: 'CLIENT_VALUE : argument « retention_rate » : sans horizon, le taux de fidélité (1) doit être inférieur à 1 + le taux d’actualisation (0)',
  },
  {
    what: 'all amounts zero for PARETO_SHARE',
    fn: 'PARETO_SHARE',
    args: [column(0, 0, '', 0)],
    en: 'PARETO_SHARE: argument "amounts": all amounts are zero or negative: there is no revenue to share',
    fr: 'PARETO_SHARE : argument « amounts » : tous les montants sont nuls ou négatifs : il n’y a pas de chiffre d’affaires à répartir',
  },
  {
    what: 'an unknown scheme (RFM_SEGMENT)',
    fn: 'RFM_SEGMENT',
    args: [column(555, 111), 'gold'],
    en: 'RFM_SEGMENT: argument "scheme": unknown segment scheme "gold": use "classic", "rfm", "fr-ladder" or "rfm-en"',
    fr: 'RFM_SEGMENT : argument « scheme » : grille de segments inconnue "gold" : utilisez "classique", "rfm", "fr-ladder" ou "rfm-en"',
  },
  {
    what: 'an unknown scheme (RFM_TABLE)',
    fn: 'RFM_TABLE',
    args: [
      column('a', 'b'),
      column(date('2025-01-10'), date('2025-02-01')),
      column(10, 20),
      undefined,
      5,
      'quantile',
      'gold',
    ],
    en: 'RFM_TABLE: argument "scheme": unknown segment scheme "gold": use "classic", "rfm", "fr-ladder" or "rfm-en"',
    fr: 'RFM_TABLE : argument « scheme » : grille de segments inconnue "gold" : utilisez "classique", "rfm", "fr-ladder" ou "rfm-en"',
  },
  {
    what: 'an unknown method (RFM_TABLE)',
    fn: 'RFM_TABLE',
    args: [column('a', 'b'), column(date('2025-01-10'), date('2025-02-01')), column(10, 20), undefined, 5, 'mean'],
    en: 'RFM_TABLE: argument "method": unknown method "mean": use "quantile", "rfm" or "ntile"',
    fr: 'RFM_TABLE : argument « method » : méthode inconnue "mean" : utilisez "quantile", "rfm" ou "ntile"',
  },
  {
    what: 'text in the amounts of a sales log',
    fn: 'RFM_TABLE',
    args: [column('a', 'b'), column(date('2025-01-10'), date('2025-02-01')), column(10, 'gratuit')],
    en: 'RFM_TABLE: argument "amounts", row 2: "gratuit" is not a number',
    fr: 'RFM_TABLE : argument « amounts », ligne 2 : "gratuit" n’est pas un nombre',
  },
  // A setting takes one value: a range of several cells is refused, not read by one of its cells or as their joined text.
  {
    what: 'a share given as a range of two cells',
    fn: 'ABC_CLASS',
    args: [column(50, 30, 20), column(0.8, 0.9)],
    en: 'ABC_CLASS: argument "a_share": takes one value (one cell), got a range of 2 rows × 1 columns',
    fr: 'ABC_CLASS : argument « a_share » : attend une seule valeur (une cellule), reçu une plage de 2 lignes × 1 colonnes',
  },
  {
    what: 'a mode given as a range of one row of two cells',
    fn: 'CSAT',
    args: [column(4, 5, 2), 5, 4, [['share', 'average']]],
    en: 'CSAT: argument "mode": takes one value (one cell), got a range of 1 rows × 2 columns',
    fr: 'CSAT : argument « mode » : attend une seule valeur (une cellule), reçu une plage de 1 lignes × 2 colonnes',
  },
  {
    what: 'a reference date given as a range of two dates',
    fn: 'RFM_TABLE',
    args: [
      column('a', 'b'),
      column(date('2025-01-10'), date('2025-02-01')),
      column(10, 20),
      column(date('2025-03-01'), date('2025-01-01')),
    ],
    en: 'RFM_TABLE: argument "as_of": takes one value (one cell), got a range of 2 rows × 1 columns',
    fr: 'RFM_TABLE : argument « as_of » : attend une seule valeur (une cellule), reçu une plage de 2 lignes × 1 colonnes',
  },
  {
    what: 'a number of classes given as a range of three cells',
    fn: 'RFM_SEGMENT',
    args: [column(555, 111), 'classic', column(5, 4, 3)],
    en: 'RFM_SEGMENT: argument "bins": takes one value (one cell), got a range of 3 rows × 1 columns',
    fr: 'RFM_SEGMENT : argument « bins » : attend une seule valeur (une cellule), reçu une plage de 3 lignes × 1 colonnes',
  },
  {
    what: 'a scale given as a range of two cells',
    fn: 'CSAT',
    args: [column(4, 5, 2), column(5, 10)],
    en: 'CSAT: argument "scale": takes one value (one cell), got a range of 2 rows × 1 columns',
    fr: 'CSAT : argument « scale » : attend une seule valeur (une cellule), reçu une plage de 2 lignes × 1 colonnes',
  },
];

describe('custom functions: bad input', () => {
  for (const c of CASES) {
    it(`${c.fn}: ${c.what}, in English and in French`, () => {
      expectCellError(english.failure(c.fn, ...c.args), c.en);
      expectCellError(french.failure(c.fn, ...c.args), c.fr);
    });
  }

  // A date cell in a number column: its calendar day depends on the spreadsheet's time zone, so the message names
  // the row and says a date was found, whatever the zone.
  for (const timeZone of ['Europe/Paris', 'Pacific/Auckland']) {
    it(`says a date cell was found in a number column in ${timeZone}`, () => {
      const book = workbook({ locale: 'en_US', timeZone });
      const purchases = column(1, midnight('2025-03-01', timeZone));
      expectCellError(
        book.failure('RFM_SCORE', column(10, 20), purchases, column(100, 200)),
        'RFM_SCORE: argument "frequency", row 2: a date is found where a number is expected',
      );
    });
  }

  it('reads a setting given as a range of one cell as that cell', () => {
    const amounts = column(50, 30, 20);
    expect(english.call('ABC_CLASS', amounts, [[0.5]], [[0.9]], [['reach']])).toEqual(
      english.call('ABC_CLASS', amounts, 0.5, 0.9, 'reach'),
    );
    // Revenue of the clients ranked before each (total 100): 0, 50, 80 → A (0 < 50), B (50 < 90), B (80 < 90).
    expect(english.call('ABC_CLASS', amounts, [[0.5]], [[0.9]])).toEqual([['A'], ['B'], ['B']]);
  });

  it('throws an Error of the host, not a core error class', () => {
    const error = english.failure('RFM_SCORE', RECENCY, FREQUENCY, MONETARY, 11);
    expect(Object.getPrototypeOf(error)).toBe(Error.prototype);
    expect(String(error)).toBe(
      'Error: RFM_SCORE: argument "bins": the number of classes must be a whole number from 2 to 9, as an RFM code holds one digit per score (11)',
    );
  });
});
