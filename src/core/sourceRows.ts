/**
 * Turning the data rows of a client table or of a sales log into one record
 * per client, leaving out (and listing) the rows that cannot be read.
 */
import { isBlank, otherReading, readDate, readNumber, showCell, type Cell, type DateOrder, type DayOf } from './cells';
import { readPurchaseCount } from './clientCells';
import { YEAR_DAYS } from './days';
import { dayParam } from './i18n/textTable';
import { isPortfolioError, PortfolioError } from './errors';
import type { MessageKey, MessageParams } from './i18n/messages';
import type { FigureColumns } from './portfolio';
import { readDaysSince } from './recency';
import type { ColumnMapping, ColumnRole, SourceShape } from './sourceLayout';
import { clientsFromSaleCells, dateOrderOfColumn, recencyDaysOf, type CellColumn } from './salesLog';
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
  /** The first-name and last-name cells, `''` when the source has no such column. */
  firstName: Cell;
  lastName: Cell;
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
  /** The clients' recency, purchases and amount as columns, in the order of `clients`: what scoring reads. */
  figures: FigureColumns;
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
 * client (see `clientsFromSaleCells`); sales after the reference date are left out.
 * Blank rows are passed over silently; rows that cannot be read are listed in `skipped`.
 */
export function readSourceRows(rows: readonly (readonly Cell[])[], options: SourceOptions): SourceClients {
  const { mapping } = options;
  if (options.shape === 'sales') return readSaleRows(rows, options);
  const dateOrder =
    mapping.date === null
      ? options.reading.dateOrder
      : dateOrderOfColumn({ rows, column: mapping.date }, options.reading.dateOrder);
  return readClientRows(rows, options, dateOrder);
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

function readClientRows(
  rows: readonly (readonly Cell[])[],
  options: SourceOptions,
  dateOrder: DateOrder,
): SourceClients {
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
        const dateCell = requiredCell(cells, mapping, 'date');
        lastDay = readDate(dateCell, reading.dayOf, dateOrder);
        if (lastDay > options.asOfDay) {
          const other = otherReading(dateCell, dateOrder);
          if (other <= options.asOfDay) throw new PortfolioError('ambiguousDate', { value: showCell(dateCell) });
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
        firstName: cellOf(cells, mapping.firstName),
        lastName: cellOf(cells, mapping.lastName),
        types: String(cellOf(cells, mapping.type)).trim(),
        lastDay,
        recencyDays,
        purchases,
        amount,
      };
    });
    if (client) clients.push(client);
  });
  const figures = {
    recencyDays: clients.map((c) => c.recencyDays),
    purchases: clients.map((c) => c.purchases),
    amount: clients.map((c) => c.amount),
  };
  return { clients, skipped, dateOrder, periodDays: YEAR_DAYS, figures };
}

/** The column of `role` in the source rows. Throws `roleRequired` when the role has no column. */
function columnOfRole(rows: readonly (readonly Cell[])[], mapping: ColumnMapping, role: ColumnRole): CellColumn {
  const column = mapping[role];
  if (column === null) throw new PortfolioError('roleRequired', { role });
  return { rows, column };
}

/** The product types of a client, comma-separated in the order met (`''` for none). */
function typesText(types: Set<string> | null): string {
  return types === null ? '' : [...types].join(', ');
}

/**
 * A sales log: one line per client by `clientsFromSaleCells` (the client-key
 * rule, returns and reasons for rows left out live there), then the contact
 * columns and product types gathered over each client's rows (the last
 * non-blank e-mail and phone, the first non-blank first and last names).
 */
function readSaleRows(rows: readonly (readonly Cell[])[], options: SourceOptions): SourceClients {
  const { mapping, reading } = options;
  const log = clientsFromSaleCells(
    {
      client: columnOfRole(rows, mapping, 'client'),
      date: columnOfRole(rows, mapping, 'date'),
      amount: columnOfRole(rows, mapping, 'amount'),
    },
    {
      dayOf: reading.dayOf,
      dateOrder: { fallback: reading.dateOrder },
      decimalComma: reading.decimalComma,
      returns: options.returns,
      asOfDay: options.asOfDay,
    },
  );
  const count = log.names.length;
  const emails: Cell[] = new Array<Cell>(count).fill('');
  const phones: Cell[] = new Array<Cell>(count).fill('');
  const types: Array<Set<string> | null> = new Array<Set<string> | null>(count).fill(null);
  if (mapping.email !== null || mapping.phone !== null || mapping.type !== null) {
    log.clientOfRow.forEach((client, index) => {
      if (client < 0) return;
      const cells = rows[index] ?? [];
      const email = cellOf(cells, mapping.email);
      const phone = cellOf(cells, mapping.phone);
      const type = String(cellOf(cells, mapping.type)).trim();
      if (!isBlank(email)) emails[client] = email;
      if (!isBlank(phone)) phones[client] = phone;
      if (type) (types[client] ??= new Set<string>()).add(type);
    });
  }
  const firstNames = firstFilledCells(rows, log.clientOfRow, count, mapping.firstName);
  const lastNames = firstFilledCells(rows, log.clientOfRow, count, mapping.lastName);
  const recencyDays = recencyDaysOf(log, options.asOfDay);
  const clients: SourceClient[] = log.names.map((name, client) => ({
    row: options.firstRow + (log.firstIndex[client] ?? 0),
    name,
    email: emails[client],
    phone: phones[client],
    firstName: firstNames[client] ?? '',
    lastName: lastNames[client] ?? '',
    types: typesText(types[client] ?? null),
    lastDay: log.lastDay[client] ?? 0,
    recencyDays: recencyDays[client] ?? 0,
    purchases: log.purchases[client] ?? 0,
    amount: log.amount[client] ?? 0,
  }));
  const skipped = log.skipped.map((sale) => ({
    row: options.firstRow + sale.index,
    key: sale.key,
    params: sale.params,
  }));
  const firstDay = Math.min(log.earliestDay, options.asOfDay);
  return {
    clients,
    skipped,
    dateOrder: log.dateOrder,
    periodDays: options.asOfDay - firstDay + 1,
    figures: { recencyDays, purchases: log.purchases, amount: log.amount },
  };
}

/**
 * Per client of a sales log, the first non-blank cell of `column` over the
 * client's rows (`clientOfRow`: the client index of each row, negative for a
 * row left out); `''` for a client whose cells are all blank, and for every
 * client when `column` is `null`.
 */
function firstFilledCells(
  rows: readonly (readonly Cell[])[],
  clientOfRow: ArrayLike<number>,
  count: number,
  column: number | null,
): Cell[] {
  const cells: Cell[] = new Array<Cell>(count).fill('');
  if (column === null) return cells;
  for (let index = 0; index < clientOfRow.length; index += 1) {
    const client = clientOfRow[index] ?? -1;
    if (client < 0 || !isBlank(cells[client])) continue;
    cells[client] = cellOf(rows[index] ?? [], column);
  }
  return cells;
}
