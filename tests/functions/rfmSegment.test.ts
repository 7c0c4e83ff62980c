/**
 * RFM_SEGMENT through the built bundle: the rules of each
 * scheme, first match wins, names in the spreadsheet's language; the `rfm`
 * scheme keeps the R package's English names. Expected segments are read off
 * the rule tables (docs/FUNCTIONS.md, RFM_SEGMENT) and of the R package (tests/fixtures/reference/).
 * The tables below write apostrophes straight; the product's names use the typographic ’,
 * so names are compared with ’ turned into ' except for the `rfm` scheme, which
 * must match the package word for word.
 */
import { describe, expect, it } from 'vitest';
import { column, expectCellError, flat, workbook } from '../support/customFunctions';

const straight = (names: unknown[]) => names.map((name) => (typeof name === 'string' ? name.replace(/’/g, "'") : name));

/** A code of each classic rule, chosen against the rules above it. */
const CLASSIC: Array<[number, string, string]> = [
  [555, 'Champions', 'Champions'], // R 4–5, F 4–5, M 4–5
  [455, 'Champions', 'Champions'], // also Loyal, but Champions comes first
  [354, 'Loyal', 'Clients fidèles'], // R 3 → not Champions; R 3–5, F 4–5
  [431, 'Potential loyalists', 'Fidèles en devenir'], // R 4–5, F 2–3
  [513, 'New', 'Nouveaux clients'], // R 5, F 1
  [411, 'Promising', 'Clients prometteurs'], // R 4, F 1
  [325, 'Need attention', 'À surveiller'], // R 3, F 2–3
  [311, 'About to sleep', "En voie d'endormissement"], // R 3, F 1
  [154, "Can't lose them", 'À ne pas perdre'], // R 1–2, F 4–5, M 4–5
  [243, 'At risk', 'À risque (futurs non-clients)'], // R 1–2, F 3–5 (M 3: not Can't lose them)
  [221, 'Hibernating', 'En sommeil'], // R 2, F 1–2
  [112, 'Lost', 'Perdus'], // R 1, F 1–2
];

describe('RFM_SEGMENT', () => {
  const english = workbook({ locale: 'en_US' });
  const french = workbook({ locale: 'fr_FR' });
  const codes = column(...CLASSIC.map(([code]) => code));

  it('classic scheme (default), in English', () => {
    expect(straight(flat(english.call('RFM_SEGMENT', codes)))).toEqual(CLASSIC.map(([, en]) => en));
    expect(straight(flat(english.call('RFM_SEGMENT', codes, 'classic')))).toEqual(CLASSIC.map(([, en]) => en));
  });

  it('classic scheme, in French', () => {
    expect(straight(flat(french.call('RFM_SEGMENT', codes)))).toEqual(CLASSIC.map(([, , fr]) => fr));
  });

  it('rfm scheme: the R package names in English, and in French with "rfm-en" only', () => {
    const rfmCodes: Array<[number, string]> = [
      [555, 'Champions'], // 5–5, 5–5, 5–5
      [343, 'Potential Loyalist'], // 3–5, 3–5, 2–5
      [323, 'Loyal Customers'], // 2–4, 2–4, 2–4
      [413, 'Promising'], // 3–4, 1–3, 3–5 (F 1: not Potential Loyalist nor Loyal Customers)
      [412, 'New Customers'], // 4–5, 1–3, 1–5 (M 2: not Promising)
      [144, "Can't Lose Them"], // 1–2, 3–4, 4–5
      [125, 'At Risk'], // 1–2, 2–5, 4–5 (F 2: not Can't Lose Them)
      [133, 'Need Attention'], // 1–3, 3–5, 3–5 (R 1: not Potential Loyalist nor Loyal Customers; M 3: not At Risk)
      [321, 'About To Sleep'], // 2–3, 1–3, 1–4
      [111, 'Lost'], // 1–1
      [251, 'Others'], // R 2, F 5, M 1: no rule
    ];
    const input = column(...rfmCodes.map(([code]) => code));
    const names = rfmCodes.map(([, name]) => name);
    expect(flat(english.call('RFM_SEGMENT', input, 'rfm'))).toEqual(names);
    expect(flat(french.call('RFM_SEGMENT', input, 'rfm-en'))).toEqual(names);
    expect(flat(french.call('RFM_SEGMENT', input, ' RFM-EN '))).toEqual(names);
    // "rfm" in a French spreadsheet: the same segments under French names
    expect(flat(french.call('RFM_SEGMENT', input, 'rfm'))).toEqual([
      'Champions',
      'Fidèles en devenir',
      'Clients fidèles',
      'Clients prometteurs',
      'Nouveaux clients',
      'À ne pas perdre',
      'À risque (futurs non-clients)',
      'À surveiller',
      'En voie d’endormissement',
      'Perdus',
      'Autres',
    ]);
    // the scheme may be named as the rules sheet names it, in either language
    expect(flat(french.call('RFM_SEGMENT', input, 'package rfm'))).toEqual(
      flat(french.call('RFM_SEGMENT', input, 'rfm')),
    );
  });

  it('fr-ladder scheme: the course ladder', () => {
    // très bon client (R 4–5, F 4–5, M 4–5), bon client (R 3–5, F 3–5), nouveau client (R 4–5, F 1),
    // futur non-client (R 1–2, F 3–5), inactif (R 1, F 1–2), client occasionnel (everything else).
    const input = column(545, 335, 412, 141, 115, 321);
    expect(flat(french.call('RFM_SEGMENT', input, 'fr-ladder'))).toEqual([
      'Très bon client',
      'Bon client',
      'Nouveau client',
      'Futur non-client',
      'Inactif (à reconquérir comme un prospect)',
      'Client occasionnel',
    ]);
    expect(flat(english.call('RFM_SEGMENT', input, 'fr-ladder'))).toEqual([
      'Very good client',
      'Good client',
      'New client',
      'Future non-client',
      'Inactive (prospect again)',
      'Occasional client',
    ]);
  });

  it('puts codes of other bin counts on the 5-point scale with the bins argument', () => {
    // 3 classes → 1, 3, 5: 333 → 555 Champions; 322 → 533 Potential loyalists; 211 → 311 About to sleep; 131 → 151 At risk.
    const three = flat(english.call('RFM_SEGMENT', column(333, 322, 211, 131), 'classic', 3));
    expect(straight(three)).toEqual(['Champions', 'Potential loyalists', 'About to sleep', 'At risk']);
    // 9 classes → round(1 + (s − 1)/2): 9 → 5, 7 → 4, 5 → 3, 1 → 1:
    // 997 → 554 Champions; 975 → 543 Loyal (M 3: not Champions); 511 → 311 About to sleep.
    const nine = flat(english.call('RFM_SEGMENT', column(997, 975, 511), 'classic', 9));
    expect(straight(nine)).toEqual(['Champions', 'Loyal', 'About to sleep']);
    // Without bins, 333 is a 5-class code: R 3, F 3 → Need attention.
    expect(straight([english.call('RFM_SEGMENT', 333)])).toEqual(['Need attention']);
  });

  it('reads codes typed as text, keeps blank rows blank, returns one name for one cell', () => {
    expect(straight(flat(french.call('RFM_SEGMENT', column('543', ' 311 ', '', 555))))).toEqual([
      'Clients fidèles', // 543: R 5, F 4, M 3 → not Champions (M 4–5), Loyal
      "En voie d'endormissement",
      '',
      'Champions',
    ]);
    expect(english.call('RFM_SEGMENT', 555)).toBe('Champions');
    expect(english.call('RFM_SEGMENT', codes)).toEqual(english.call('RFM_SEGMENT', codes));
  });

  it('refuses codes out of the scale, unknown schemes and bin counts above 9', () => {
    expectCellError(
      english.failure('RFM_SEGMENT', column(555, 655)),
      'RFM_SEGMENT: argument "codes", row 2: 655 is not an RFM code such as 543 (three scores from 1 to 5)',
    );
    expectCellError(
      french.failure('RFM_SEGMENT', column(333, 455), 'classic', 3),
      'RFM_SEGMENT : argument « codes », ligne 2 : 455 n’est pas un code RFM comme 543 (trois notes de 1 à 3)',
    );
    expectCellError(
      english.failure('RFM_SEGMENT', codes, 'gold'),
      'RFM_SEGMENT: argument "scheme": unknown segment scheme "gold": use "classic", "rfm", "fr-ladder" or "rfm-en"',
    );
    expectCellError(
      french.failure('RFM_SEGMENT', codes, 'or'),
      'RFM_SEGMENT : argument « scheme » : grille de segments inconnue "or" : utilisez "classique", "rfm", "fr-ladder" ou "rfm-en"',
    );
    expectCellError(
      english.failure('RFM_SEGMENT', 555, 'classic', 10),
      'RFM_SEGMENT: argument "bins": the number of classes must be a whole number from 2 to 9, as an RFM code holds one digit per score (10)',
    );
  });
});
