/**
 * Guesses the field separator of a CSV text among comma, semicolon and tab.
 */
import Papa from 'papaparse';

/** Separators the import recognises. */
export type CsvDelimiter = ',' | ';' | '\t';

/**
 * Candidates in order of preference on a full tie: `A;12,5` splits into two
 * fields either way, and a decimal comma in every record is far more common
 * than a stray semicolon in every record.
 */
const CANDIDATES: CsvDelimiter[] = [';', '\t', ','];

/** How many leading records the guess looks at. */
const SAMPLE_ROWS = 100;

/**
 * For each candidate, splits the first records (quotes respected) and finds
 * the most common field count among records that are not empty lines, and
 * the share of records having it. Candidates that split nothing (one field) are out. The winner has
 * the highest share, then the most fields (`Dupont;12/03/2025;1 234,50` splits
 * into 3 fields on `;` but only 2 on `,`), then the order of `CANDIDATES`.
 * No candidate splits anything → `,` (a one-column file).
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; share: number; fields: number } | null = null;
  for (const delimiter of CANDIDATES) {
    const { data } = Papa.parse<string[]>(text, { delimiter, preview: SAMPLE_ROWS });
    const counts = data.filter((record) => !isEmptyLine(record)).map((record) => record.length);
    const [fields, share] = mostCommonCount(counts);
    if (fields < 2) continue;
    const better = best === null || share > best.share || (share === best.share && fields > best.fields);
    if (better) best = { delimiter, share, fields };
  }
  return best?.delimiter ?? ',';
}

/** The most frequent value of `counts` (the larger on a tie) and its share (0–1); `[0, 0]` when empty. */
function mostCommonCount(counts: number[]): [number, number] {
  const frequency = new Map<number, number>();
  for (const count of counts) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  let mode = 0;
  let modeFrequency = 0;
  for (const [count, times] of frequency) {
    if (times > modeFrequency || (times === modeFrequency && count > mode)) {
      mode = count;
      modeFrequency = times;
    }
  }
  return counts.length === 0 ? [0, 0] : [mode, modeFrequency / counts.length];
}

function isEmptyLine(record: string[]): boolean {
  return record.length === 1 && record[0]?.trim() === '';
}
