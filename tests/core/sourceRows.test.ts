/**
 * Source rows → one record per client (client tables and sales logs), with
 * unreadable rows listed by sheet row and reason.
 */
import { describe, expect, it } from 'vitest';
import { dayFromIso, YEAR_DAYS } from '../../src/core/days';
import { emptyMapping } from '../../src/core/sourceLayout';
import { readSourceRows, type SourceOptions } from '../../src/core/sourceRows';

/** Date cells as UTC midnights, read in UTC. */
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const dayOfUtc = (date: Date) => Math.floor(date.getTime() / 86_400_000);
const day = dayFromIso;

const clientOptions: SourceOptions = {
  mapping: { ...emptyMapping(), client: 0, date: 1, purchases: 2, amount: 3, email: 4 },
  shape: 'clients',
  asOfDay: day('2024-06-30'),
  returns: 'net',
  reading: { dayOf: dayOfUtc, dateOrder: 'dmy', decimalComma: true },
  firstRow: 2,
};

describe('readSourceRows: one row per client', () => {
  it('reads dates (cells and text), counts and amounts; days run to the reference date', () => {
    const { clients, skipped, periodDays, figures } = readSourceRows(
      [
        ['Ana', utc('2024-06-20'), 3, 120, 'ana@x.fr'],
        ['Ben', '01/04/2024', '2', '1 234,50 €', ''],
      ],
      clientOptions,
    );
    expect(skipped).toEqual([]);
    expect(periodDays).toBe(YEAR_DAYS);
    expect(clients).toEqual([
      // 20 June → 30 June: 10 days
      {
        row: 2,
        name: 'Ana',
        email: 'ana@x.fr',
        phone: '',
        firstName: '',
        lastName: '',
        types: '',
        lastDay: day('2024-06-20'),
        recencyDays: 10,
        purchases: 3,
        amount: 120,
      },
      // 1 April (day first) → 30 June: 29 + 31 + 30 = 90 days
      {
        row: 3,
        name: 'Ben',
        email: '',
        phone: '',
        firstName: '',
        lastName: '',
        types: '',
        lastDay: day('2024-04-01'),
        recencyDays: 90,
        purchases: 2,
        amount: 1234.5,
      },
    ]);
    // What scoring reads, as columns in client order.
    expect(figures).toEqual({ recencyDays: [10, 90], purchases: [3, 2], amount: [120, 1234.5] });
  });

  it('reads a column of days since the last purchase instead of dates', () => {
    const options: SourceOptions = {
      ...clientOptions,
      mapping: { ...emptyMapping(), client: 0, recency: 1, purchases: 2, amount: 3 },
    };
    const { clients } = readSourceRows(
      [
        ['Ana', 12, 1, 10],
        ['Ben', '0', 2, 20],
      ],
      options,
    );
    expect(clients.map((c) => [c.name, c.lastDay, c.recencyDays])).toEqual([
      ['Ana', null, 12],
      ['Ben', null, 0],
    ]);
  });

  it('passes blank rows over silently and lists every other unreadable row with its sheet row', () => {
    const { clients, skipped } = readSourceRows(
      [
        ['Ana', utc('2024-06-20'), 3, 120],
        ['', '', '', ''],
        ['Section', '', '', ''],
        ['', utc('2024-06-20'), 1, 5],
        ['Cy', 'hier', 1, 5],
        ['Dee', utc('2024-07-02'), 1, 5],
        ['Eli', utc('2024-06-01'), -2, 5],
        ['Fay', utc('2024-06-01'), '2,5', 5],
        ['Gus', utc('2024-06-01'), 1, 'beaucoup'],
        ['Hal', utc('2024-06-01'), 1, ''],
      ],
      clientOptions,
    );
    expect(clients.map((c) => c.name)).toEqual(['Ana']);
    expect(skipped).toEqual([
      { row: 4, key: 'missingCell', params: { column: 'date' } },
      { row: 5, key: 'missingClient', params: {} },
      { row: 6, key: 'notADate', params: { value: '"hier"' } },
      {
        row: 7,
        key: 'dateAfterAsOf',
        params: { date: { day: dayFromIso('2024-07-02') }, asOf: { day: dayFromIso('2024-06-30') } },
      },
      { row: 8, key: 'negativeCount', params: { value: -2 } },
      { row: 9, key: 'notWholeCount', params: { value: 2.5 } },
      { row: 10, key: 'notANumber', params: { value: '"beaucoup"' } },
      { row: 11, key: 'missingCell', params: { column: 'amount' } },
    ]);
  });

  it('reads text dates in the order the column proves, whatever the locale', () => {
    const options: SourceOptions = { ...clientOptions, reading: { ...clientOptions.reading, dateOrder: 'mdy' } };
    const { clients, skipped, dateOrder } = readSourceRows(
      [
        ['Ana', '25/03/2024', 1, 1],
        ['Ben', '13/04/2024', 1, 1],
        ['Cy', '04/05/2024', 1, 1],
        ['Dan', '05/25/2024', 1, 1],
      ],
      options,
    );
    // two dates prove day/month (25, 13 first), one month/day (25 second): the majority wins;
    // 05/25/2024 has a single reading (there is no 25th month), so it is read that way: 25 May
    expect(dateOrder).toBe('dmy');
    expect(clients.map((c) => c.lastDay)).toEqual([
      day('2024-03-25'),
      day('2024-04-13'),
      day('2024-05-04'),
      day('2024-05-25'),
    ]);
    expect(skipped).toEqual([]);
  });

  it('with returns ignored, a negative amount counts as zero', () => {
    const { clients } = readSourceRows([['Ana', utc('2024-06-20'), 1, -30]], { ...clientOptions, returns: 'ignore' });
    expect(clients[0]?.amount).toBe(0);
    expect(readSourceRows([['Ana', utc('2024-06-20'), 1, -30]], clientOptions).clients[0]?.amount).toBe(-30);
  });
});

describe('readSourceRows: one row per sale', () => {
  const salesOptions: SourceOptions = {
    ...clientOptions,
    mapping: { ...emptyMapping(), date: 0, client: 1, amount: 2, phone: 3, type: 4 },
    shape: 'sales',
    firstRow: 5,
  };
  const log = [
    [utc('2024-01-10'), 'Ana', 50, '', 'Livres'],
    [utc('2024-02-01'), 'Ben', 20, '0612345678', 'Jeux'],
    [utc('2024-03-15'), 'ana ', 30, '0700000000', 'Jeux'],
    ['', '', '', '', ''],
    [utc('2024-04-01'), 'Ben', -20, '', ''],
    [utc('2024-05-05'), 'ANA', '70,00 €', '', 'Livres'],
    [utc('2024-07-01'), 'Cy', 10, '', ''],
    ['pas de date', 'Cy', 10, '', ''],
  ];

  it('aggregates per client in order of first sale: last purchase, purchases, sum, contacts and product types', () => {
    const { clients, skipped, periodDays, figures } = readSourceRows(log, salesOptions);
    expect(clients).toEqual([
      // Ana, "ana " and "ANA" are one client, named as first typed; 50 + 30 + 70
      {
        row: 5,
        name: 'Ana',
        email: '',
        phone: '0700000000',
        firstName: '',
        lastName: '',
        types: 'Livres, Jeux',
        lastDay: day('2024-05-05'),
        recencyDays: 56,
        purchases: 3,
        amount: 150,
      },
      // Ben: 20 then a return of 20 → 1 purchase, 0
      {
        row: 6,
        name: 'Ben',
        email: '',
        phone: '0612345678',
        firstName: '',
        lastName: '',
        types: 'Jeux',
        lastDay: day('2024-02-01'),
        recencyDays: 150,
        purchases: 1,
        amount: 0,
      },
    ]);
    expect(skipped).toEqual([
      {
        row: 11,
        key: 'saleAfterAsOf',
        params: { date: { day: dayFromIso('2024-07-01') }, asOf: { day: dayFromIso('2024-06-30') } },
      },
      { row: 12, key: 'notADate', params: { value: '"pas de date"' } },
    ]);
    // first sale 10 January → 30 June, both included: 22 + 29 + 31 + 30 + 31 + 30 = 173 days
    expect(periodDays).toBe(173);
    // What scoring reads, as columns in client order: Ana (5 May → 30 June: 26 + 30 = 56 days), Ben (150 days).
    expect(figures).toEqual({ recencyDays: [56, 150], purchases: [3, 1], amount: [150, 0] });
  });

  it('leaves returns out with the policy "ignore"', () => {
    const { clients, figures } = readSourceRows(log, { ...salesOptions, returns: 'ignore' });
    expect(clients.map((c) => [c.name, c.purchases, c.amount])).toEqual([
      ['Ana', 3, 150],
      ['Ben', 1, 20],
    ]);
    expect(figures.amount).toEqual([150, 20]);
  });

  it('leaves out, and lists, a client whose rows are all returns (no date of last purchase to score)', () => {
    const withReturnOnly = [...log, [utc('2024-06-01'), 'Zoé', -15, '', '']];
    const { clients, skipped } = readSourceRows(withReturnOnly, salesOptions);
    expect(clients.map((c) => c.name)).toEqual(['Ana', 'Ben']);
    // Zoé's only row is the 9th data row: sheet row 5 + 8 = 13
    expect(skipped).toContainEqual({ row: 13, key: 'onlyReturns', params: { client: 'Zoé' } });
  });
});

describe('readSourceRows: first and last names', () => {
  it('reads them per client row, and keeps the first non-blank ones of a sales log', () => {
    const clientTable: SourceOptions = {
      ...clientOptions,
      mapping: { ...emptyMapping(), client: 0, date: 1, purchases: 2, amount: 3, firstName: 4, lastName: 5 },
    };
    const [ana] = readSourceRows([['C1', utc('2024-06-20'), 3, 120, 'Marie', 'Dupont']], clientTable).clients;
    expect([ana?.firstName, ana?.lastName]).toEqual(['Marie', 'Dupont']);

    const salesLog: SourceOptions = {
      ...clientOptions,
      mapping: { ...emptyMapping(), date: 0, client: 1, amount: 2, firstName: 3, lastName: 4 },
      shape: 'sales',
    };
    const { clients } = readSourceRows(
      [
        [utc('2024-01-10'), 'C1', 50, '', 'Dupont'],
        [utc('2024-02-01'), 'C2', 20, 'Paul', ''],
        [utc('2024-03-15'), 'c1', 30, 'Marie', 'Dupond'],
        [utc('2024-04-01'), 'C1', 10, 'Maria', ''],
      ],
      salesLog,
    );
    // C1: first name blank on its 1st sale, "Marie" on its 2nd; last name "Dupont" on its 1st sale
    expect(clients.map((c) => [c.name, c.firstName, c.lastName])).toEqual([
      ['C1', 'Marie', 'Dupont'],
      ['C2', 'Paul', ''],
    ]);
  });
});
