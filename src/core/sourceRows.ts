/**
 * Turning the data rows of a client table or of a sales log into one record
 * per client, leaving out (and listing) the rows that cannot be read.
 */
import { aggregateSales, splitReturnOnly } from './aggregate';
import { inferDateOrder, isBlank, readDate, readNumber, type Cell, type DateOrder, type DayOf } from './cells';
import { readPurchaseCount } from './clientCells';
import { itemAt } from './arrays';
import { YEAR_DAYS } from './days';
import { dayParam } from './i18n/textTable';
import { isPortfolioError, PortfolioError } from './errors';
import type { MessageKey, MessageParams } from './i18n/messages';
import { readDaysSince } from './recency';
import type { ColumnMapping, ColumnRole, SourceShape } from './sourceLayout';
import type { ReturnsPolicy } from './types';

/** How to read the cells of the source. */
export interface CellReading {
  dayOf: DayOf;
  /** Day/month order of text dates when a column does not prove one. */
  dateOrder: DateOrder;
  decimalComma: boolean;
}

/** Options of `readSourceRows`. */
export interface SourceOptions {
  mapping: ColumnMapping;
  shape: SourceShape;
  /** Reference date (day number). */
  asOfDay: number;
  returns: ReturnsPolicy;
  reading: CellReading;
  /** 1-based sheet row number of the first data row. */
  firstRow: number;
}

/** One client as read from the source. */
export interface SourceClient {
  /** 1-based sheet row of the client's (first) row. */
  row: number;
  /** The client cell as typed (a name or an id). */
  name: Cell;
  email: Cell;
  phone: Cell;
  /** Product types bought, comma-separated (FRAT's T), or ''. */
  types: string;
  /** Day number of the last purchase, `null` when the source gives days since instead. */
  lastDay: number | null;
  recencyDays: number;
  purchases: number;
  amount: number;
}

/** A row left out, with the reason as a message key. */
export interface SkippedSourceRow {
  row: number;
  key: MessageKey;
  params: MessageParams;
}

/** What the source gave. */
export interface SourceClients {
  clients: SourceClient[];
  skipped: SkippedSourceRow[];
  /** Day/month order used for text dates. */
  dateOrder: DateOrder;
  /** Days covered by the data: first sale to the reference date (sales logs), one year (`YEAR_DAYS`) for client tables. */
  periodDays: number;
}

/** The cell of `row` in the column of a role, `''` when the role has no column. */
function cellOf(row: readonly Cell[], column: number | null): Cell {
  return column === null ? '' : (row[column] ?? '');
}

/**
 * The cell of a role the row cannot do without. Throws `missingClient` for a
 * blank client, `missingCell` (naming the role) for another blank cell, e.g.
 * a merged section title that only fills the client column.
 */
function requiredCell(row: readonly Cell[], mapping: ColumnMapping, role: ColumnRole): Cell {
  const cell = cellOf(row, mapping[role]);
  if (!isBlank(cell)) return cell;
  throw role === 'client' ? new PortfolioError('missingClient') : new PortfolioError('missingCell', { column: role });
}

/** True when every mapped cell of the row is blank (a blank or merged row). */
function isBlankRow(row: readonly Cell[], mapping: ColumnMapping): boolean {
  return Object.values(mapping).every((column) => column === null || isBlank(row[column]));
}

/**
 * Reads the data rows (header excluded) into clients. One row per client:
 * recency from a date column (days to the reference date) or a days column,
 * purchases and amount from their columns. One row per sale: aggregated per
 * client (see `aggregateSales`); sales after the reference date are left out.
 * Blank rows are passed over silently; rows that cannot be read are listed in `skipped`.
 */
export function readSourceRows(rows: readonly (readonly Cell[])[], options: SourceOptions): SourceClients {
  const { mapping } = options;
  const dateColumn = mapping.date;
  const dateOrder = dateColumn === null
    ? options.reading.dateOrder
    : inferDateOrder(rows.map((row) => row[dateColumn]), options.reading.dateOrder);
  return options.shape === 'clients'
    ? readClientRows(rows, options, dateOrder)
    : readSaleRows(rows, options, dateOrder);
}

/** Runs `read` for one row; a core error becomes a skipped row. */
function attempt<T>(row: number, skipped: SkippedSourceRow[], read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (!isPortfolioError(error)) throw error;
    skipped.push({ row, key: error.key, params: error.params });
    return null;
  }
}

function readClientRows(rows: readonly (readonly Cell[])[], options: SourceOptions, dateOrder: DateOrder): SourceClients {
  const { mapping, reading } = options;
  const clients: SourceClient[] = [];
  const skipped: SkippedSourceRow[] = [];
  rows.forEach((cells, index) => {
    if (isBlankRow(cells, mapping)) return;
    const row = options.firstRow + index;
    const client = attempt(row, skipped, () => {
      const name = requiredCell(cells, mapping, 'client');
      let lastDay: number | null = null;
      let recencyDays: number;
      if (mapping.date !== null) {
        lastDay = readDate(requiredCell(cells, mapping, 'date'), reading.dayOf, dateOrder);
        if (lastDay > options.asOfDay) {
          throw new PortfolioError('dateAfterAsOf', { date: dayParam(lastDay), asOf: dayParam(options.asOfDay) });
        }
        recencyDays = options.asOfDay - lastDay;
      } else {
        recencyDays = readDaysSince(requiredCell(cells, mapping, 'recency'), reading.decimalComma);
      }
      const purchases = readPurchaseCount(requiredCell(cells, mapping, 'purchases'), reading.decimalComma);
      const rawAmount = readNumber(requiredCell(cells, mapping, 'amount'), reading.decimalComma);
      const amount = options.returns === 'ignore' ? Math.max(rawAmount, 0) : rawAmount;
      return {
        row,
        name,
        email: cellOf(cells, mapping.email),
        phone: cellOf(cells, mapping.phone),
        types: String(cellOf(cells, mapping.type)).trim(),
        lastDay,
        recencyDays,
        purchases,
        amount,
      };
    });
    if (client) clients.push(client);
  });
  return { clients, skipped, dateOrder, periodDays: YEAR_DAYS };
}

/** Contact details and product types gathered over a client's sales. */
interface SaleExtras {
  email: Cell;
  phone: Cell;
  types: Set<string>;
}

function readSaleRows(rows: readonly (readonly Cell[])[], options: SourceOptions, dateOrder: DateOrder): SourceClients {
  const { mapping, reading } = options;
  const skipped: SkippedSourceRow[] = [];
  const keys: string[] = [];
  const days: number[] = [];
  const amounts: number[] = [];
  const saleRows: number[] = [];
  const names = new Map<string, Cell>();
  const extras = new Map<string, SaleExtras>();
  rows.forEach((cells, index) => {
    if (isBlankRow(cells, mapping)) return;
    const row = options.firstRow + index;
    const sale = attempt(row, skipped, () => {
      const name = requiredCell(cells, mapping, 'client');
      const day = readDate(requiredCell(cells, mapping, 'date'), reading.dayOf, dateOrder);
      const amount = readNumber(requiredCell(cells, mapping, 'amount'), reading.decimalComma);
      if (day > options.asOfDay) {
        throw new PortfolioError('saleAfterAsOf', { date: dayParam(day), asOf: dayParam(options.asOfDay) });
      }
      return { name, day, amount };
    });
    if (!sale) return;
    const key = String(sale.name).trim().toLowerCase();
    keys.push(key);
    days.push(sale.day);
    amounts.push(sale.amount);
    saleRows.push(row);
    if (!names.has(key)) names.set(key, sale.name);
    const extra = extras.get(key) ?? { email: '', phone: '', types: new Set<string>() };
    if (!isBlank(cellOf(cells, mapping.email))) extra.email = cellOf(cells, mapping.email);
    if (!isBlank(cellOf(cells, mapping.phone))) extra.phone = cellOf(cells, mapping.phone);
    const type = String(cellOf(cells, mapping.type)).trim();
    if (type) extra.types.add(type);
    extras.set(key, extra);
  });
  const { buyers, returnOnly } = splitReturnOnly(aggregateSales(keys, days, amounts, options.returns));
  for (const line of returnOnly) {
    skipped.push({ row: itemAt(saleRows, line.firstRow), key: 'onlyReturns', params: { client: String(names.get(line.client)) } });
  }
  skipped.sort((a, b) => a.row - b.row);
  const clients = buyers.map((line) => {
    const extra = extras.get(line.client) as SaleExtras;
    return {
      row: itemAt(saleRows, line.firstRow),
      name: names.get(line.client) as Cell,
      email: extra.email,
      phone: extra.phone,
      types: [...extra.types].join(', '),
      lastDay: line.lastDay,
      recencyDays: options.asOfDay - line.lastDay,
      purchases: line.purchases,
      amount: line.amount,
    };
  });
  const firstDay = days.reduce((first, day) => Math.min(first, day), options.asOfDay);
  return { clients, skipped, dateOrder, periodDays: options.asOfDay - firstDay + 1 };
}
