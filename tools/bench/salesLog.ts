/**
 * A deterministic, seeded sales log for the bench: one row per sale over two
 * years, about ten rows per client, client spend levels drawn from a Pareto
 * law (a few clients make most of the revenue), about 2 % returns.
 */
import { dayFromParts } from '../../src/core/days';
import { mulberry32 } from '../../src/core/seededRandom';
import { at } from '../indexing';

/** A generated sales log, as parallel arrays (row i = clientKeys[i], days[i], amounts[i]). */
export interface SalesLog {
  /** Client names as typed in a sheet (`Client 000042`), one per row. */
  clientNames: string[];
  /** The same clients as aggregation keys (trimmed, lower case), one per row. */
  clientKeys: string[];
  /** Day numbers (days since 1970-01-01), ascending. */
  days: number[];
  /** Amounts in currency units, two decimals; negative for a return. */
  amounts: number[];
  /** Reference date: the day after the last day of the log. */
  asOfDay: number;
}

/** Span of the log in days. */
const SPAN_DAYS = 730;
/** First day of the log: 2023-07-01. */
const FIRST_DAY = dayFromParts(2023, 7, 1);
/** Pareto shape of client spend levels: 1.16 gives the classic 80/20. */
const PARETO_ALPHA = 1.16;
/** Share of rows that are returns. */
const RETURN_SHARE = 0.02;

const cents = (amount: number): number => Math.round(amount * 100) / 100;

/**
 * Generates `rows` sales of about `rows / 10` clients. Clients are drawn with
 * a skew (low numbers buy more often), so a few of them may not appear.
 * A return is a later row refunding part of an earlier row of the same
 * client, so every client has at least one purchase. Same seed, same log.
 */
export function generateSalesLog(rows: number, seed = 20240601): SalesLog {
  const random = mulberry32(seed);
  const clientCount = Math.max(1, Math.round(rows / 10));
  const names: string[] = [];
  const keys: string[] = [];
  const levels: number[] = [];
  for (let c = 0; c < clientCount; c += 1) {
    const name = `Client ${String(c + 1).padStart(6, '0')}`;
    names.push(name);
    keys.push(name.toLowerCase());
    levels.push(Math.min(20 / Math.pow(1 - random(), 1 / PARETO_ALPHA), 50_000));
  }
  const log: SalesLog = { clientNames: [], clientKeys: [], days: [], amounts: [], asOfDay: FIRST_DAY + SPAN_DAYS };
  const clientOfRow: number[] = [];
  for (let row = 0; row < rows; row += 1) {
    const day = FIRST_DAY + Math.floor((row * SPAN_DAYS) / rows);
    let client: number;
    let amount: number;
    if (row > 0 && random() < RETURN_SHARE) {
      const refunded = Math.floor(random() * row);
      client = at(clientOfRow, refunded);
      amount = -cents(Math.abs(at(log.amounts, refunded)) * (0.3 + 0.7 * random()));
    } else {
      client = Math.min(Math.floor(clientCount * Math.pow(random(), 1.5)), clientCount - 1);
      amount = Math.max(cents(at(levels, client) * (0.5 + random())), 0.01);
    }
    clientOfRow.push(client);
    log.clientNames.push(at(names, client));
    log.clientKeys.push(at(keys, client));
    log.days.push(day);
    log.amounts.push(amount);
  }
  return log;
}
