/**
 * A sales-log CSV too big for a sheet, written to disk in chunks for the
 * `--big` bench: `client,date,amount`, one row per sale over two years, about
 * ten rows per client, ISO dates, amounts with two decimals, about 2 % returns.
 * Deterministic (seeded), so both tools read the same file.
 */
import fs from 'node:fs';
import { isoFromDay, dayFromParts } from '../../src/core/days';
import { mulberry32 } from '../../src/core/seededRandom';

const FIRST_DAY = dayFromParts(2023, 7, 1);
const SPAN_DAYS = 730;
const CHUNK_ROWS = 200_000;

/** Writes `rows` sales to `file` (about rows / 10 clients); returns the file size in bytes. */
export function writeBigLog(file: string, rows: number, seed = 42): number {
  const random = mulberry32(seed);
  const clients = Math.max(1, Math.round(rows / 10));
  const dates = Array.from({ length: SPAN_DAYS }, (_, i) => isoFromDay(FIRST_DAY + i));
  const handle = fs.openSync(file, 'w');
  try {
    fs.writeSync(handle, 'client,date,amount\n');
    for (let start = 0; start < rows; start += CHUNK_ROWS) {
      const lines: string[] = [];
      for (let row = start; row < Math.min(rows, start + CHUNK_ROWS); row += 1) {
        const client = Math.floor(random() * random() * clients);
        const amount = Math.round((5 + random() * 200) * 100) / 100;
        lines.push(`C${client},${dates[Math.floor(random() * SPAN_DAYS)]},${random() < 0.02 ? -amount : amount}`);
      }
      fs.writeSync(handle, `${lines.join('\n')}\n`);
    }
  } finally {
    fs.closeSync(handle);
  }
  return fs.statSync(file).size;
}
