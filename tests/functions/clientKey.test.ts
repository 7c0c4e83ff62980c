/**
 * RFM_TABLE through the built bundle follows the same client-key rule as the
 * sidebar: "Ann", "ann " and " ANN" are one client, shown as first typed.
 */
import { describe, expect, it } from 'vitest';
import { column, workbook } from '../support/customFunctions';
import { midnight } from '../support/calendar';

describe('RFM_TABLE: the client-key rule', () => {
  it('reads "Ann", "ann " and " ANN" as one client, shown as first typed; inner spaces collapse', () => {
    const book = workbook({ locale: 'en_US', timeZone: 'Europe/Paris' });
    const day = (iso: string) => midnight(iso, 'Europe/Paris');
    const table = book.call(
      'RFM_TABLE',
      column('Ann', 'Bob', 'ann ', ' ANN', 'Ann  Lee', 'ann lee'),
      column(
        day('2024-05-01'),
        day('2024-05-02'),
        day('2024-05-03'),
        day('2024-05-04'),
        day('2024-05-05'),
        day('2024-05-06'),
      ),
      column(10, 5, 20, 30, 7, 8),
    ) as unknown[][];
    // client, purchases, amount: Ann 10 + 20 + 30 = 60 over 3 sales; Ann Lee 7 + 8 = 15 over 2
    expect(table.slice(1).map((row) => [row[0], row[3], row[4]])).toEqual([
      ['Ann', 3, 60],
      ['Bob', 1, 5],
      ['Ann  Lee', 2, 15],
    ]);
  });
});
