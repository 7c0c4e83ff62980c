/**
 * Money cells of the owned sheets are stored rounded to cents: a sales log's
 * sums carry floating-point noise (0.1 + 0.2 = 0.30000000000000004), which a
 * download or a copy of the sheet would show.
 */
import { describe, expect, it } from 'vitest';
import { analysePortfolio } from '../../src/core/analysis';
import { dayFromIso } from '../../src/core/days';
import { actionsTable, clientsTable, summaryTable } from '../../src/core/reports';
import { emptyMapping } from '../../src/core/sourceLayout';
import { analysisOptions } from '../support/analysisOptions';

const AS_OF = dayFromIso('2024-06-30');
const mapping = { ...emptyMapping(), client: 0, date: 1, amount: 2 };
const options = analysisOptions('en', { mapping, shape: 'sales' });

describe('money cells of the owned sheets', () => {
  // Ann 0.1 + 0.2 = 0.30000000000000004 in floating point; Bob 155.72 + 310.44 = 466.16000000000003
  const rows = [
    ['Ann', '2024-06-01', 0.1],
    ['Bob', '2024-06-02', 155.72],
    ['Ann', '2024-06-03', 0.2],
    ['Bob', '2024-06-04', 310.44],
  ];
  const analysis = analysePortfolio(rows, options);

  it('are stored rounded to cents in Clients, Actions and Summary', () => {
    expect(analysis.clients.map((client) => client.amount)).toEqual([0.1 + 0.2, 155.72 + 310.44]);
    expect(0.1 + 0.2).not.toBe(0.3);
    const clients = clientsTable(analysis, mapping, 'en');
    const amount = clients.values[0]?.indexOf('Amount') ?? -1;
    expect(clients.values.slice(1).map((row) => row[amount])).toEqual([0.3, 466.16]);
    const actions = actionsTable(analysis, mapping, 'en');
    const moneyCells = actions.values.flatMap((row, r) => row.filter((_, c) => actions.formats[r]?.[c] === '#,##0.00'));
    expect(moneyCells.length).toBeGreaterThan(0);
    for (const cell of moneyCells) expect(Math.round((cell as number) * 100) / 100).toBe(cell);
    const summary = summaryTable(analysis, { asOfDay: AS_OF, binning: options.binning, method: 'quantile' }, 'en');
    const revenue = summary.values.find((row) => row[0] === 'Revenue');
    expect(revenue?.[1]).toBe(466.46);
  });
});
