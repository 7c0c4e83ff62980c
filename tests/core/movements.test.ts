/**
 * History and movements between two runs, on a hand-made portfolio.
 */
import { describe, expect, it } from 'vitest';
import type { AnalysedClient } from '../../src/core/analysis';
import {
  historyFromRows,
  historyTable,
  movedDown,
  movementsTable,
  nextHistory,
  previousRun,
  runEntries,
  segmentMovements,
  type HistoryEntry,
} from '../../src/core/movements';

function client(name: string, segment: string, priority: number, value: number, row: number): AnalysedClient {
  return {
    row,
    name,
    segment,
    value,
    abc: 'A',
    action: { segment, priority, objective: '', action: `act ${segment}`, channel: '', message: '' },
  } as unknown as AnalysedClient;
}

const JAN = 19_723; // 2024-01-01
const FEB = JAN + 31;
const previous: HistoryEntry[] = [
  { runDay: JAN, client: 'Ana', segment: 'Champions', abc: 'A' },
  { runDay: JAN, client: 'Ben', segment: 'Loyal', abc: 'A' },
  { runDay: JAN, client: 'Cleo', segment: 'At risk', abc: 'B' },
  { runDay: JAN, client: 'Dan', segment: 'Lost', abc: 'C' },
];
const now = [
  client('ana ', 'At risk', 2, 500, 2), // Champions → At risk: down
  client('Ben', 'Lost', 12, 900, 3), // Loyal → Lost: down
  client('Cleo', 'Champions', 3, 100, 4), // At risk → Champions: up
  client('Eve', 'New', 5, 50, 5), // new client
];
const ORDER = ['Champions', 'Loyal', 'New', 'At risk', 'Lost'];

describe('segmentMovements', () => {
  const movements = segmentMovements(previous, now, ORDER);

  it('counts clients from each previous segment to each segment now, with arrivals and departures', () => {
    expect(movements.from).toEqual(['Champions', 'Loyal', 'At risk', 'Lost']);
    expect(movements.to).toEqual(['Champions', 'New', 'At risk', 'Lost']);
    expect(movements.counts).toEqual([
      [0, 0, 1, 0], // Champions → At risk (Ana, matched without case and spaces)
      [0, 0, 0, 1], // Loyal → Lost (Ben)
      [1, 0, 0, 0], // At risk → Champions (Cleo)
      [0, 0, 0, 0], // Lost: Dan is gone
    ]);
    expect(movements.arrived).toEqual([0, 1, 0, 0]); // Eve, New
    expect(movements.left).toEqual([0, 0, 0, 1]); // Dan
  });

  it('lists the clients who moved down, most urgent action first', () => {
    // Ana's action has priority 2, Ben's 12
    expect(movements.down.map((move) => [String(move.client.name), move.before, move.client.segment])).toEqual([
      ['ana ', 'Champions', 'At risk'],
      ['Ben', 'Loyal', 'Lost'],
    ]);
  });

  it('tells down from up by tone, and never counts a segment of the user’s own as down', () => {
    expect(movedDown('Clients fidèles', 'Perdus')).toBe(true);
    expect(movedDown('Perdus', 'Champions')).toBe(false);
    expect(movedDown('VIP', 'Lost')).toBe(false);
    expect(movedDown('Others', 'Lost')).toBe(false);
  });
});

describe('history', () => {
  it('keeps earlier runs, replaces a run of the same day, and finds the previous run', () => {
    const feb = runEntries(now, FEB);
    const history = nextHistory(previous, feb, FEB);
    expect(history).toHaveLength(8);
    expect(nextHistory(history, feb.slice(0, 1), FEB)).toHaveLength(5);
    expect(previousRun(history, FEB)?.day).toBe(JAN);
    expect(previousRun(history, FEB)?.entries.map((entry) => entry.client)).toEqual(['Ana', 'Ben', 'Cleo', 'Dan']);
    expect(previousRun(previous, JAN)).toBeNull();
  });

  it('reads back what it writes (dates as date cells), skipping rows that are not entries', () => {
    const table = historyTable(previous, 'en');
    expect(table.values[0]).toEqual(['Run date', 'Client', 'Segment', 'ABC']);
    const asSheet = table.values.map((row) =>
      row.map((cell) =>
        typeof cell === 'object' && cell !== null && 'day' in cell
          ? new Date((cell as { day: number }).day * 86_400_000)
          : cell,
      ),
    );
    const dayOf = (date: Date) => Math.round(date.getTime() / 86_400_000);
    expect(historyFromRows([...asSheet, ['note', 'x', '', ''], ['', '', '', '']], dayOf)).toEqual(previous);
  });
});

describe('movementsTable', () => {
  it('says that movements start at the second run when there is no previous run', () => {
    expect(movementsTable(null, null, FEB, 'fr').values).toEqual([
      ['Pas encore d’analyse précédente\u00a0: les mouvements apparaissent à partir de la deuxième.'],
    ]);
  });

  it('writes the matrix then the clients who moved down, action first', () => {
    const table = movementsTable(segmentMovements(previous, now, ORDER), JAN, FEB, 'en');
    const labels = table.values.map((row) => row[0]);
    expect(labels[0]).toBe('Segment movements from 2024-01-01 to 2024-02-01');
    const header = labels.indexOf('Previous \\ now');
    expect(table.values[header]).toEqual(['Previous \\ now', 'Champions', 'New', 'At risk', 'Lost', 'Not in this run']);
    expect(table.values[header + 1]).toEqual(['Champions', 0, 0, 1, 0, 0]);
    expect(table.values[header + 5]).toEqual(['New client', 0, 1, 0, 0, '']);
    const down = labels.indexOf('Priority');
    expect(table.values[down + 1]?.slice(0, 5)).toEqual([2, 'act At risk', 'ana ', 'Champions', 'At risk']);
  });
});
