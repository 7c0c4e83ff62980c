/**
 * The editable sheets: default rows of the segment rules and of the action
 * catalogue, and those rows read back (as users may have edited them).
 */
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../../src/core/actions';
import { defaultRules, SCHEME_IDS } from '../../src/core/segments';
import {
  catalogueLookup,
  catalogueFromRows,
  defaultCatalogueRows,
  defaultRulesRows,
  rulesFromRows,
} from '../../src/core/editableSheets';
import { portfolioError } from '../support/portfolioError';

const HEADER = ['Scheme', 'Segment', 'R from', 'R to', 'F from', 'F to', 'M from', 'M to'];

describe('defaultRulesRows', () => {
  it('holds a header then every rule of every shipped scheme', () => {
    const rows = defaultRulesRows('en');
    expect(rows[0]).toEqual(HEADER);
    // 11 classic + 10 rfm + 6 fr-ladder
    expect(rows).toHaveLength(1 + 27);
    expect(rows[1]).toEqual(['classic', 'Champions', 4, 5, 4, 5, 4, 5]);
    expect(rows[12]).toEqual(['rfm package', 'Champions', 5, 5, 5, 5, 5, 5]);
    expect(rows[27]).toEqual(['course ladder', 'Occasional client', 1, 5, 1, 5, 1, 5]);
    // in French, the schemes are named in French
    expect(
      defaultRulesRows('fr')
        .slice(1)
        .map((row) => row[0]),
    ).toEqual([
      ...new Array<string>(11).fill('classique'),
      ...new Array<string>(10).fill('package rfm'),
      ...new Array<string>(6).fill('échelle du cours'),
    ]);
    expect(defaultRulesRows('fr')[0]).toEqual(['Grille', 'Segment', 'R de', 'R à', 'F de', 'F à', 'M de', 'M à']);
  });

  it('reads back into the shipped rules of each scheme', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const scheme of SCHEME_IDS) {
        expect(rulesFromRows(defaultRulesRows(lang), scheme, lang, 'Rules')).toEqual(defaultRules(scheme, lang));
      }
    }
  });
});

describe('rulesFromRows', () => {
  it('reads edited rules: text numbers, scheme in any case, blank rows, other schemes left out', () => {
    const rows = [
      HEADER,
      [' Classic ', 'VIP', '5', 5, 4, '5', 4, 5],
      ['', '', '', '', '', '', '', ''],
      ['rfm', 'Other scheme', 1, 5, 1, 5, 1, 5],
      ['classic', '  Everyone else ', 1, 5, 1, 5, 1, 5],
    ];
    expect(rulesFromRows(rows, 'classic', 'en', 'Rules')).toEqual([
      { segment: 'VIP', r: [5, 5], f: [4, 5], m: [4, 5] },
      { segment: 'Everyone else', r: [1, 5], f: [1, 5], m: [1, 5] },
    ]);
    expect(rulesFromRows([HEADER], 'classic', 'en', 'Rules')).toEqual([]);
  });

  it.each([
    [
      'an unknown scheme',
      ['classik', 'VIP', 1, 5, 1, 5, 1, 5],
      'the scheme must be classic, rfm package or course ladder',
    ],
    ['a missing segment name', ['classic', ' ', 1, 5, 1, 5, 1, 5], 'the segment name is missing'],
    [
      'a score of 6',
      ['classic', 'VIP', 1, 6, 1, 5, 1, 5],
      'score ranges must be whole numbers from 1 to 5, "from" not above "to"',
    ],
    [
      'a score of 2.5',
      ['classic', 'VIP', 2.5, 5, 1, 5, 1, 5],
      'score ranges must be whole numbers from 1 to 5, "from" not above "to"',
    ],
    [
      '"from" above "to"',
      ['classic', 'VIP', 1, 5, 4, 3, 1, 5],
      'score ranges must be whole numbers from 1 to 5, "from" not above "to"',
    ],
    [
      'a missing bound',
      ['classic', 'VIP', 1, 5, 1, 5, 1],
      'score ranges must be whole numbers from 1 to 5, "from" not above "to"',
    ],
    [
      'a bound in words',
      ['classic', 'VIP', 'un', 5, 1, 5, 1, 5],
      'score ranges must be whole numbers from 1 to 5, "from" not above "to"',
    ],
  ])('names the sheet, the row and the problem for %s, whatever the scheme asked', (_, row, problem) => {
    const rows = [HEADER, ['fr-ladder', 'Good', 1, 5, 1, 5, 1, 5], row];
    expect(() => rulesFromRows(rows, 'fr-ladder', 'en', 'My rules')).toThrow(
      portfolioError('badRule', { sheet: 'My rules', row: 3, problem }),
    );
  });

  it('says the problem in French for a French sheet', () => {
    expect(() => rulesFromRows([HEADER, ['classic', 'VIP', 0, 5, 1, 5, 1, 5]], 'classic', 'fr', 'Règles')).toThrow(
      portfolioError('badRule', {
        sheet: 'Règles',
        row: 2,
        problem: 'les plages de notes sont des entiers de 1 à 5, « de » au plus égal à « à »',
      }),
    );
  });
});

describe('the action catalogue rows', () => {
  it('hold a header then the default catalogue, and read back into it', () => {
    const rows = defaultCatalogueRows('fr');
    expect(rows[0]).toEqual(['Segment', 'Priorité', 'Objectif', 'Action', 'Canal', 'Modèle de message']);
    expect(rows[1]?.slice(0, 2)).toEqual(['À ne pas perdre', 1]);
    expect(catalogueFromRows(rows, 'Catalogue')).toEqual(defaultCatalogue('fr'));
  });

  it('read edited entries: priority typed as text, blank rows and rows without a segment skipped, missing texts blank', () => {
    const rows = [
      ['Segment', 'Priority'],
      ['VIP', ' 2 ', 'Keep them', 'Call', 'Phone', 'Hi {{client}}'],
      ['', '', '', ''],
      ['', 4, 'orphan'],
      ['Lost', 9],
    ];
    expect(catalogueFromRows(rows, 'Catalogue')).toEqual([
      {
        segment: 'VIP',
        priority: 2,
        objective: 'Keep them',
        action: 'Call',
        channel: 'Phone',
        message: 'Hi {{client}}',
      },
      { segment: 'Lost', priority: 9, objective: '', action: '', channel: '', message: '' },
    ]);
  });

  it('refuse a priority that is not a whole number, naming the sheet and the row', () => {
    expect(() =>
      catalogueFromRows(
        [
          ['Segment', 'Priority'],
          ['VIP', 'high'],
        ],
        'Catalogue',
      ),
    ).toThrow(portfolioError('badCatalogue', { sheet: 'Catalogue', row: 2 }));
    expect(() =>
      catalogueFromRows(
        [
          ['Segment', 'Priority'],
          ['A', 1],
          ['VIP', 1.5],
        ],
        'Catalogue',
      ),
    ).toThrow(portfolioError('badCatalogue', { sheet: 'Catalogue', row: 3 }));
  });
});

describe('catalogueLookup', () => {
  const mine = [{ segment: 'VIP', priority: 0, objective: 'Keep', action: 'Call', channel: 'Phone', message: '' }];

  it('takes the user’s entry (names compared without case), else the default one, else a blank entry ranked last', () => {
    const catalogueEntry = catalogueLookup(mine, 'en');
    expect(catalogueEntry(' vip')).toBe(mine[0]);
    expect(catalogueEntry('Lost').objective).toBe('Understand why lost clients left, to avoid losing others');
    expect(catalogueEntry('Stars')).toEqual({
      segment: 'Stars',
      priority: Number.MAX_SAFE_INTEGER,
      objective: '',
      action: '',
      channel: '',
      message: '',
    });
  });

  it('looks each segment name up once, however many clients are in it', () => {
    // An entry whose name counts its reads: three clients of "VIP", then one of "Lost" (compared with it too).
    let reads = 0;
    const counted = {
      ...mine[0]!,
      get segment() {
        reads += 1;
        return 'VIP';
      },
    };
    const entryOf = catalogueLookup([counted], 'en');
    for (const name of ['VIP', 'VIP', 'vip ']) expect(entryOf(name)).toBe(counted);
    expect(reads).toBe(2);
    entryOf('Lost');
    entryOf('Lost');
    expect(reads).toBe(3);
  });
});
