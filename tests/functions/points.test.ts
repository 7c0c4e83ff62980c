/**
 * POINTS, RFM_POINTS and ABC_CLASS's rules through the built bundle, called as
 * cell formulas. Every total is worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { column, expectCellError, flat, workbook } from '../support/customFunctions';
import { midnight } from '../support/calendar';

const TZ = 'Europe/Paris';

/**
 * Sheet "Clients": A name, B last purchase (date cells), C days since (to 2025-06-30), D purchases, E amount, F product type.
 *   Anne  2025-06-18 → 12 days,  7 purchases, 1 250 €, Bijoux
 *   Bruno 2025-05-31 → 30 days,  3 purchases,   480 €, montres
 *   Chloé 2024-05-26 → 400 days (26 May 2024 → 26 May 2025 365 d, → 30 Jun 35 d), 1 purchase, 99.99 €, Parfum
 * Sheet "Barème": the scales, each two columns with a header row above.
 *   A:B recency (days): 0 → 5, 30 → 3, 180 → 1, 365 → −2
 *   D:E frequency: 0 → 0, 1 → 1, 3 → 3, 6 → 5
 *   G:H amount: 0 → 0, 100 → 2, 500 → 4, 1 000 → 6
 *   J:K product type: Bijoux 4, Montres 3, Accessoires* 1, * 0
 *   M:N total → class: −10 Client à relancer, 8 Bon client, 14 Très bon client
 *   P1:R1 weights 2, 1, 0.5; P2:S2 weights 1, 1, 1, 2
 */
function boutique(locale = 'fr_FR') {
  return workbook({
    locale,
    timeZone: TZ,
    sheets: [
      {
        name: 'Clients',
        values: [
          ['Client', 'Dernier achat', 'Jours', 'Achats', 'Montant', 'Type'],
          ['Anne', midnight('2025-06-18', TZ), 12, 7, 1250, 'Bijoux'],
          ['Bruno', midnight('2025-05-31', TZ), 30, 3, 480, 'montres'],
          ['Chloé', midnight('2024-05-26', TZ), 400, 1, 99.99, 'Parfum'],
        ],
      },
      {
        name: 'Barème',
        values: [
          [
            'Jours',
            'Points',
            '',
            'Achats',
            'Points',
            '',
            'Montant',
            'Points',
            '',
            'Type',
            'Points',
            '',
            'Total',
            'Classe',
            '',
            2,
            1,
            0.5,
            '',
          ],
          [0, 5, '', 0, 0, '', 0, 0, '', 'Bijoux', 4, '', -10, 'Client à relancer', '', 1, 1, 1, 2],
          [30, 3, '', 1, 1, '', 100, 2, '', 'Montres', 3, '', 8, 'Bon client', '', '', '', '', ''],
          [180, 1, '', 3, 3, '', 500, 4, '', 'Accessoires*', 1, '', 14, 'Très bon client', '', '', '', '', ''],
          [365, -2, '', 6, 5, '', 1000, 6, '', '*', 0, '', '', '', '', '', '', '', ''],
        ],
      },
      {
        name: 'Fautes',
        values: [
          [0, 5, 'Bijoux', 4],
          [30, 3, '', ''],
          [30, 1, 'Montres', 3],
          ['', '', '', ''],
        ],
      },
      { name: 'Réglages', values: [['Date de référence', midnight('2025-06-30', TZ)]] },
    ],
  });
}

describe('POINTS', () => {
  const book = boutique();

  it('gives the points of the last bound ≤ value, a value on a bound getting that bound', () => {
    // 12 → bound 0 → 5; 30 on the bound 30 → 3; 400 → bound 365 → −2 (negative points)
    expect(flat(book.call('POINTS', book.range('Clients!C2:C4'), book.range('Barème!A2:B5')))).toEqual([5, 3, -2]);
    expect(book.call('POINTS', 179, book.range('Barème!A2:B5'))).toBe(3);
    expect(book.call('POINTS', 180, book.range('Barème!A2:B5'))).toBe(1);
  });

  it('scores labels ignoring case and accents, with patterns and * for the rest', () => {
    // Bijoux 4; "montres" matches Montres 3; Parfum only matches * → 0
    expect(flat(book.call('POINTS', book.range('Clients!F2:F4'), book.range('Barème!J2:K5')))).toEqual([4, 3, 0]);
    expect(book.call('POINTS', 'ACCESSOIRES cuir', book.range('Barème!J2:K5'))).toBe(1);
  });

  it('turns totals into class labels, and leaves blank rows blank', () => {
    // 16 ≥ 14 → Très bon client; 8 on the bound → Bon client; 7.5 → Client à relancer
    expect(flat(book.call('POINTS', column(16, '', 8, 7.5), book.range('Barème!M2:N4')))).toEqual([
      'Très bon client',
      '',
      'Bon client',
      'Client à relancer',
    ]);
  });

  it('ignores blank rows below an open-ended scale', () => {
    expect(book.call('POINTS', 45, book.range('Barème!A2:B'))).toBe(3);
  });

  it('names the argument and the row of each mistake, in French', () => {
    expectCellError(
      book.failure('POINTS', column(12, -3), book.range('Barème!A2:B5')),
      'POINTS : argument « values », ligne 2 : -3 est inférieur au premier seuil du barème (0)',
    );
    expectCellError(
      book.failure('POINTS', 'Sac', book.range('Barème!J2:K4')),
      'POINTS : argument « values » : "Sac" ne correspond à aucun libellé du barème, et le barème n’a pas de ligne « * » pour les autres valeurs',
    );
    expectCellError(
      book.failure('POINTS', 45, book.range('Fautes!A1:B3')),
      'POINTS : argument « scale », ligne 3 : le seuil 30 n’est pas supérieur au seuil précédent (30) : les seuils doivent être strictement croissants',
    );
    expectCellError(
      book.failure('POINTS', 'Bijoux', book.range('Fautes!C1:D4')),
      'POINTS : argument « scale », ligne 2 : cellule vide dans le barème : chaque ligne demande un seuil ou un libellé et ses points',
    );
    expectCellError(
      book.failure('POINTS', 45, book.range('Barème!A1:B5')),
      'POINTS : argument « scale », ligne 1 : "Jours" est un texte alors que les autres seuils sont des nombres : sélectionnez le barème sans sa ligne d’en-tête',
    );
    expectCellError(
      book.failure('POINTS', 45, book.range('Barème!A2:A5')),
      'POINTS : argument « scale » : un barème doit avoir deux colonnes (seuils ou libellés, puis points), reçu 1',
    );
  });

  it('speaks English in an English spreadsheet', () => {
    const english = boutique('en_US');
    expectCellError(
      english.failure('POINTS', column(45, 'many'), english.range('Barème!A2:B5')),
      'POINTS: argument "values", row 2: "many" is not a number',
    );
    expectCellError(
      english.failure('POINTS', 45, english.range('Fautes!A1:B3')),
      'POINTS: argument "scale", row 3: the bound 30 is not above the bound before it (30): bounds must be strictly ascending',
    );
  });
});

describe('RFM_POINTS', () => {
  const book = boutique();
  const scales = [book.range('Barème!A2:B5'), book.range('Barème!D2:E5'), book.range('Barème!G2:H5')] as const;
  const purchases = book.range('Clients!D2:D4');
  const amounts = book.range('Clients!E2:E4');

  it('adds the points of days since the last purchase, purchases and amount', () => {
    // Anne: R 12 → 5, F 7 → 5, M 1 250 → 6: 16; Bruno: R 30 → 3, F 3 → 3, M 480 → 2: 8; Chloé: R 400 → −2, F 1 → 1, M 99.99 → 0: −1
    expect(flat(book.call('RFM_POINTS', book.range('Clients!C2:C4'), purchases, amounts, ...scales))).toEqual([
      16, 8, -1,
    ]);
  });

  it('counts days from dates of last purchase to as_of, or to the latest date', () => {
    const dates = book.range('Clients!B2:B4');
    expect(flat(book.call('RFM_POINTS', dates, purchases, amounts, ...scales, book.range('Réglages!B1')))).toEqual([
      16, 8, -1,
    ]);
    // without as_of the reference is the latest date, 2025-06-18: Anne 0 days → 5; Bruno 18 days → 5 (total 10);
    // Chloé 2024-05-26 → 2025-05-26 365 d, → 18 Jun 23 d: 388 days → −2 (total −1)
    expect(flat(book.call('RFM_POINTS', dates, purchases, amounts, ...scales))).toEqual([16, 10, -1]);
  });

  it('weights the criteria', () => {
    // weights 2, 1, 0.5: Anne 2 × 5 + 5 + 0.5 × 6 = 18; Bruno 2 × 3 + 3 + 0.5 × 2 = 10; Chloé 2 × −2 + 1 + 0 = −3
    expect(
      flat(
        book.call(
          'RFM_POINTS',
          book.range('Clients!C2:C4'),
          purchases,
          amounts,
          ...scales,
          '',
          '',
          '',
          book.range('Barème!P1:S1'),
        ),
      ),
    ).toEqual([18, 10, -3]);
  });

  it('adds product-type points (FRAT), weighted', () => {
    // T: Bijoux 4, montres 3, Parfum (*) 0, weight 2: Anne 16 + 8 = 24; Bruno 8 + 6 = 14; Chloé −1 + 0 = −1
    const result = book.call(
      'RFM_POINTS',
      book.range('Clients!C2:C4'),
      purchases,
      amounts,
      ...scales,
      '',
      book.range('Clients!F2:F4'),
      book.range('Barème!J2:K5'),
      book.range('Barème!P2:S2'),
    );
    expect(flat(result)).toEqual([24, 14, -1]);
    // and the totals cut into classes: 24, 14 → Très bon client; −1 → Client à relancer
    expect(flat(book.call('POINTS', result, book.range('Barème!M2:N4')))).toEqual([
      'Très bon client',
      'Très bon client',
      'Client à relancer',
    ]);
  });

  it('names the argument and the row of each mistake', () => {
    expectCellError(
      book.failure('RFM_POINTS', column(12, 30), column(7, -1), column(5, 5), ...scales),
      'RFM_POINTS : argument « frequency », ligne 2 : -1 est inférieur au premier seuil du barème (0)',
    );
    expectCellError(
      book.failure('RFM_POINTS', 12, 7, 5, ...scales, '', 'Sac', book.range('Barème!J2:K4')),
      'RFM_POINTS : argument « types » : "Sac" ne correspond à aucun libellé du barème, et le barème n’a pas de ligne « * » pour les autres valeurs',
    );
    expectCellError(
      book.failure('RFM_POINTS', 12, 7, 5, scales[0], scales[1], book.range('Barème!M2:N4')),
      'RFM_POINTS : argument « m_scale », ligne 1 : les points de cette ligne ("Client à relancer") ne sont pas un nombre',
    );
    expectCellError(
      book.failure('RFM_POINTS', 12, 7, 5, book.range('Fautes!A1:B3'), scales[1], scales[2]),
      'RFM_POINTS : argument « r_scale », ligne 3 : le seuil 30 n’est pas supérieur au seuil précédent (30) : les seuils doivent être strictement croissants',
    );
    expectCellError(
      book.failure('RFM_POINTS', 12, 7, 5, ...scales, '', 'Bijoux'),
      'RFM_POINTS : argument « t_scale » : les types de produits demandent leur barème : indiquez à la fois types et t_scale, ou aucun des deux',
    );
    expectCellError(
      book.failure('RFM_POINTS', 12, 7, 5, ...scales, '', '', '', book.range('Barème!P1:Q1')),
      'RFM_POINTS : argument « weights » : les coefficients forment une ligne de 3 nombres (R, F, M) ou de 4 avec les types de produits (R, F, M, T), reçu 2',
    );
    expectCellError(
      book.failure('RFM_POINTS', column(12, ''), column(7, 3), column(5, 5), ...scales),
      'RFM_POINTS : argument « recency », ligne 2 : une valeur manque sur une ligne qui en contient d’autres',
    );
  });
});

describe('ABC_CLASS rules', () => {
  const book = workbook();
  /** The published 10-client key (k€), total 21 410. */
  const key = column(9000, 8125, 900, 900, 800, 600, 500, 375, 200, 10);

  it('within: 2 A (42.04 %, 79.99 %), 4 B, 4 C', () => {
    // cumulative shares including each client: 42.04, 79.99 (A); 84.19, tie, 92.13, 94.93 (B); 97.27, … (C)
    expect(flat(book.call('ABC_CLASS', key, '', '', 'within')).join('')).toBe('AABBBBCCCC');
  });

  it('reach (default): the first 900 starts at 79.99 % < 80 % → A, with its tie', () => {
    expect(flat(book.call('ABC_CLASS', key))).toEqual(['A', 'A', 'A', 'A', 'B', 'B', 'B', 'C', 'C', 'C']);
    expect(flat(book.call('ABC_CLASS', key, 0.8, 0.95, 'Reach'))).toEqual(flat(book.call('ABC_CLASS', key)));
  });

  it('clients: defaults 20 % / 50 % of the clients', () => {
    // ranks 1, 2 → A; the 900s share rank 3 ((3 − 1)/10 = 0.2) → B; 800 rank 5 (0.4) → B; rank 6 (0.5) onwards → C
    expect(flat(book.call('ABC_CLASS', key, undefined, undefined, 'clients')).join('')).toBe('AABBBCCCCC');
  });

  it('refuses an unknown rule', () => {
    expectCellError(
      book.failure('ABC_CLASS', key, '', '', 'pareto'),
      'ABC_CLASS: argument "rule": unknown ABC rule "pareto": use "reach", "within" or "clients"',
    );
  });
});
