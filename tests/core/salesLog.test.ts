/**
 * The one pipeline from a sales log's cells to its clients: client-key rule,
 * dates read once per distinct value, returns netted or ignored, rows left
 * out with their reasons, sums beyond the largest double refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell, DayOf } from '../../src/core/cells';
import { dayFromIso, isoFromDay } from '../../src/core/days';
import { clientKey } from '../../src/core/clientKey';
import {
  clientsFromSaleCells,
  dateOrderOfColumn,
  logDateOrders,
  recencyDaysOf,
  type SaleReading,
} from '../../src/core/salesLog';
import type { ReturnsPolicy } from '../../src/core/types';

const portfolioError = (key: string) => expect.objectContaining({ name: 'PortfolioError', key });

/** A `Date` cell's day: its UTC calendar day (the tests' dates are UTC midnights). */
const utcDay: DayOf = (date) => Math.floor(date.getTime() / 86_400_000);
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

function reading(returns: ReturnsPolicy = 'net', asOfDay: number | null = null): SaleReading {
  return { dayOf: utcDay, dateOrder: 'dmy', decimalComma: false, returns, asOfDay };
}

/** A log as sheet rows [client, date, amount], read with `reading`. */
function read(rows: Cell[][], how: SaleReading = reading()) {
  return clientsFromSaleCells(
    { client: { rows, column: 0 }, date: { rows, column: 1 }, amount: { rows, column: 2 } },
    how,
  );
}

describe('clientsFromSaleCells', () => {
  it('works the documented example: Ann 10 on day 5, "ann " 20 on day 9, Ann −5 on day 12', () => {
    const rows = [
      ['Ann', '1970-01-06', 10],
      ['ann ', '1970-01-10', 20],
      ['Ann', '1970-01-13', -5],
    ];
    // net: 10 + 20 − 5 = 25; 2 purchases; the return does not move the last purchase (day 9)
    const net = read(rows);
    expect([net.names, net.lastDay, net.purchases, net.amount, net.firstDay]).toEqual([['Ann'], [9], [2], [25], [5]]);
    // ignore: the return is left out entirely: 10 + 20 = 30
    expect(read(rows, reading('ignore')).amount).toEqual([30]);
  });

  it('lists clients in order of first appearance, each under its first spelling', () => {
    const rows = [
      ['Bob', utc('2024-01-01'), 10],
      [' ANN', utc('2024-01-02'), 20],
      ['bob', utc('2024-01-03'), 30],
      ['Cy', utc('2024-01-04'), 40],
      ['Ann', utc('2024-01-05'), 50],
    ];
    const log = read(rows);
    expect(log.names).toEqual(['Bob', ' ANN', 'Cy']);
    expect(log.firstIndex).toEqual([0, 1, 3]);
    // Bob 10 + 30, Ann 20 + 50, Cy 40
    expect(log.amount).toEqual([40, 70, 40]);
    expect(Array.from(log.clientOfRow)).toEqual([0, 1, 0, 2, 1]);
  });

  it('reads a number id and the same digits as text as one client', () => {
    expect(
      read([
        [42, utc('2024-01-01'), 1],
        ['42', utc('2024-01-02'), 2],
      ]).amount,
    ).toEqual([3]);
  });

  it('finds the order of text dates from the whole column when told to, and says which order it read', () => {
    // "01/02/2024" comes first; "13/02/2024" further down proves day-first: 1 February, not 2 January.
    const rows = [
      ['Ann', '01/02/2024', 10],
      ['Bob', '13/02/2024', 10],
    ];
    const found = read(rows, { ...reading(), dateOrder: { fallback: 'mdy' } });
    expect(found.dateOrder).toBe('dmy');
    expect(found.lastDay.map(isoFromDay)).toEqual(['2024-02-01', '2024-02-13']);
    // Nothing to prove it: the fallback.
    const unproved = read([['Ann', '01/02/2024', 10]], { ...reading(), dateOrder: { fallback: 'mdy' } });
    expect([unproved.dateOrder, isoFromDay(unproved.lastDay[0] as number)]).toEqual(['mdy', '2024-01-02']);
  });

  it('does not scan a column of date cells for text dates: each date cell is read once', () => {
    let reads = 0;
    const rows = [0, 1, 2, 3].map(
      (i) =>
        new Proxy([`c${i}`, utc('2024-01-01'), 1], {
          get(target, property, receiver) {
            if (property === '1') reads += 1;
            return Reflect.get(target, property, receiver) as unknown;
          },
        }),
    );
    const result = read(rows, { ...reading(), dateOrder: { fallback: 'mdy' } });
    expect([reads, result.dateOrder]).toEqual([4, 'mdy']);
  });

  it('reads each distinct date once', () => {
    let calls = 0;
    const counting: DayOf = (date) => {
      calls += 1;
      return utcDay(date);
    };
    const rows = [0, 1, 2, 3, 4, 5].map((i) => [`c${i}`, utc(i % 2 === 0 ? '2024-01-01' : '2024-02-01'), 1]);
    read(rows, { ...reading(), dayOf: counting });
    expect(calls).toBe(2);
  });

  it('leaves out blank rows silently, and lists unreadable rows with their column and reason', () => {
    const rows: Cell[][] = [
      ['Ann', utc('2024-01-01'), 10],
      ['', '', ''],
      ['', utc('2024-01-02'), 5],
      ['Bob', '', 5],
      ['Cy', 'yesterday', 5],
      ['Dee', utc('2024-01-03'), 'ten'],
      ['Eve', utc('2024-03-01'), 5],
    ];
    const log = read(rows, reading('net', dayFromIso('2024-02-01')));
    expect(log.names).toEqual(['Ann']);
    expect(log.skipped).toEqual([
      { index: 2, role: 'client', key: 'missingClient', params: {} },
      { index: 3, role: 'date', key: 'missingCell', params: { column: 'date' } },
      { index: 4, role: 'date', key: 'notADate', params: { value: '"yesterday"' } },
      { index: 5, role: 'amount', key: 'notANumber', params: { value: '"ten"' } },
      {
        index: 6,
        role: 'date',
        key: 'saleAfterAsOf',
        params: { date: { day: dayFromIso('2024-03-01') }, asOf: { day: dayFromIso('2024-02-01') } },
      },
    ]);
  });

  it('calls a text date ambiguous, not late, when its other reading is before the reference date', () => {
    // read day first, 03/10/2024 is 3 October (after 15 March); month first it is 10 March
    const log = read(
      [
        ['Ann', '01/02/2024', 1],
        ['Bob', '03/10/2024', 1],
      ],
      reading('net', dayFromIso('2024-03-15')),
    );
    expect(log.skipped).toEqual([{ index: 1, role: 'date', key: 'ambiguousDate', params: { value: '"03/10/2024"' } }]);
  });

  it('leaves out a client with only returns, listed at their first row', () => {
    const log = read([
      ['Ann', utc('2024-01-01'), 10],
      ['Zoe', utc('2024-01-02'), -15],
      ['Bea', utc('2024-01-03'), 20],
    ]);
    expect(log.names).toEqual(['Ann', 'Bea']);
    expect(log.skipped).toEqual([{ index: 1, role: 'amount', key: 'onlyReturns', params: { client: 'Zoe' } }]);
    expect(Array.from(log.clientOfRow)).toEqual([0, -1, 1]);
  });

  it('refuses a client whose amounts add up beyond the largest double', () => {
    // 1e308 + 1e308 = Infinity in floating point
    expect(() =>
      read([
        ['Ann', utc('2024-01-01'), 1e308],
        ['Ann', utc('2024-01-02'), 1e308],
      ]),
    ).toThrow(portfolioError('sumOverflow'));
  });

  it('gives the earliest and latest day of the rows read, returns included', () => {
    const log = read([
      ['Ann', utc('2024-01-05'), 10],
      ['Ann', utc('2024-01-09'), -5],
      ['Bob', utc('2024-01-02'), 1],
    ]);
    expect([isoFromDay(log.earliestDay), isoFromDay(log.latestDay)]).toEqual(['2024-01-02', '2024-01-09']);
  });
});

describe('logDateOrders', () => {
  const column = { rows: [['01/02/2024'], ['13/02/2024']], column: 0 };

  it('reads a text as_of in the order the column proves, and the log in that order', () => {
    // "13/02/2024" proves day first, against the month-first fallback.
    expect(logDateOrders('31/03/2024', column, 'mdy')).toEqual({ asOf: 'dmy', log: 'dmy' });
  });

  it('leaves the column to be scanned when a text date is met for a date cell, number or blank as_of', () => {
    for (const asOf of [utc('2024-03-31'), 45_000, '', undefined]) {
      expect(logDateOrders(asOf, column, 'mdy')).toEqual({ asOf: 'mdy', log: { fallback: 'mdy' } });
    }
  });
});

describe('recencyDaysOf', () => {
  it('counts the days from each last purchase to the reference day', () => {
    // reference day 25: last purchases on days 9 and 25 → 25 − 9 = 16 and 25 − 25 = 0
    expect(recencyDaysOf({ lastDay: [9, 25] }, 25)).toEqual([16, 0]);
    expect(recencyDaysOf({ lastDay: [] }, 25)).toEqual([]);
  });
});

describe('dateOrderOfColumn', () => {
  it('takes the order the text dates prove, the fallback without proof', () => {
    const rows = [['25/03/2024'], ['04/05/2024'], [utc('2024-01-01')], ['']];
    expect(dateOrderOfColumn({ rows, column: 0 }, 'mdy')).toBe('dmy');
    expect(dateOrderOfColumn({ rows: [['04/05/2024']], column: 0 }, 'mdy')).toBe('mdy');
  });
});

describe('clientsFromSaleCells properties', () => {
  const log = fc
    .array(
      fc.record({
        client: fc.constantFrom('Ann', 'ann ', 'Bob', 'Cy', 'Dee', 'Eve', 'Finn'),
        day: fc.integer({ min: 0, max: 20_000 }),
        cents: fc.integer({ min: -5_000, max: 50_000 }),
      }),
      { maxLength: 80 },
    )
    .map((sales) => sales.map((sale): Cell[] => [sale.client, isoFromDay(sale.day), sale.cents]));
  const runs = { numRuns: 200 };
  const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
  const amounts = (rows: Cell[][]) => rows.map((row) => row[2] as number);

  it('keeps the amounts of the clients with a purchase, and the number of purchase rows', () => {
    fc.assert(
      fc.property(log, fc.constantFrom('net' as const, 'ignore' as const), (rows, policy) => {
        const result = read(rows, reading(policy));
        const kept = rows.filter((_, i) => result.clientOfRow[i] !== -1);
        const counted = policy === 'net' ? amounts(kept) : amounts(kept).filter((a) => a >= 0);
        expect(sum(result.amount)).toBe(sum(counted));
        expect(sum(result.purchases)).toBe(amounts(rows).filter((a) => a >= 0).length);
      }),
      runs,
    );
  });

  it('puts two rows under one client exactly when their keys are equal, also past thousands of clients', () => {
    // Ids up to 5 000, each spelt four ways: "Client 7", "CLIENT 7", "  client  7 " are one client, the number 7
    // another one (its key is "7").
    const spellings = [
      (id: number) => `Client ${id}`,
      (id: number) => `CLIENT ${id}`,
      (id: number) => `  client  ${id} `,
    ];
    const sale = fc.record({ id: fc.integer({ min: 0, max: 5_000 }), spelling: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(fc.array(sale, { minLength: 2_000, maxLength: 4_000 }), (sales) => {
        const rows = sales.map(({ id, spelling }): Cell[] => [spellings[spelling]?.(id) ?? id, '2024-01-01', 1]);
        const result = read(rows);
        const clientOfKey = new Map<string, number>();
        rows.forEach((row, index) => {
          const key = clientKey(row[0] as Cell);
          const client = result.clientOfRow[index] as number;
          expect(clientOfKey.get(key) ?? client).toBe(client);
          clientOfKey.set(key, client);
        });
        expect(new Set(clientOfKey.values()).size).toBe(clientOfKey.size);
        expect(result.names.length).toBe(clientOfKey.size);
      }),
      { numRuns: 30 },
    );
  });

  it('gives the last purchase day of each client, whatever the row order', () => {
    fc.assert(
      fc.property(log, (rows) => {
        const result = read(rows);
        result.names.forEach((name, client) => {
          const own = rows.filter((_, i) => result.clientOfRow[i] === client);
          expect(own[0]?.[0]).toBe(name);
          const days = own.filter((row) => (row[2] as number) >= 0).map((row) => dayFromIso(row[1] as string));
          expect(result.lastDay[client]).toBe(Math.max(...days));
        });
      }),
      runs,
    );
  });
});
