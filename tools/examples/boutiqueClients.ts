/**
 * The French boutique's client list: one row per client, built so that with
 * five quintile classes every segment of the `classic` scheme
 * has clients, and so does every rung of the `fr-ladder` scheme.
 *
 * How: each client gets a target R, F, M class (1–5), exactly 12 clients per
 * class on each axis (60 clients), and values drawn inside disjoint ranges per
 * class. Quintile breakpoints then fall between the ranges, so the scores
 * the add-on computes are the target classes, whatever the draws.
 */
import { dayNumber } from './calendarDays';
import { withBlankRows, type ExampleTable } from './exampleTable';
import { FRENCH_BUSINESS_NAMES, FRENCH_FAMILY_NAMES, FRENCH_GIVEN_NAMES } from './names';
import { SeededRandom } from './seededRandom';
import { at } from '../indexing';

/** The day the list was exported: last purchases fall before it. */
const BOUTIQUE_AS_OF = dayNumber(2026, 10, 31);

/** Target classes written `RFM` (e.g. `455`), grouped by the classic segment they give. */
const PROFILES: Array<[segment: string, codes: string]> = [
  ['Champions', '445 455 455 455 545 554 555'],
  ['Loyal', '342 343 345 353 354 542 542 543 553'],
  ['Potential loyalists', '421 432 434 434 533 534'],
  ['New', '512 513 513'],
  ['Promising', '411 412 412 413'],
  ['Need attention', '321 321 322 334'],
  ['About to sleep', '311 311 311'],
  ["Can't lose them", '144 145 155 245 254 255 255'],
  ['At risk', '132 133 134 233 233 235 242'],
  ['Hibernating', '221 222 224 224'],
  ['Lost', '111 112 121 121 121 123'],
];

/** Clients whose returns cancel (0 €) or exceed (negative) their purchases: the first client of each code. */
const REFUNDED_TOTAL_CENTS: Record<string, number> = { '411': 0, '311': 0, '121': -1890 };

/** Days since the last purchase per R class (5 = most recent). */
const RECENCY_DAYS: Record<number, [number, number]> = { 5: [1, 30], 4: [31, 90], 3: [91, 210], 2: [211, 420], 1: [421, 700] };
/** Number of purchases per F class. */
const PURCHASES: Record<number, [number, number]> = { 1: [1, 1], 2: [2, 3], 3: [4, 6], 4: [7, 11], 5: [12, 30] };
/** Total amount in cents per M class; class 1 also holds the refunded totals. */
const TOTAL_CENTS: Record<number, [number, number]> = {
  1: [1000, 3999],
  2: [4000, 10999],
  3: [11000, 25999],
  4: [26000, 64999],
  5: [65000, 320000],
};
/** Plausible average basket, in cents, used to match purchases and total. */
const BASKET_CENTS: [number, number] = [1000, 15000];

/** Data rows after which a blank row sits (a list typed by hand has holes). */
const BLANK_ROWS_AFTER = [20, 40];

const EMAIL_DOMAINS = ['example.fr', 'example.fr', 'example.fr', 'example.com', 'example.net', 'example.org'];

/** The client list as a table (sheet `Clients`), 60 clients and 2 blank rows. */
export function boutiqueClients(seed: number): ExampleTable {
  const random = new SeededRandom(seed);
  const codes = PROFILES.flatMap(([, list]) => list.split(' '));
  const names = uniqueNames(random, codes.length);
  const refundedCodes = new Set(Object.keys(REFUNDED_TOTAL_CENTS));
  const emails = new Set<string>();
  const clients = codes.map((code, i) => {
    const [r, f, m] = [...code].map(Number) as [number, number, number];
    const refunded = refundedCodes.delete(code);
    const purchases = refunded ? random.integer(...classRange(PURCHASES, f)) : purchasesMatching(random, f, m);
    const refundedTotal = REFUNDED_TOTAL_CENTS[code];
    const totalCents = refunded && refundedTotal !== undefined ? refundedTotal : totalMatching(random, m, purchases);
    const lastPurchase = BOUTIQUE_AS_OF - random.integer(...classRange(RECENCY_DAYS, r));
    const name = at(names, i);
    return [name, uniqueEmail(random, name, emails), phone(random), lastPurchase, purchases, totalCents];
  });
  const rows: ExampleTable['rows'] = random.shuffled(clients);
  return {
    sheetName: 'Clients',
    lang: 'fr',
    columns: [
      { header: 'Client', kind: 'text', width: 24 },
      { header: 'Email', kind: 'text', width: 32 },
      { header: 'Téléphone', kind: 'text', width: 18 },
      { header: 'Date du dernier achat', kind: 'date', width: 22 },
      { header: "Nombre d'achats", kind: 'count', width: 16 },
      { header: 'Montant total (€)', kind: 'money', width: 18 },
    ],
    rows: withBlankRows(rows, BLANK_ROWS_AFTER),
  };
}

/** `count` distinct client names: people, and two businesses. */
function uniqueNames(random: SeededRandom, count: number): string[] {
  const names = new Set<string>(random.shuffled(FRENCH_BUSINESS_NAMES).slice(0, 2));
  while (names.size < count) {
    names.add(`${random.pick(FRENCH_GIVEN_NAMES)} ${random.pick(FRENCH_FAMILY_NAMES)}`);
  }
  return random.shuffled([...names]);
}

/** A number of purchases in F class `f` for which some total of M class `m` gives a plausible basket. */
function purchasesMatching(random: SeededRandom, f: number, m: number): number {
  const [min, max] = classRange(PURCHASES, f);
  const candidates: number[] = [];
  for (let purchases = min; purchases <= max; purchases += 1) {
    if (basketRange(m, purchases) !== null) candidates.push(purchases);
  }
  if (candidates.length === 0) throw new Error(`No plausible basket for F class ${f} and M class ${m}`);
  return random.pick(candidates);
}

/** A total in M class `m`, in cents, with a plausible average basket for `purchases`. */
function totalMatching(random: SeededRandom, m: number, purchases: number): number {
  const range = basketRange(m, purchases);
  if (range === null) throw new Error(`No plausible total for M class ${m} and ${purchases} purchases`);
  return random.integer(...range);
}

/** The range of class `score` (1–5) in a per-class table. */
function classRange(table: Record<number, [number, number]>, score: number): [number, number] {
  const range = table[score];
  if (range === undefined) throw new Error(`no range for class ${score}`);
  return range;
}

/** The totals (cents) both in M class `m` and within the basket range for `purchases`; `null` if none. */
function basketRange(m: number, purchases: number): [number, number] | null {
  const [lowest, highest] = classRange(TOTAL_CENTS, m);
  const low = Math.max(lowest, purchases * BASKET_CENTS[0]);
  const high = Math.min(highest, purchases * BASKET_CENTS[1]);
  return low <= high ? [low, high] : null;
}

/**
 * An address at an example domain, in one of the usual shapes, that no other
 * client has (remembered in `taken`); about 1 client in 20 has none.
 */
function uniqueEmail(random: SeededRandom, name: string, taken: Set<string>): string {
  if (random.chance(0.05)) return '';
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .split(/\s+/)
    .filter((word) => word !== '');
  const [first, last] = [at(words, 0), at(words, words.length - 1)];
  for (;;) {
    const local = random.pick([
      `${first}.${last}`,
      `${first}.${last}`,
      `${first[0]}.${last}`,
      `${last}.${first}`,
      `${first}${last}${random.integer(10, 99)}`,
    ]);
    const address = `${local}@${random.pick(EMAIL_DOMAINS)}`;
    if (!taken.has(address)) {
      taken.add(address);
      return address;
    }
  }
}

/**
 * A French phone number as text: mostly mobiles (`06 12 34 56 78`), some
 * landlines, a few in international form (`+33 6 12 34 56 78`); about 1
 * client in 15 has none.
 */
function phone(random: SeededRandom): string {
  if (random.chance(0.07)) return '';
  const prefix = random.pickWeighted(['6', '7', '1', '2', '3', '4', '5'], [55, 20, 7, 4, 4, 6, 4]);
  const pairs = Array.from({ length: 4 }, () => String(random.integer(0, 99)).padStart(2, '0'));
  if (random.chance(0.06)) return `+33 ${prefix} ${pairs.join(' ')}`;
  return `0${prefix} ${pairs.join(' ')}`;
}
