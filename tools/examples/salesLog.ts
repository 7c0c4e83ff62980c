/**
 * The English shop's sales log: one row per sale (returns are negative
 * rows), sorted by date, over two years. Few clients make most of the
 * revenue (Pareto-like draw of each client's number of sales), clients arrive
 * and leave over time, December is the peak month.
 */
import { calendarDate, dayNumber } from './calendarDays';
import { withBlankRows, type ExampleTable } from './exampleTable';
import { ENGLISH_FAMILY_NAMES, ENGLISH_GIVEN_NAMES } from './names';
import { SeededRandom } from './seededRandom';
import { at } from '../indexing';

const SALES_FIRST_DAY = dayNumber(2024, 11, 1);
const SALES_LAST_DAY = dayNumber(2026, 10, 31);

const CUSTOMER_COUNT = 300;
const SALE_COUNT = 1975;
const RETURN_COUNT = 25;
/** Data rows after which a blank row sits (an export glitch, a hand edit). */
const BLANK_ROWS_AFTER = [500, 1000, 1500];

/**
 * Repeat purchases per customer follow a Lomax (Pareto type II) law of this
 * shape and scale: about half the customers buy once, a few buy very often.
 */
const REPEAT_SHAPE = 1.3;
const REPEAT_SCALE = 1.6;
/** Most sales one customer makes over the two years. */
const MAX_SALES_PER_CUSTOMER = 60;

/** Relative sales per month, January first: Black Friday in November, Christmas in December. */
const MONTH_WEIGHTS = [0.75, 0.7, 0.85, 0.9, 0.95, 0.9, 0.85, 0.8, 0.9, 1.0, 1.3, 1.9];
/** Relative sales per weekday, Sunday first (getUTCDay order). */
const WEEKDAY_WEIGHTS = [0.6, 0.9, 0.95, 1.0, 1.05, 1.2, 1.4];

interface ProductType {
  name: string;
  popularity: number;
  /** Median price of one item, in dollars; `null` for fixed gift-card values. */
  medianPrice: number | null;
}

const PRODUCT_TYPES: ProductType[] = [
  { name: 'Apparel', popularity: 35, medianPrice: 39 },
  { name: 'Accessories', popularity: 22, medianPrice: 22 },
  { name: 'Home', popularity: 18, medianPrice: 34 },
  { name: 'Beauty', popularity: 17, medianPrice: 18 },
  { name: 'Gift card', popularity: 8, medianPrice: null },
];
const GIFT_CARD_CENTS = [2500, 5000, 10000];

const EMAIL_DOMAINS = ['example.com', 'example.com', 'example.net', 'example.org'];

interface Customer {
  name: string;
  email: string;
  favourite: ProductType;
  saleCount: number;
}

interface Sale {
  day: number;
  customer: Customer;
  type: ProductType;
  /** Price of each item of the sale, in cents. */
  itemCents: number[];
}

/** The sales log as a table (sheet `Sales`): 1 975 sales, 25 returns, 3 blank rows. */
export function salesLog(seed: number): ExampleTable {
  const random = new SeededRandom(seed);
  const customers = makeCustomers(random);
  const sales = customers.flatMap((customer) => customerSales(random, customer));
  const entries = [...sales.map(saleEntry), ...pickReturns(random, sales)];
  const rows: ExampleTable['rows'] = entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => a.entry.day - b.entry.day || a.order - b.order)
    .map(({ entry }) => [entry.day, entry.customer.name, entry.customer.email, entry.type.name, entry.cents]);
  return {
    sheetName: 'Sales',
    lang: 'en',
    columns: [
      { header: 'Order date', kind: 'date', width: 12 },
      { header: 'Customer', kind: 'text', width: 22 },
      { header: 'Email', kind: 'text', width: 32 },
      { header: 'Product type', kind: 'text', width: 14 },
      { header: 'Amount ($)', kind: 'money', width: 12 },
    ],
    rows: withBlankRows(rows, BLANK_ROWS_AFTER),
  };
}

/** Customers with distinct names and their number of sales, summing to `SALE_COUNT`. */
function makeCustomers(random: SeededRandom): Customer[] {
  const names = new Set<string>();
  while (names.size < CUSTOMER_COUNT) names.add(`${random.pick(ENGLISH_GIVEN_NAMES)} ${random.pick(ENGLISH_FAMILY_NAMES)}`);
  const saleCounts = paretoSaleCounts(random, CUSTOMER_COUNT, SALE_COUNT);
  const emails = new Set<string>();
  return [...names].map((name, i) => ({
    name,
    email: random.chance(0.04) ? '' : uniqueEmail(random, name, emails),
    favourite: random.pickWeighted(PRODUCT_TYPES, PRODUCT_TYPES.map((type) => type.popularity)),
    saleCount: at(saleCounts, i),
  }));
}

/**
 * Numbers of sales for `customers` customers summing exactly to `total`:
 * one plus a whole Lomax draw each, at most `MAX_SALES_PER_CUSTOMER`; the
 * difference to `total` is added to or taken from repeat customers at
 * random, in proportion to their repeat purchases.
 */
function paretoSaleCounts(random: SeededRandom, customers: number, total: number): number[] {
  const repeats = Array.from({ length: customers }, () =>
    Math.floor(REPEAT_SCALE * (Math.pow(1 - random.next(), -1 / REPEAT_SHAPE) - 1)),
  );
  const counts = repeats.map((extra) => 1 + Math.min(MAX_SALES_PER_CUSTOMER - 1, extra));
  const indexes = counts.map((_, i) => i);
  let missing = total - counts.reduce((sum, count) => sum + count, 0);
  while (missing !== 0) {
    const i = random.pickWeighted(indexes, repeats);
    const step = missing > 0 ? 1 : -1;
    const next = at(counts, i) + step;
    if (next >= 2 && next <= MAX_SALES_PER_CUSTOMER) {
      counts[i] = next;
      missing -= step;
    }
  }
  return counts;
}

/**
 * The customer's sales inside an active period: the more sales, the longer
 * the period; placed anywhere around the two years and cut to them, so
 * some customers are new, some lost, and every month sees as many active ones.
 */
function customerSales(random: SeededRandom, customer: Customer): Sale[] {
  const activeDays = 60 + customer.saleCount * 30 + random.integer(0, 240);
  const start = random.integer(SALES_FIRST_DAY - Math.floor(activeDays / 2), SALES_LAST_DAY - Math.floor(activeDays / 2));
  const first = Math.max(SALES_FIRST_DAY, start);
  const last = Math.min(SALES_LAST_DAY, start + activeDays);
  return Array.from({ length: customer.saleCount }, () => {
    const day = seasonalDay(random, first, last);
    const type = random.chance(0.55) ? customer.favourite : random.pickWeighted(PRODUCT_TYPES, PRODUCT_TYPES.map((t) => t.popularity));
    return { day, customer, type, itemCents: itemPrices(random, type, day) };
  });
}

/** A day in [first, last], more likely in busy months and on Saturdays (rejection sampling). */
function seasonalDay(random: SeededRandom, first: number, last: number): number {
  const highest = Math.max(...MONTH_WEIGHTS) * Math.max(...WEEKDAY_WEIGHTS);
  for (;;) {
    const day = random.integer(first, last);
    const weight = at(MONTH_WEIGHTS, calendarDate(day).month - 1) * at(WEEKDAY_WEIGHTS, new Date(day * 86_400_000).getUTCDay());
    if (random.next() * highest < weight) return day;
  }
}

/** One to three items at shop prices (`x.99`), a bit dearer in December; a gift card is one fixed value. */
function itemPrices(random: SeededRandom, type: ProductType, day: number): number[] {
  const medianPrice = type.medianPrice;
  if (medianPrice === null) return [random.pick(GIFT_CARD_CENTS)];
  const itemCount = 1 + (random.chance(0.35) ? 1 : 0) + (random.chance(0.12) ? 1 : 0);
  const december = calendarDate(day).month === 12 ? 1.15 : 1;
  return Array.from({ length: itemCount }, () => {
    const dollars = Math.max(5, Math.round(medianPrice * december * Math.exp(0.45 * random.normal())));
    return dollars * 100 - 1;
  });
}

interface LogEntry {
  day: number;
  customer: Customer;
  type: ProductType;
  cents: number;
}

function saleEntry(sale: Sale): LogEntry {
  const cents = sale.itemCents.reduce((sum, item) => sum + item, 0);
  return { day: sale.day, customer: sale.customer, type: sale.type, cents };
}

/** `RETURN_COUNT` returns of one item each, 2 to 30 days after distinct sales (no gift cards). */
function pickReturns(random: SeededRandom, sales: Sale[]): LogEntry[] {
  const returnable = sales.filter((sale) => sale.type.medianPrice !== null && sale.day + 30 <= SALES_LAST_DAY);
  return random
    .shuffled(returnable)
    .slice(0, RETURN_COUNT)
    .map((sale) => ({
      day: sale.day + random.integer(2, 30),
      customer: sale.customer,
      type: sale.type,
      cents: -random.pick(sale.itemCents),
    }));
}

/** An address at an example domain that no other customer has; remembers it in `taken`. */
function uniqueEmail(random: SeededRandom, name: string, taken: Set<string>): string {
  const words = name.toLowerCase().replace(/[^a-z ]/g, '').split(' ');
  const [first, last] = [at(words, 0), at(words, 1)];
  for (;;) {
    const local = random.pick([`${first}.${last}`, `${first}.${last}`, `${first[0]}${last}`, `${first}${random.integer(1, 99)}`]);
    const address = `${local}@${random.pick(EMAIL_DOMAINS)}`;
    if (!taken.has(address)) {
      taken.add(address);
      return address;
    }
  }
}
