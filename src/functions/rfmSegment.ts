import { readNumber } from '../core/cells';
import { checkBins, scoresFromCode } from '../core/rfm';
import { DEFAULT_SCHEME, defaultRules, othersName, parseSchemeChoice, segmentOf } from '../core/segments';
import type { SchemeId } from '../core/types';
import {
  columnOf,
  filledRows,
  optionalSetting,
  readArgument,
  readCells,
  runCustomFunction,
  shapeResult,
  spread,
} from './args';

/**
 * Segment of each RFM code (e.g. 543 → "Champions"), in the spreadsheet's language. Rules are evaluated top-down,
 * the first match wins. Scheme "classic" (11 segments), "rfm" (the R package rfm's 10 segments and "Others", named in
 * the spreadsheet's language; "rfm-en" keeps the package's English names) or "fr-ladder" (très bon client, bon client, nouveau client, futur non-client, inactif, client occasionnel).
 *
 * @param {number} codes RFM codes such as 543 (from RFM_SCORE).
 * @param {string} scheme Optional. "classic" (default), "rfm", "fr-ladder", or "rfm-en" (the R package's English names).
 * @param {number} bins Optional. Number of classes the codes were scored with, 2 to 9 (default 5).
 * @return Segment name per row; blank rows stay blank.
 * @customfunction
 */
export function RFM_SEGMENT(codes: unknown, scheme?: unknown, bins?: unknown): unknown {
  return runCustomFunction('RFM_SEGMENT', (context) => {
    const column = readArgument('codes', () => columnOf(codes));
    const rows = filledRows({ codes: column }, column.cells.length);
    const choice = optionalSetting('scheme', scheme, parseSchemeChoice(DEFAULT_SCHEME), (value) =>
      parseSchemeChoice(String(value)),
    );
    const schemeId: SchemeId = choice.scheme;
    const namesLang = choice.namesLang ?? context.lang;
    const classes = optionalSetting('bins', bins, 5, (value) => readCodeClasses(value, context.decimalComma));
    const rules = defaultRules(schemeId, namesLang);
    const others = othersName(schemeId, namesLang);
    const axes = { r: classes, f: classes, m: classes };
    const segments = readCells('codes', column, rows, (cell) =>
      segmentOf(scoresFromCode(typeof cell === 'number' ? cell : String(cell), classes), axes, rules, others),
    );
    return shapeResult(spread(segments, rows, column.cells.length), column.scalar);
  });
}

/** Number of classes behind a code: 2 to 9 (a code holds one digit per score), the rule of RFM_SCORE's `bins`. */
function readCodeClasses(cell: unknown, decimalComma: boolean): number {
  const classes = readNumber(cell, decimalComma);
  checkBins(classes);
  return classes;
}
