/**
 * A sales log read straight from its cells (one row per sale) into one line
 * per client: the single pipeline behind RFM_TABLE, the sidebar's sales logs
 * and the bench.
 *
 * Rules, in one place:
 * - Client key: see `clientKey` (trimmed, case-folded, inner white space
 *   collapsed); the first spelling met is the one shown.
 * - Dates: date cells are read in the spreadsheet's calendar through `dayOf`,
 *   once per distinct time value; text dates once per distinct text, in the
 *   day/month order the column's text dates prove (see `inferDateOrder`),
 *   looked for when the first text date is met (`SaleDateOrder`).
 * - Returns (negative amounts): with policy `net` they lower the client's
 *   amount but are not purchases and do not move the last purchase date; with
 *   `ignore` they are left out. A client with only returns has nothing to
 *   score: left out and listed with `onlyReturns`.
 * - A row whose client, date and amount cells are all blank is passed over;
 *   a row that cannot be read is left out and listed with its reason.
 *
 * One pass over the rows, no copy of the input: the cells are read where they
 * lie (`CellColumn`), per-client sums live side by side in one growing typed
 * array (`RunningTotals`). The rows go by blocks of `BLOCK_ROWS`: the client
 * texts of a block are looked up first in a tight loop (`ClientDirectory`), so
 * that the processor fetches the entries of several rows at once, and the
 * block's sums are added last, also in a tight loop. A million rows spend
 * their time waiting on memory, not computing: this order cuts that wait.
 * Only the block buffers (a few thousand numbers) and `clientOfRow` are
 * allocated per row; per client, one key and its table entries.
 */
import {
  dateOrderProof,
  isBlank,
  isDate,
  orderOfProofs,
  otherReading,
  readDate,
  readNumber,
  showCell,
  type Cell,
  type DateOrder,
  type DayOf,
} from './cells';
import { isFiniteNumber, multiply32, NEGATIVE_INFINITY, toText } from './builtins';
import { clientKey } from './clientKey';
import { dayParam } from './i18n/textTable';
import { isPortfolioError, PortfolioError } from './errors';
import type { MessageKey, MessageParams } from './i18n/messages';
import type { ReturnsPolicy } from './types';

/**
 * A column of cells inside a grid of rows: the cell of row `i` is
 * `rows[i][column]` (`''` past the end of a short row). RFM_TABLE passes each
 * argument range with column 0; the sidebar passes the sheet's rows with the
 * mapped column.
 */
export interface CellColumn {
  rows: readonly (readonly Cell[])[];
  column: number;
}

/** The three columns of a sales log. */
export interface SaleColumns {
  client: CellColumn;
  date: CellColumn;
  amount: CellColumn;
}

/** A role of a sales-log column. */
export type SaleRole = keyof SaleColumns;

/**
 * The day/month order of a log's text dates: a given order, or `{ fallback }`
 * for the order the date column's text dates prove (`dateOrderOfColumn`),
 * looked for when the first text date is read: a column of date cells is
 * never scanned.
 */
export type SaleDateOrder = DateOrder | { fallback: DateOrder };

/** How to read a sales log. */
export interface SaleReading {
  /** Day number of a date cell in the spreadsheet's calendar. */
  dayOf: DayOf;
  /** Day/month order of text dates: given, or found from the date column (see `SaleDateOrder`). */
  dateOrder: SaleDateOrder;
  decimalComma: boolean;
  returns: ReturnsPolicy;
  /** Reference date (day number): later sales are left out (`saleAfterAsOf`). `null`: no limit. */
  asOfDay: number | null;
}

/** A row left out: its 0-based index in the columns, the column at fault and the reason. */
export interface SkippedSale {
  index: number;
  role: SaleRole;
  key: MessageKey;
  params: MessageParams;
}

/** The clients of a sales log, as parallel arrays in order of first appearance (clients with a purchase only). */
export interface SalesLogClients {
  /** Client cell as first typed. */
  names: Cell[];
  /** 0-based index of the client's first read row. */
  firstIndex: number[];
  /** Day number of the client's first row read (a return included). */
  firstDay: number[];
  /** Day number of the last purchase. */
  lastDay: number[];
  /** Number of sale rows with an amount ≥ 0. */
  purchases: number[];
  /** Sum of the amounts, returns netted under policy `net`. */
  amount: number[];
  /** Rows left out, in row order. */
  skipped: SkippedSale[];
  /** The order the text dates were read in (the fallback when no text date was read). */
  dateOrder: DateOrder;
  /** Earliest and latest day of the rows read (returns included); ±Infinity when none. */
  earliestDay: number;
  latestDay: number;
  /** Client number (index in the arrays above) of each row, −1 for a row left out: for gathering contact columns. */
  clientOfRow: Int32Array;
}

/** Days from each client's last purchase to `referenceDay` (the recency), in client order. */
export function recencyDaysOf(log: Pick<SalesLogClients, 'lastDay'>, referenceDay: number): number[] {
  const days = new Array<number>(log.lastDay.length);
  for (let client = 0; client < days.length; client += 1) days[client] = referenceDay - (log.lastDay[client] as number);
  return days;
}

/** The cell of `column` at row `index`. */
function cellAt(column: CellColumn, index: number): Cell {
  return column.rows[index]?.[column.column] ?? '';
}

/** Number of rows of the log: the longest of the three columns. */
function saleRowCount(columns: SaleColumns): number {
  return Math.max(columns.client.rows.length, columns.date.rows.length, columns.amount.rows.length);
}

/** The day/month order of the text dates of a column (`fallback` without proof); see `inferDateOrder`. */
export function dateOrderOfColumn(column: CellColumn, fallback: DateOrder): DateOrder {
  const { rows, column: at } = column;
  let dmy = 0;
  let mdy = 0;
  for (let index = 0; index < rows.length; index += 1) {
    const cell = rows[index]?.[at];
    if (typeof cell !== 'string') continue;
    const proof = dateOrderProof(cell);
    if (proof === 'dmy') dmy += 1;
    else if (proof === 'mdy') mdy += 1;
  }
  return orderOfProofs(dmy, mdy, fallback);
}

/**
 * The day/month orders of a log whose reference date is `asOfCell`: a text
 * `as_of` is read in the order the column's text dates prove, so the column is
 * scanned now and the log read in that order; otherwise the column is scanned
 * only if a text date is met (`SaleDateOrder`), and an `as_of` date cell,
 * number or blank needs no order (`fallback` is given for it).
 */
export function logDateOrders(
  asOfCell: Cell | undefined,
  column: CellColumn,
  fallback: DateOrder,
): { asOf: DateOrder; log: SaleDateOrder } {
  if (typeof asOfCell !== 'string' || isBlank(asOfCell)) return { asOf: fallback, log: { fallback } };
  const order = dateOrderOfColumn(column, fallback);
  return { asOf: order, log: order };
}

/** Reads the date cells of a log, each distinct value once. */
class DateReader {
  private readonly byTime = new Map<number, number>();
  private readonly byText = new Map<string, number>();
  private lastTime = NaN;
  private lastDay = NaN;
  /** The order of text dates once a text date was read. */
  private found: DateOrder | null = null;

  constructor(
    private readonly dayOf: DayOf,
    private readonly given: SaleDateOrder,
    private readonly column: CellColumn,
  ) {}

  /** The order of text dates: the given one, or found from the column on the first call. */
  order(): DateOrder {
    if (this.found === null) {
      this.found = typeof this.given === 'string' ? this.given : dateOrderOfColumn(this.column, this.given.fallback);
    }
    return this.found;
  }

  /** The order the text dates were read in, or the fallback when none was read. */
  orderUsed(): DateOrder {
    return this.found ?? (typeof this.given === 'string' ? this.given : this.given.fallback);
  }

  /** Day number of a date cell or text date. Throws `notADate`. */
  day(cell: Cell): number {
    if (isDate(cell)) {
      const time = cell.getTime();
      if (time === this.lastTime) return this.lastDay;
      let day = this.byTime.get(time);
      if (day === undefined) {
        day = readDate(cell, this.dayOf, this.orderUsed());
        this.byTime.set(time, day);
      }
      this.lastTime = time;
      this.lastDay = day;
      return day;
    }
    if (typeof cell === 'string') {
      let day = this.byText.get(cell);
      if (day === undefined) {
        day = readDate(cell, this.dayOf, this.order());
        this.byText.set(cell, day);
      }
      return day;
    }
    return readDate(cell, this.dayOf, this.orderUsed());
  }
}

/** Offsets of a client's figures in `RunningTotals`. */
const AMOUNT = 0;
const PURCHASES = 1;
const LAST_PURCHASE = 2;
const FIRST_DAY = 3;
const FIGURES = 4;

/** Rows per block (see the top of this module): the block buffers stay in the processor's first cache. */
const BLOCK_ROWS = 512;

/** The rows of a block that were read: client number, day and amount of each, in row order. */
class BlockSales {
  readonly clients = new Int32Array(BLOCK_ROWS);
  readonly days = new Float64Array(BLOCK_ROWS);
  readonly values = new Float64Array(BLOCK_ROWS);
  count = 0;

  push(client: number, day: number, value: number): void {
    this.clients[this.count] = client;
    this.days[this.count] = day;
    this.values[this.count] = value;
    this.count += 1;
  }
}

/**
 * The running figures of every client, side by side in one typed array
 * (amount, purchases, last purchase day, first day): a row updates one place
 * in memory instead of four arrays.
 */
class RunningTotals {
  private figures = new Float64Array(FIGURES * 1024);
  count = 0;

  /** A new client whose first row is on `day`; returns its number. */
  open(day: number): number {
    if ((this.count + 1) * FIGURES > this.figures.length) {
      const grown = new Float64Array(this.figures.length * 2);
      grown.set(this.figures);
      this.figures = grown;
    }
    const at = this.count * FIGURES;
    this.figures[at + LAST_PURCHASE] = NEGATIVE_INFINITY;
    this.figures[at + FIRST_DAY] = day;
    this.count += 1;
    return this.count - 1;
  }

  /** Adds the rows of a block, then empties it: a purchase when the amount is ≥ 0, a return otherwise. */
  addBlock(block: BlockSales): void {
    const { clients, days, values } = block;
    const figures = this.figures;
    for (let row = 0; row < block.count; row += 1) {
      const at = (clients[row] as number) * FIGURES;
      const day = days[row] as number;
      const value = values[row] as number;
      figures[at + AMOUNT] = (figures[at + AMOUNT] as number) + value;
      if (day < (figures[at + FIRST_DAY] as number)) figures[at + FIRST_DAY] = day;
      if (value >= 0) {
        figures[at + PURCHASES] = (figures[at + PURCHASES] as number) + 1;
        if (day > (figures[at + LAST_PURCHASE] as number)) figures[at + LAST_PURCHASE] = day;
      }
    }
    block.count = 0;
  }

  /** Figure `offset` of `client`. */
  figure(client: number, offset: number): number {
    return this.figures[client * FIGURES + offset] as number;
  }
}

/**
 * Client numbers by client key: an open-addressing hash table on typed
 * arrays. A Map would do, but a new key (one per client) is then compared
 * with the keys already in its bucket, each a cache miss; here a key is
 * compared only with entries of the same 32-bit hash, in practice its own.
 */
class KeyTable {
  private hashes = new Int32Array(1024);
  /** Client number of each slot, −1 for an empty slot. */
  private slots = new Int32Array(1024).fill(-1);
  /** Key of each client number. */
  private readonly keys: string[] = [];

  /** The client number of `key`, or −1. */
  find(key: string, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const client = this.slots[slot] as number;
      if (client < 0 || (this.hashes[slot] === hash && this.keys[client] === key)) return client;
    }
  }

  /** Files `key` (not in the table) under the next client number, which it returns. */
  add(key: string, hash: number): number {
    const client = this.keys.length;
    this.keys.push(key);
    if (this.keys.length * 2 > this.slots.length) this.grow();
    this.place(hash, client);
    return client;
  }

  private place(hash: number, client: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while ((this.slots[slot] as number) >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = client;
    this.hashes[slot] = hash;
  }

  private grow(): void {
    const { slots, hashes } = this;
    this.slots = new Int32Array(slots.length * 2).fill(-1);
    this.hashes = new Int32Array(slots.length * 2);
    for (let slot = 0; slot < slots.length; slot += 1) {
      const client = slots[slot] as number;
      if (client >= 0) this.place(hashes[slot] as number, client);
    }
  }
}

/** FNV-1a hash of a text's UTF-16 code units, as a 32-bit integer. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = multiply32(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/**
 * Client numbers by client cell, under the client-key rule: by the cell's
 * exact text first (what nearly every row finds), then by its key for a
 * spelling not met yet. The texts sit in a null-prototype object rather than
 * a Map: V8 keeps its keys as unique strings, so a row's text is found
 * without comparing characters; the keys, met once per spelling, sit in a `KeyTable`.
 */
class ClientDirectory {
  private readonly byText: Record<string, number | undefined> = Object.create(null);
  private readonly byKey = new KeyTable();

  /** The client number of each row `start`…`end` − 1 whose client cell is a text already met, −1 for the others. */
  knownClients(column: CellColumn, start: number, end: number, into: Int32Array): void {
    const { rows, column: at } = column;
    for (let row = start; row < end; row += 1) {
      const cell = rows[row]?.[at];
      into[row - start] = typeof cell === 'string' ? (this.byText[cell] ?? -1) : -1;
    }
  }

  /**
   * The client number of a non-blank cell; a client not met yet gets the next
   * number (0, 1, 2… in order of first appearance).
   */
  clientOf(cell: Cell): number {
    const text = typeof cell === 'string' ? cell : toText(cell);
    let client = this.byText[text];
    if (client === undefined) {
      const key = clientKey(cell);
      const hash = hashOf(key);
      client = this.byKey.find(key, hash);
      if (client < 0) client = this.byKey.add(key, hash);
      this.byText[text] = client;
    }
    return client;
  }
}

/** The amount of a cell: numbers as they are, text through `readNumber`. Throws `notANumber`, `dateNotNumber`. */
function amountOf(cell: Cell, decimalComma: boolean): number {
  if (typeof cell === 'number' && isFiniteNumber(cell)) return cell;
  return readNumber(cell, decimalComma);
}

/** The first blank role of a row that is not blank as a whole, or `null`. */
function blankRole(client: Cell, date: Cell, amount: Cell): SaleRole | null {
  if (isBlank(client)) return 'client';
  if (isBlank(date)) return 'date';
  if (isBlank(amount)) return 'amount';
  return null;
}

/** The reason for a row dated after the reference date: a misread text date is ambiguous, not late. */
function lateSale(cell: Cell, day: number, order: DateOrder, asOfDay: number): PortfolioError {
  const other = otherReading(cell, order);
  if (!Number.isNaN(other) && other <= asOfDay) return new PortfolioError('ambiguousDate', { value: showCell(cell) });
  return new PortfolioError('saleAfterAsOf', { date: dayParam(day), asOf: dayParam(asOfDay) });
}

/**
 * Reads a sales log from its cells into one line per client (see the rules at
 * the top of this module). Example: Ann 10 on day 5, "ann " 20 on day 9,
 * Ann −5 on day 12 (net) → one client "Ann": last purchase day 9,
 * 2 purchases, amount 25. Amounts whose sum overflows (beyond ±1.8e308) throw `sumOverflow`.
 */
export function clientsFromSaleCells(columns: SaleColumns, reading: SaleReading): SalesLogClients {
  const length = saleRowCount(columns);
  const dates = new DateReader(reading.dayOf, reading.dateOrder, columns.date);
  const ignoreReturns = reading.returns === 'ignore';
  const asOfDay = reading.asOfDay ?? Infinity;
  const directory = new ClientDirectory();
  const knownClient = new Int32Array(BLOCK_ROWS);
  const block = new BlockSales();
  const clientOfRow = new Int32Array(length).fill(-1);
  const names: Cell[] = [];
  const firstIndex: number[] = [];
  const totals = new RunningTotals();
  const skipped: SkippedSale[] = [];
  let earliestDay = Infinity;
  let latestDay = -Infinity;
  let role: SaleRole = 'client';
  for (let start = 0; start < length; start += BLOCK_ROWS) {
    const end = start + BLOCK_ROWS < length ? start + BLOCK_ROWS : length;
    directory.knownClients(columns.client, start, end, knownClient);
    for (let index = start; index < end; index += 1) {
      const clientCell = cellAt(columns.client, index);
      const dateCell = cellAt(columns.date, index);
      const amountCell = cellAt(columns.amount, index);
      let day: number;
      let value: number;
      try {
        const blank = blankRole(clientCell, dateCell, amountCell);
        if (blank !== null) {
          if (isBlank(clientCell) && isBlank(dateCell) && isBlank(amountCell)) continue;
          role = blank;
          throw blank === 'client'
            ? new PortfolioError('missingClient')
            : new PortfolioError('missingCell', { column: blank });
        }
        role = 'date';
        day = dates.day(dateCell);
        if (day > asOfDay) throw lateSale(dateCell, day, dates.orderUsed(), asOfDay);
        role = 'amount';
        value = amountOf(amountCell, reading.decimalComma);
      } catch (error) {
        if (!isPortfolioError(error)) throw error;
        skipped.push({ index, role, key: error.key, params: error.params });
        continue;
      }
      if (day < earliestDay) earliestDay = day;
      if (day > latestDay) latestDay = day;
      if (ignoreReturns && value < 0) continue;
      let client = knownClient[index - start] as number;
      if (client < 0) {
        client = directory.clientOf(clientCell);
        // A client not met yet: the directory gave it the next number, the one `totals.open` takes.
        if (client === totals.count) {
          totals.open(day);
          names.push(clientCell);
          firstIndex.push(index);
        }
      }
      clientOfRow[index] = client;
      block.push(client, day, value);
    }
    totals.addBlock(block);
  }
  return keepBuyers(names, firstIndex, totals, {
    skipped,
    dateOrder: dates.orderUsed(),
    earliestDay,
    latestDay,
    clientOfRow,
  });
}

/**
 * The clients with at least one purchase, renumbered in order; those with only
 * returns are listed as skipped at their first row (`onlyReturns`), and
 * `clientOfRow` is renumbered. Throws `sumOverflow` when a client's amount is
 * not a finite number.
 */
function keepBuyers(
  names: Cell[],
  firstIndex: number[],
  totals: RunningTotals,
  log: Pick<SalesLogClients, 'skipped' | 'dateOrder' | 'earliestDay' | 'latestDay' | 'clientOfRow'>,
): SalesLogClients {
  const count = totals.count;
  // Arrays sized once rather than grown (a million-row log has a hundred thousand clients); `names` and
  // `firstIndex` are compacted in place.
  const firstDay = new Array<number>(count);
  const lastDay = new Array<number>(count);
  const purchases = new Array<number>(count);
  const amount = new Array<number>(count);
  const renumber = new Int32Array(count);
  let kept = 0;
  for (let client = 0; client < count; client += 1) {
    const clientAmount = totals.figure(client, AMOUNT);
    if (!isFiniteNumber(clientAmount)) throw new PortfolioError('sumOverflow');
    if (totals.figure(client, PURCHASES) === 0) {
      renumber[client] = -1;
      log.skipped.push({
        index: firstIndex[client] as number,
        role: 'amount',
        key: 'onlyReturns',
        params: { client: toText(names[client]) },
      });
      continue;
    }
    renumber[client] = kept;
    names[kept] = names[client];
    firstIndex[kept] = firstIndex[client] as number;
    firstDay[kept] = totals.figure(client, FIRST_DAY);
    lastDay[kept] = totals.figure(client, LAST_PURCHASE);
    purchases[kept] = totals.figure(client, PURCHASES);
    amount[kept] = clientAmount;
    kept += 1;
  }
  for (const column of [names, firstIndex, firstDay, lastDay, purchases, amount]) column.length = kept;
  const result: SalesLogClients = { ...log, names, firstIndex, firstDay, lastDay, purchases, amount };
  if (kept === count) return result;
  const { clientOfRow } = log;
  for (let index = 0; index < clientOfRow.length; index += 1) {
    const client = clientOfRow[index] as number;
    if (client >= 0) clientOfRow[index] = renumber[client] as number;
  }
  log.skipped.sort((a, b) => a.index - b.index);
  return result;
}
