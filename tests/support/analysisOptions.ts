/** The options of the sidebar's analysis with the shipped defaults, for the core tests. */
import { defaultCatalogue } from '../../src/core/actions';
import type { AnalysisOptions } from '../../src/core/analysis';
import { dayFromIso } from '../../src/core/days';
import { defaultRules, othersName } from '../../src/core/segments';
import type { Lang } from '../../src/core/types';

/**
 * Analysis options of a client list read from row 2 on 30 June 2024: five
 * quantile classes, ABC at 80 % / 95 %, returns netted, the `classic` scheme
 * and the default action catalogue in `lang`, dates read as UTC days, day
 * first, decimal comma in French. `overrides` replace any of these.
 */
export function analysisOptions(
  lang: Lang,
  overrides: Pick<AnalysisOptions, 'mapping'> & Partial<AnalysisOptions>,
): AnalysisOptions {
  return {
    shape: 'clients',
    asOfDay: dayFromIso('2024-06-30'),
    returns: 'net',
    reading: {
      dayOf: (date) => Math.floor(date.getTime() / 86_400_000),
      dateOrder: 'dmy',
      decimalComma: lang === 'fr',
    },
    firstRow: 2,
    lang,
    binning: { kind: 'bins', n: 5 },
    method: 'quantile',
    aShare: 0.8,
    bShare: 0.95,
    rules: defaultRules('classic', lang),
    others: othersName('classic', lang),
    catalogue: defaultCatalogue(lang),
    ...overrides,
  };
}
