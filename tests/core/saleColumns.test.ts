/**
 * When the value to come applies: a sales log whose client, date and amount
 * columns are mapped; never a client table (no purchase history to fit).
 */
import { describe, expect, it } from 'vitest';
import { emptyMapping } from '../../src/core/sourceLayout';
import { saleColumnsOf } from '../../src/core/valueToCome';

const reading = { dayOf: () => 0, dateOrder: 'dmy' as const, decimalComma: true };
const mapped = { ...emptyMapping(), client: 0, date: 2, amount: 3 };

describe('saleColumnsOf', () => {
  it('gives the client, date and amount columns of a sales log, with the reading', () => {
    expect(saleColumnsOf('sales', mapped, reading)).toEqual({ client: 0, date: 2, amount: 3, ...reading });
  });

  it('is null for a client table, even with the same columns', () => {
    expect(saleColumnsOf('clients', mapped, reading)).toBeNull();
  });

  it('is null for a sales log missing the client, the date or the amount', () => {
    for (const role of ['client', 'date', 'amount'] as const) {
      expect(saleColumnsOf('sales', { ...mapped, [role]: null }, reading)).toBeNull();
    }
  });
});
