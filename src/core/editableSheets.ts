/**
 * The two sheets users edit to adapt the analysis: segment rules and the
 * action catalogue. Default contents as rows, and rows read back into rules
 * and catalogue entries. Row numbers in errors are 1-based sheet rows.
 */
import { actionFor, defaultCatalogue, type ActionEntry } from './actions';
import { isBlank, readNumber, type Cell } from './cells';
import { PortfolioError } from './errors';
import { formatMessage } from './i18n/messages';
import { reportText } from './i18n/reportTexts';
import { schemeName } from './i18n/schemeNames';
import { defaultRules, SCHEME_IDS, schemeOf, type ScoreRange, type SegmentRule } from './segments';
import type { Lang, SchemeId } from './types';

/** Rows of the segment-rules sheet: a header, then every rule of every shipped scheme (scheme named in `lang`). */
export function defaultRulesRows(lang: Lang): Cell[][] {
  const header = (
    ['ruleScheme', 'ruleSegment', 'ruleRFrom', 'ruleRTo', 'ruleFFrom', 'ruleFTo', 'ruleMFrom', 'ruleMTo'] as const
  ).map((key) => reportText(lang, key));
  const rows: Cell[][] = [header];
  for (const scheme of SCHEME_IDS) {
    for (const rule of defaultRules(scheme, lang)) {
      rows.push([
        schemeName(scheme, lang),
        rule.segment,
        rule.r[0],
        rule.r[1],
        rule.f[0],
        rule.f[1],
        rule.m[0],
        rule.m[1],
      ]);
    }
  }
  return rows;
}

/** A score bound of a rule: a whole number from 1 to 5. */
function readBound(cell: Cell): number {
  const value = typeof cell === 'number' ? cell : readNumber(cell, true);
  if (!Number.isInteger(value) || value < 1 || value > 5) throw new Error('range');
  return value;
}

/** Builds a rule-sheet error, localised, for sheet row `row`. */
function ruleError(
  lang: Lang,
  sheet: string,
  row: number,
  problem: 'ruleScheme' | 'ruleRange' | 'ruleSegment',
): PortfolioError {
  return new PortfolioError('badRule', { sheet, row, problem: formatMessage(lang, problem) });
}

/**
 * The rules of `scheme` read from the rows of the segment-rules sheet (header
 * first). Blank rows are skipped; rules of other schemes are checked too, so
 * that a typing mistake shows up whatever the scheme. Throws `badRule`.
 */
export function rulesFromRows(
  rows: readonly (readonly Cell[])[],
  scheme: SchemeId,
  lang: Lang,
  sheet: string,
): SegmentRule[] {
  const rules: SegmentRule[] = [];
  rows.forEach((cells, index) => {
    if (index === 0 || cells.every(isBlank)) return;
    const row = index + 1;
    const schemeCell = schemeOf(String(cells[0] ?? ''));
    if (schemeCell === null) throw ruleError(lang, sheet, row, 'ruleScheme');
    const segment = String(cells[1] ?? '').trim();
    if (!segment) throw ruleError(lang, sheet, row, 'ruleSegment');
    let bounds: number[];
    try {
      bounds = cells.slice(2, 8).map(readBound);
    } catch {
      throw ruleError(lang, sheet, row, 'ruleRange');
    }
    const [rFrom, rTo, fFrom, fTo, mFrom, mTo] = bounds;
    if (
      rFrom === undefined ||
      rTo === undefined ||
      fFrom === undefined ||
      fTo === undefined ||
      mFrom === undefined ||
      mTo === undefined ||
      rFrom > rTo ||
      fFrom > fTo ||
      mFrom > mTo
    ) {
      throw ruleError(lang, sheet, row, 'ruleRange');
    }
    const ranges: Record<'r' | 'f' | 'm', ScoreRange> = { r: [rFrom, rTo], f: [fFrom, fTo], m: [mFrom, mTo] };
    if (schemeCell === scheme) rules.push({ segment, ...ranges });
  });
  return rules;
}

/** Rows of the action-catalogue sheet: a header, then the default catalogue. */
export function defaultCatalogueRows(lang: Lang): Cell[][] {
  const header = (['ruleSegment', 'priority', 'objective', 'action', 'channel', 'messageTemplate'] as const).map(
    (key) => reportText(lang, key),
  );
  return [
    header,
    ...defaultCatalogue(lang).map((e) => [e.segment, e.priority, e.objective, e.action, e.channel, e.message]),
  ];
}

/** Catalogue entries read from the rows of the action-catalogue sheet (header first). Throws `badCatalogue`. */
export function catalogueFromRows(rows: readonly (readonly Cell[])[], sheet: string): ActionEntry[] {
  const entries: ActionEntry[] = [];
  rows.forEach((cells, index) => {
    if (index === 0 || cells.every(isBlank)) return;
    const segment = String(cells[0] ?? '').trim();
    if (!segment) return;
    const priority = typeof cells[1] === 'number' ? cells[1] : Number(String(cells[1] ?? '').trim());
    if (!Number.isInteger(priority)) throw new PortfolioError('badCatalogue', { sheet, row: index + 1 });
    const text = (k: number) => String(cells[k] ?? '');
    entries.push({ segment, priority, objective: text(2), action: text(3), channel: text(4), message: text(5) });
  });
  return entries;
}

/**
 * The entry of `segment` in the user's catalogue, or from the default
 * catalogue when the user's has none for it (a segment added in the rules sheet).
 */
function catalogueEntry(catalogue: readonly ActionEntry[], segment: string, lang: Lang): ActionEntry {
  return (
    actionFor(catalogue, segment) ??
    actionFor(defaultCatalogue(lang), segment) ?? {
      segment,
      priority: Number.MAX_SAFE_INTEGER,
      objective: '',
      action: '',
      channel: '',
      message: '',
    }
  );
}

/**
 * The catalogue entry of a segment, as `catalogueEntry` finds it (the user's,
 * else the default one, else a blank entry ranked last), for many clients:
 * each segment name is looked up once.
 */
export function catalogueLookup(catalogue: readonly ActionEntry[], lang: Lang): (segment: string) => ActionEntry {
  const found = new Map<string, ActionEntry>();
  return (segment) => {
    let entry = found.get(segment);
    if (entry === undefined) {
      entry = catalogueEntry(catalogue, segment, lang);
      found.set(segment, entry);
    }
    return entry;
  };
}
