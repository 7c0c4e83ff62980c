/**
 * Points scales: numeric lower bounds (inclusive) or text labels with `*`,
 * and the weighted points total of RFM / FRAT scorecards.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normaliseLabel,
  numericPointsOf,
  parseScale,
  pointsOf,
  rfmPoints,
  type PointsScale,
} from '../../src/core/points';

const portfolioError = (key: string, index?: number) =>
  expect.objectContaining(
    index === undefined ? { name: 'PortfolioError', key } : { name: 'PortfolioError', key, index },
  );

/** Recency in days: under 30 days 5 points, 30 to 179 days 3 points, 180 to 364 days 1 point, a year or more −2. */
const recencyScale = parseScale([
  [0, 5],
  [30, 3],
  [180, 1],
  [365, -2],
]);
/** Purchases: none 0, 1–2 1 point, 3–5 3 points, 6 or more 5 points. */
const frequencyScale = parseScale([
  [0, 0],
  [1, 1],
  [3, 3],
  [6, 5],
]);
/** Amount: under 100 € 0, 100–499 € 2, 500–999 € 4, 1 000 € or more 6. */
const monetaryScale = parseScale([
  [0, 0],
  [100, 2],
  [500, 4],
  [1000, 6],
]);
/** Product type bought (FRAT): jewels 4, watches 3, accessories* 1, anything else 0. */
const typeScale = parseScale([
  ['Bijoux', 4],
  ['Montres', 3],
  ['Accessoires*', 1],
  ['*', 0],
]);
/** Total → class label. */
const classScale = parseScale([
  [-10, 'Client à relancer'],
  [8, 'Bon client'],
  [14, 'Très bon client'],
]);

describe('parseScale', () => {
  it('reads ascending numeric bounds and keeps the second column as given', () => {
    expect(recencyScale).toEqual({ kind: 'numeric', bounds: [0, 30, 180, 365], values: [5, 3, 1, -2] });
    expect(classScale.values).toEqual(['Client à relancer', 'Bon client', 'Très bon client']);
  });

  it('reads text numbers with the decimal convention given', () => {
    expect(
      parseScale(
        [
          ['0', 1],
          ['1 000,5', 2],
        ],
        true,
      ),
    ).toEqual({ kind: 'numeric', bounds: [0, 1000.5], values: [1, 2] });
  });

  it('reads labels when the first column holds text', () => {
    expect(typeScale.kind).toBe('labels');
  });

  it('ignores blank rows after the last one (open ranges such as E2:F)', () => {
    expect(
      parseScale([
        [0, 1],
        [10, 2],
        ['', ''],
        ['', ''],
      ]),
    ).toEqual({ kind: 'numeric', bounds: [0, 10], values: [1, 2] });
  });

  it('refuses bounds that are not strictly ascending, naming the row', () => {
    expect(() =>
      parseScale([
        [0, 1],
        [30, 2],
        [30, 3],
      ]),
    ).toThrow(portfolioError('scaleNotAscending', 2));
    expect(() =>
      parseScale([
        [0, 1],
        [30, 2],
        [10, 3],
      ]),
    ).toThrow(portfolioError('scaleNotAscending', 2));
  });

  it('refuses a blank cell inside the scale, naming the row', () => {
    expect(() =>
      parseScale([
        [0, 1],
        ['', ''],
        [30, 3],
      ]),
    ).toThrow(portfolioError('scaleBlank', 1));
    expect(() =>
      parseScale([
        [0, 1],
        [10, ''],
        [30, 3],
      ]),
    ).toThrow(portfolioError('scaleBlank', 1));
    expect(() =>
      parseScale([
        ['', 1],
        [10, 2],
      ]),
    ).toThrow(portfolioError('scaleBlank', 0));
  });

  it('refuses a range that is not two columns, an empty range and a header row', () => {
    expect(() => parseScale([[0], [10]])).toThrow(portfolioError('scaleShape'));
    expect(() => parseScale([[0, 1, 2]])).toThrow(portfolioError('scaleShape'));
    expect(() => parseScale([])).toThrow(portfolioError('scaleEmpty'));
    expect(() =>
      parseScale([
        ['', ''],
        ['', ''],
      ]),
    ).toThrow(portfolioError('scaleEmpty'));
    expect(() =>
      parseScale([
        ['Jours', 'Points'],
        [0, 5],
        [30, 3],
      ]),
    ).toThrow(portfolioError('scaleHeader', 0));
  });

  it('refuses a date as a bound and a label given twice (accents and case ignored)', () => {
    expect(() =>
      parseScale([
        [0, 1],
        [new Date(2025, 0, 1), 2],
      ]),
    ).toThrow(portfolioError('scaleDateBound', 1));
    expect(() =>
      parseScale([
        ['Bijoux', 1],
        ['BIJOUX ', 2],
      ]),
    ).toThrow(portfolioError('scaleDuplicateLabel', 1));
    expect(() =>
      parseScale([
        ['Électroménager', 1],
        ['electromenager', 2],
      ]),
    ).toThrow(portfolioError('scaleDuplicateLabel', 1));
  });
});

describe('pointsOf', () => {
  it('gives the entry of the last bound ≤ value, a value on a bound getting that bound', () => {
    // 29 days: last bound ≤ 29 is 0 → 5; 30 is on the bound 30 → 3; 179 → 30 → 3; 180 → 1; 365 → −2; 2 000 → −2
    expect([0, 29, 30, 179, 180, 364, 365, 2000].map((days) => pointsOf(days, recencyScale))).toEqual([
      5, 5, 3, 3, 1, 1, -2, -2,
    ]);
  });

  it('reads text numbers for a numeric scale', () => {
    expect(pointsOf('1 000,00 €', monetaryScale, true)).toBe(6);
  });

  it('turns a total into a class label', () => {
    // 7.99 < 8 → first class; 8 on the bound → Bon client; 14 → Très bon client; −10 on the first bound
    expect([7.99, 8, 13, 14, -10].map((total) => pointsOf(total, classScale))).toEqual([
      'Client à relancer',
      'Bon client',
      'Bon client',
      'Très bon client',
      'Client à relancer',
    ]);
  });

  it('refuses a value below the first bound and a non-number', () => {
    expect(() => pointsOf(-1, recencyScale)).toThrow(portfolioError('belowFirstBound'));
    expect(() => pointsOf(-10.01, classScale)).toThrow(portfolioError('belowFirstBound'));
    expect(() => pointsOf('beaucoup', recencyScale)).toThrow(portfolioError('notANumber'));
  });

  it('matches labels ignoring case, accents and spaces, patterns with *, and * for the rest', () => {
    expect(pointsOf('  bijoux ', typeScale)).toBe(4);
    expect(pointsOf('MONTRES', typeScale)).toBe(3);
    expect(pointsOf('Accessoires cuir', typeScale)).toBe(1);
    expect(pointsOf('Parfum', typeScale)).toBe(0);
    const accents = parseScale([
      ['Électroménager', 2],
      ['Hi-fi', 1],
    ]);
    expect(pointsOf('electromenager', accents)).toBe(2);
    expect(pointsOf('ÉLECTROMÉNAGER', accents)).toBe(2);
  });

  it('prefers an exact label to a pattern and a pattern to * wherever they stand', () => {
    const scale = parseScale([
      ['*', 0],
      ['Montre*', 2],
      ['Montre connectée', 5],
    ]);
    expect(pointsOf('montre connectee', scale)).toBe(5);
    expect(pointsOf('Montre à gousset', scale)).toBe(2);
    expect(pointsOf('Sac', scale)).toBe(0);
  });

  it('refuses a label with no match when the scale has no *', () => {
    const scale = parseScale([
      ['Bijoux', 4],
      ['Montres', 3],
    ]);
    expect(() => pointsOf('Parfum', scale)).toThrow(portfolioError('unknownLabel'));
  });

  it('matches number cells against text labels by their text', () => {
    const scale = parseScale([
      ['Gamme 1', 1],
      [2, 5],
      ['Gamme 3', 2],
    ]);
    expect(pointsOf(2, scale)).toBe(5);
  });
});

describe('numericPointsOf', () => {
  it('refuses an entry that is not a number, naming the scale row', () => {
    expect(() => numericPointsOf(14, classScale)).toThrow(portfolioError('pointsNotNumber', 2));
  });
});

describe('rfmPoints', () => {
  // Three clients: days since last purchase, purchases, amount, product type
  const days = [12, 30, 400];
  const purchases = [7, 3, 1];
  const amounts = [1250, 480, 99.99];
  const types = ['Bijoux', 'montres', 'Parfum'];

  it('adds the points of each criterion', () => {
    // client 1: R 12 → 5, F 7 → 5, M 1 250 → 6: total 16
    // client 2: R 30 (on the bound) → 3, F 3 (on the bound) → 3, M 480 → 2: total 8
    // client 3: R 400 → −2 (negative points), F 1 → 1, M 99.99 → 0: total −1
    expect(rfmPoints(days, purchases, amounts, { r: recencyScale, f: frequencyScale, m: monetaryScale })).toEqual([
      { r: 5, f: 5, m: 6, t: null, total: 16 },
      { r: 3, f: 3, m: 2, t: null, total: 8 },
      { r: -2, f: 1, m: 0, t: null, total: -1 },
    ]);
  });

  it('weights the criteria', () => {
    // weights R 2, F 1, M 0.5:
    // client 1: 2 × 5 + 5 + 0.5 × 6 = 18; client 2: 2 × 3 + 3 + 0.5 × 2 = 10; client 3: 2 × −2 + 1 + 0.5 × 0 = −3
    const result = rfmPoints(
      days,
      purchases,
      amounts,
      { r: recencyScale, f: frequencyScale, m: monetaryScale },
      {
        weights: { r: 2, f: 1, m: 0.5 },
      },
    );
    expect(result.map((client) => client.total)).toEqual([18, 10, -3]);
  });

  it('adds product-type points (FRAT) with their weight', () => {
    // T: Bijoux 4, montres 3, Parfum matches only * → 0; weight T 2
    // client 1: 16 + 2 × 4 = 24; client 2: 8 + 2 × 3 = 14; client 3: −1 + 2 × 0 = −1
    const result = rfmPoints(
      days,
      purchases,
      amounts,
      { r: recencyScale, f: frequencyScale, m: monetaryScale, t: typeScale },
      {
        types,
        weights: { t: 2 },
      },
    );
    expect(result.map((client) => [client.t, client.total])).toEqual([
      [4, 24],
      [3, 14],
      [0, -1],
    ]);
    // the totals then cut into classes: 24 and 14 ≥ 14 → Très bon client; −1 → Client à relancer
    expect(result.map((client) => pointsOf(client.total, classScale))).toEqual([
      'Très bon client',
      'Très bon client',
      'Client à relancer',
    ]);
  });

  it('keeps decimal weights free of binary noise', () => {
    // 0.1 × 1 + 0.2 × 1 + 0 = 0.3, not 0.30000000000000004
    const one = parseScale([[0, 1]]);
    expect(
      rfmPoints([0], [0], [0], { r: one, f: one, m: parseScale([[0, 0]]) }, { weights: { r: 0.1, f: 0.2 } })[0]?.total,
    ).toBe(0.3);
  });

  it('names the criterion and the client of a value out of its scale', () => {
    expect(() =>
      rfmPoints([5, 5], [-1, 2], [10, 10], { r: recencyScale, f: frequencyScale, m: monetaryScale }),
    ).toThrow(
      expect.objectContaining({
        key: 'belowFirstBound',
        index: 0,
        params: expect.objectContaining({ criterion: 'F' }),
      }),
    );
    expect(() =>
      rfmPoints(
        [5],
        [1],
        [10],
        { r: recencyScale, f: frequencyScale, m: monetaryScale, t: parseScale([['Bijoux', 1]]) },
        { types: ['Sac'] },
      ),
    ).toThrow(
      expect.objectContaining({ key: 'unknownLabel', index: 0, params: expect.objectContaining({ criterion: 'T' }) }),
    );
  });

  it('refuses a scale whose points are not numbers, types without their scale, and lists of different lengths', () => {
    expect(() => rfmPoints([5], [1], [10], { r: recencyScale, f: frequencyScale, m: classScale })).toThrow(
      expect.objectContaining({
        key: 'pointsNotNumber',
        index: 0,
        params: expect.objectContaining({ criterion: 'M' }),
      }),
    );
    expect(() =>
      rfmPoints([5], [1], [10], { r: recencyScale, f: frequencyScale, m: monetaryScale }, { types: ['Bijoux'] }),
    ).toThrow(portfolioError('typesWithoutScale'));
    expect(() => rfmPoints([5, 6], [1], [10, 3], { r: recencyScale, f: frequencyScale, m: monetaryScale })).toThrow(
      portfolioError('lengthMismatch'),
    );
  });
});

describe('properties', () => {
  const ascendingScale = fc
    .uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 8 })
    .chain((bounds) =>
      fc.tuple(
        fc.constant([...bounds].sort((a, b) => a - b)),
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: bounds.length, maxLength: bounds.length }),
      ),
    );

  it('points are non-decreasing in the value when the points of an ascending scale are', () => {
    fc.assert(
      fc.property(
        ascendingScale,
        fc.double({ min: 0, max: 3000, noNaN: true }),
        fc.double({ min: 0, max: 3000, noNaN: true }),
        ([bounds, points], x, y) => {
          const sortedPoints = [...points].sort((a, b) => a - b);
          const scale: PointsScale = parseScale(bounds.map((bound, i) => [bound, sortedPoints[i]]));
          const low = (bounds[0] ?? 0) + Math.min(x, y);
          const high = (bounds[0] ?? 0) + Math.max(x, y);
          expect(numericPointsOf(low, scale)).toBeLessThanOrEqual(numericPointsOf(high, scale));
        },
      ),
    );
  });

  it('a value exactly on a bound gets the entry of that bound', () => {
    fc.assert(
      fc.property(ascendingScale, ([bounds, points]) => {
        const scale = parseScale(bounds.map((bound, i) => [bound, points[i]]));
        bounds.forEach((bound, i) => expect(pointsOf(bound, scale)).toBe(points[i]));
      }),
    );
  });

  it('label matching ignores case and accents', () => {
    fc.assert(
      fc.property(fc.constantFrom('Électroménager', 'Prêt-à-porter', 'Cœur de gamme', 'Hi-Fi'), (label) => {
        expect(normaliseLabel(label.toUpperCase())).toBe(
          normaliseLabel(
            label
              .normalize('NFD')
              .replace(/[\u0300-\u036f]/g, '')
              .toLowerCase(),
          ),
        );
      }),
    );
  });
});
