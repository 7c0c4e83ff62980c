import { readNumber } from '../core/cells';
import { PortfolioError } from '../core/errors';
import { scoresFromCode } from '../core/rfm';
import { DEFAULT_SCHEME, defaultRules, othersName, parseScheme, segmentOf } from '../core/segments';
import type { SchemeId } from '../core/types';
import { columnOf, filledRows, isOmitted, readArgument, readCells, runCustomFunction, shapeResult, spread } from './args';

/**
 * Segment of each RFM code (e.g. 543 → "Champions"), in the spreadsheet's language. Rules are evaluated top-down,
 * the first match wins. Scheme "classic" (11 segments), "rfm" (the R package rfm's 10 segments and "Others", English
 * names) or "fr-ladder" (très bon client, bon client, nouveau client, futur non-client, inactif, client occasionnel).
 *
 * @param {number} codes RFM codes such as 543 (from RFM_SCORE).
 * @param {string} scheme Optional. "classic" (default), "rfm" or "fr-ladder".
 * @param {number} bins Optional. Number of classes the codes were scored with, 2 to 9 (default 5).
 * @return Segment name per row; blank rows stay blank.
 * @customfunction
 */
export function RFM_SEGMENT(codes: unknown, scheme?: unknown, bins?: unknown): unknown {
  return runCustomFunction('RFM_SEGMENT', (context) => {
    const column = readArgument('codes', () => columnOf(codes));
    const rows = filledRows({ codes: column }, column.cells.length);
    const schemeId: SchemeId = readArgument('scheme', () => (isOmitted(scheme) ? DEFAULT_SCHEME : parseScheme(String(scheme))));
    const classes = readArgument('bins', () => (isOmitted(bins) ? 5 : readCodeClasses(bins, context.decimalComma)));
    const rules = defaultRules(schemeId, context.lang);
    const others = othersName(schemeId, context.lang);
    const axes = { r: classes, f: classes, m: classes };
    const segments = readCells('codes', column, rows, (cell) =>
      segmentOf(scoresFromCode(typeof cell === 'number' ? cell : String(cell), classes), axes, rules, others),
    );
    return shapeResult(spread(segments, rows, column.cells.length), column.scalar);
  });
}

/** Number of classes behind a code: 2 to 9 (a code holds one digit per score). */
function readCodeClasses(cell: unknown, decimalComma: boolean): number {
  const classes = readNumber(cell, decimalComma);
  if (!Number.isInteger(classes) || classes < 2 || classes > 9) {
    throw new PortfolioError('codeClassesOutOfRange', { value: classes });
  }
  return classes;
}
