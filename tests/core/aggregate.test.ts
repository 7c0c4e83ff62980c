/**
 * Sales-log aggregation: one line per client in order of first appearance,
 * returns netted or ignored, last purchase date ignoring returns.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateSales } from '../../src/core/aggregate';
import { at } from '../../tools/indexing';

describe('aggregateSales', () => {
  it('works the documented example: 10 € day 5, 20 € day 9, −5 € day 12', () => {
    const log = { clients: ['Ann', 'Ann', 'Ann'], days: [5, 9, 12], amounts: [10, 20, -5] };
    // net: 10 + 20 − 5 = 25; 2 purchases; the return does not move the last purchase (day 9)
    expect(aggregateSales(log.clients, log.days, log.amounts, 'net')).toEqual([
      { client: 'Ann', firstRow: 0, firstDay: 5, lastDay: 9, purchases: 2, amount: 25 },
    ]);
    // ignore: the return is left out entirely: 10 + 20 = 30
    expect(aggregateSales(log.clients, log.days, log.amounts, 'ignore')).toEqual([
      { client: 'Ann', firstRow: 0, firstDay: 5, lastDay: 9, purchases: 2, amount: 30 },
    ]);
  });

  it('lists clients in order of first appearance', () => {
    const totals = aggregateSales(['Bob', 'Ann', 'Bob', 'Cy', 'Ann'], [1, 2, 3, 4, 5], [10, 20, 30, 40, 50], 'net');
    expect(totals.map((t) => t.client)).toEqual(['Bob', 'Ann', 'Cy']);
    expect(totals.map((t) => t.firstRow)).toEqual([0, 1, 3]);
    // Bob 10 + 30, Ann 20 + 50, Cy 40
    expect(totals.map((t) => t.amount)).toEqual([40, 70, 40]);
    expect(totals.map((t) => t.purchases)).toEqual([2, 2, 1]);
  });

  it('takes the latest and earliest days whatever the row order', () => {
    const [ann] = aggregateSales(['Ann', 'Ann', 'Ann'], [20, 5, 12], [1, 1, 1], 'net');
    expect(ann?.lastDay).toBe(20);
    expect(ann?.firstDay).toBe(5);
  });

  it('counts a sale of 0 as a purchase', () => {
    const [ann] = aggregateSales(['Ann', 'Ann'], [3, 8], [0, 15], 'net');
    expect(ann?.purchases).toBe(2);
    expect(ann?.lastDay).toBe(8);
  });

  it('does not let a later return move the last purchase date, with either policy', () => {
    for (const policy of ['net', 'ignore'] as const) {
      const [bob] = aggregateSales(['Bob', 'Bob'], [10, 40], [50, -20], policy);
      expect(bob?.lastDay).toBe(10);
      expect(bob?.purchases).toBe(1);
      expect(bob?.amount).toBe(policy === 'net' ? 30 : 50);
    }
  });

  it('keeps a client with only returns when netting (0 purchases, last row date), drops them when ignoring', () => {
    const clients = ['Ann', 'Dee', 'Dee'];
    const days = [1, 20, 25];
    const amounts = [10, -10, -5];
    const net = aggregateSales(clients, days, amounts, 'net');
    expect(net[1]).toEqual({ client: 'Dee', firstRow: 1, firstDay: 20, lastDay: 25, purchases: 0, amount: -15 });
    const ignore = aggregateSales(clients, days, amounts, 'ignore');
    expect(ignore.map((t) => t.client)).toEqual(['Ann']);
  });

  it('gives the first row of a client whose first row is a return (net) or its first purchase (ignore)', () => {
    const clients = ['Eve', 'Ann', 'Eve'];
    expect(aggregateSales(clients, [1, 2, 3], [-5, 10, 30], 'net')[0]).toMatchObject({ client: 'Eve', firstRow: 0, amount: 25 });
    expect(aggregateSales(clients, [1, 2, 3], [-5, 10, 30], 'ignore').map((t) => [t.client, t.firstRow])).toEqual([
      ['Ann', 1],
      ['Eve', 2],
    ]);
  });

  it('gives no line for an empty log', () => {
    expect(aggregateSales([], [], [], 'net')).toEqual([]);
  });
});

describe('aggregateSales properties', () => {
  const log = fc
    .array(
      fc.record({
        client: fc.constantFrom('Ann', 'Bob', 'Cy', 'Dee', 'Eve', 'Finn'),
        day: fc.integer({ min: 0, max: 20_000 }),
        cents: fc.integer({ min: -5_000, max: 50_000 }),
      }),
      { maxLength: 80 },
    )
    .map((rows) => ({
      clients: rows.map((r) => r.client),
      days: rows.map((r) => r.day),
      amounts: rows.map((r) => r.cents),
    }));
  const runs = { numRuns: 300 };
  const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);

  it('keeps the sum of amounts (net) and of purchase amounts (ignore)', () => {
    fc.assert(
      fc.property(log, ({ clients, days, amounts }) => {
        const net = aggregateSales(clients, days, amounts, 'net');
        expect(sum(net.map((t) => t.amount))).toBe(sum(amounts));
        const ignore = aggregateSales(clients, days, amounts, 'ignore');
        expect(sum(ignore.map((t) => t.amount))).toBe(sum(amounts.filter((a) => a >= 0)));
      }),
      runs,
    );
  });

  it('keeps the number of purchase rows, with either policy', () => {
    fc.assert(
      fc.property(log, fc.constantFrom('net' as const, 'ignore' as const), ({ clients, days, amounts }, policy) => {
        const totals = aggregateSales(clients, days, amounts, policy);
        expect(sum(totals.map((t) => t.purchases))).toBe(amounts.filter((a) => a >= 0).length);
      }),
      runs,
    );
  });

  it('gives one line per distinct client (net), in order of first row, last day = latest purchase day', () => {
    fc.assert(
      fc.property(log, ({ clients, days, amounts }) => {
        const totals = aggregateSales(clients, days, amounts, 'net');
        expect(totals.map((t) => t.client)).toEqual([...new Set(clients)]);
        for (const line of totals) {
          expect(clients[line.firstRow]).toBe(line.client);
          const rows = clients.map((_, i) => i).filter((i) => clients[i] === line.client);
          expect(line.firstRow).toBe(rows[0]);
          const purchaseDays = rows.filter((i) => at(amounts, i) >= 0).map((i) => at(days, i));
          const anyDays = rows.map((i) => at(days, i));
          expect(line.lastDay).toBe(purchaseDays.length > 0 ? Math.max(...purchaseDays) : Math.max(...anyDays));
          expect(line.firstDay).toBe(Math.min(...anyDays));
        }
      }),
      runs,
    );
  });
});
