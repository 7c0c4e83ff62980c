import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateExamples } from '../../tools/examples/generate';
import { readWorkbookFile, type ImportedCell } from '../../tools/file-import/index';
import { at } from '../../tools/indexing';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const FILES = ['boutique-clients.xlsx', 'boutique-clients.csv', 'shop-sales-log.xlsx', 'shop-sales-log.csv'];

/** The data sheet of an example: its only sheet, or the first of boutique-clients.xlsx (then comes « Formules »). */
async function sheetOf(fileName: string, folder = EXAMPLES): Promise<{ name: string; values: ImportedCell[][] }> {
  const workbook = await readWorkbookFile(join(folder, fileName));
  expect(workbook.sheets.map((sheet) => sheet.name).slice(1)).toEqual(
    fileName === 'boutique-clients.xlsx' ? ['Formules'] : [],
  );
  return at(workbook.sheets, 0);
}

const isBlankRow = (row: ImportedCell[]) => row.every((cell) => cell === '');
const MOBILE_OR_LANDLINE = /^(0[1-9]( \d\d){4}|\+33 [1-9]( \d\d){4})$/;

describe('boutique-clients (French client list)', () => {
  it.each(['boutique-clients.xlsx', 'boutique-clients.csv'])(
    '%s: header, 60 clients, 2 blank rows, typed cells',
    async (file) => {
      const sheet = await sheetOf(file);
      expect(sheet.name).toBe(file.endsWith('.xlsx') ? 'Clients' : 'boutique-clients');
      const [header, ...rows] = sheet.values;
      expect(header).toEqual([
        'Client',
        'Email',
        'Téléphone',
        'Date du dernier achat',
        "Nombre d'achats",
        'Montant total (€)',
      ]);
      expect(rows).toHaveLength(62);
      expect(rows.map((row, i) => (isBlankRow(row) ? i + 1 : null)).filter((i) => i !== null)).toEqual([21, 42]);
      const clients = rows.filter((row) => !isBlankRow(row));
      for (const [name, email, phone, lastPurchase, purchases, total] of clients) {
        expect(typeof name).toBe('string');
        expect(email === '' || /^[a-z0-9.]+@example\.(fr|com|net|org)$/.test(String(email))).toBe(true);
        expect(phone === '' || MOBILE_OR_LANDLINE.test(String(phone))).toBe(true);
        expect(lastPurchase).toBeInstanceOf(Date);
        expect((lastPurchase as Date).getHours()).toBe(0);
        expect(Number.isInteger(purchases) && (purchases as number) >= 1).toBe(true);
        expect(typeof total).toBe('number');
      }
      expect(new Set(clients.map((row) => row[0])).size).toBe(60);
      expect(clients.some((row) => String(row[2]).startsWith('+33 '))).toBe(true);
      expect(clients.filter((row) => (row[5] as number) <= 0).length).toBeGreaterThanOrEqual(2);
      expect(clients.some((row) => (row[5] as number) < 0)).toBe(true);
    },
  );

  it('holds the same cells in the CSV and the XLSX', async () => {
    const fromXlsx = await sheetOf('boutique-clients.xlsx');
    const fromCsv = await sheetOf('boutique-clients.csv');
    expect(fromCsv.values).toEqual(fromXlsx.values);
  });

  it('is written the French way in CSV: BOM, semicolons, decimal commas, dd/mm/yyyy', async () => {
    const text = (await readFile(join(EXAMPLES, 'boutique-clients.csv'))).toString('utf8');
    expect(text.startsWith('\ufeffClient;Email;Téléphone;')).toBe(true);
    expect(text).toMatch(/;\d{2}\/\d{2}\/20\d\d;\d+;-?\d{1,3}( \d{3})*,\d\d\r\n/);
    expect(text).toContain('\r\n;;;;;\r\n');
  });

  it('has clients in every segment of the classic scheme and every rung of the fr-ladder', async () => {
    const clients = (await sheetOf('boutique-clients.xlsx')).values.slice(1).filter((row) => !isBlankRow(row));
    const dates = clients.map((row) => row[3] as Date);
    const asOf = Math.max(...dates.map((date) => date.getTime()));
    const days = dates.map((date) => Math.round((asOf - date.getTime()) / 86_400_000));
    const r = quintileScores(days).map((score) => 6 - score);
    const f = quintileScores(clients.map((row) => row[4] as number));
    const m = quintileScores(clients.map((row) => row[5] as number));
    const scores = clients.map((_, i) => [r[i], f[i], m[i]] as Score);
    expect(new Set(scores.map(classicSegment))).toEqual(new Set(CLASSIC_RULES.map(([name]) => name)));
    expect(new Set(scores.map(ladderRung))).toEqual(
      new Set([...LADDER_RULES.map(([name]) => name), 'client occasionnel']),
    );
  });
});

describe('shop-sales-log (English sales log)', () => {
  it.each(['shop-sales-log.xlsx', 'shop-sales-log.csv'])(
    '%s: header, 2 000 sale rows, 3 blank rows, typed cells',
    async (file) => {
      const sheet = await sheetOf(file);
      const [header, ...rows] = sheet.values;
      expect(header).toEqual(['Order date', 'Customer', 'Email', 'Product type', 'Amount ($)']);
      expect(rows).toHaveLength(2003);
      expect(rows.filter(isBlankRow)).toHaveLength(3);
      const sales = rows.filter((row) => !isBlankRow(row));
      const first = new Date(2024, 10, 1).getTime();
      const last = new Date(2026, 9, 31).getTime();
      let previous = first;
      for (const [date, customer, email, type, amount] of sales) {
        expect(date).toBeInstanceOf(Date);
        const time = (date as Date).getTime();
        expect(time >= previous && time <= last).toBe(true);
        previous = time;
        expect(typeof customer).toBe('string');
        expect(email === '' || /^[a-z0-9.]+@example\.(com|net|org)$/.test(String(email))).toBe(true);
        expect(['Apparel', 'Accessories', 'Home', 'Beauty', 'Gift card']).toContain(type);
        expect(typeof amount).toBe('number');
      }
      expect(new Set(sales.map((row) => row[1])).size).toBe(300);
      expect(sales.filter((row) => (row[4] as number) < 0)).toHaveLength(25);
    },
  );

  it('holds the same cells in the CSV and the XLSX', async () => {
    const fromXlsx = await sheetOf('shop-sales-log.xlsx');
    const fromCsv = await sheetOf('shop-sales-log.csv');
    expect(fromCsv.values).toEqual(fromXlsx.values);
  });

  it('looks like a shop: December peak, few customers make most of the revenue', async () => {
    const sales = (await sheetOf('shop-sales-log.csv')).values.slice(1).filter((row) => !isBlankRow(row));
    const perMonth = new Map<string, number>();
    const perCustomer = new Map<string, number>();
    for (const [date, customer, , , amount] of sales) {
      const month = `${(date as Date).getFullYear()}-${(date as Date).getMonth() + 1}`;
      perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
      perCustomer.set(customer as string, (perCustomer.get(customer as string) ?? 0) + (amount as number));
    }
    const averageMonth = sales.length / perMonth.size;
    expect(perMonth.get('2024-12')!).toBeGreaterThan(1.2 * averageMonth);
    expect(perMonth.get('2025-12')!).toBeGreaterThan(1.2 * averageMonth);
    expect(Math.max(...perMonth.values())).toBe(perMonth.get('2025-12'));
    const revenue = [...perCustomer.values()].sort((a, b) => b - a);
    const total = revenue.reduce((sum, amount) => sum + amount, 0);
    const topFifth = revenue.slice(0, revenue.length / 5).reduce((sum, amount) => sum + amount, 0);
    expect(topFifth / total).toBeGreaterThan(0.6);
    expect(topFifth / total).toBeLessThan(0.9);
  });
});

describe('generator', () => {
  let first: string;
  let second: string;
  beforeAll(async () => {
    first = await mkdtemp(join(tmpdir(), 'examples-a-'));
    second = await mkdtemp(join(tmpdir(), 'examples-b-'));
    await generateExamples(first);
    await generateExamples(second);
  });
  afterAll(async () => {
    await rm(first, { recursive: true, force: true });
    await rm(second, { recursive: true, force: true });
  });

  it.each(FILES)('writes %s with the same cell values on every run', async (file) => {
    expect((await sheetOf(file, second)).values).toEqual((await sheetOf(file, first)).values);
  });

  it.each(FILES)('writes %s byte for byte as committed in examples/', async (file) => {
    const committed = await readFile(join(EXAMPLES, file));
    expect((await readFile(join(first, file))).equals(committed)).toBe(true);
    expect((await readFile(join(second, file))).equals(committed)).toBe(true);
  });
});

// An independent oracle of the quantile scores and the classic segments (5 bins), only
// to check that the example data reaches every segment.

type Score = [r: number, f: number, m: number];

/** Quintile scores 1–5: 1 + number of PERCENTILE.INC breakpoints k/5 the value exceeds. */
function quintileScores(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const breakpoints = [1, 2, 3, 4].map((k) => {
    const position = ((sorted.length - 1) * k) / 5;
    const below = Math.floor(position);
    return at(sorted, below) + (position - below) * (at(sorted, below + 1) - at(sorted, below));
  });
  return values.map((value) => 1 + breakpoints.filter((breakpoint) => value > breakpoint).length);
}

type Rule = [name: string, r: [number, number], f: [number, number], m: [number, number]];
const ANY: [number, number] = [1, 5];
const CLASSIC_RULES: Rule[] = [
  ['Champions', [4, 5], [4, 5], [4, 5]],
  ['Loyal', [3, 5], [4, 5], ANY],
  ['Potential loyalists', [4, 5], [2, 3], ANY],
  ['New', [5, 5], [1, 1], ANY],
  ['Promising', [4, 4], [1, 1], ANY],
  ['Need attention', [3, 3], [2, 3], ANY],
  ['About to sleep', [3, 3], [1, 1], ANY],
  ["Can't lose them", [1, 2], [4, 5], [4, 5]],
  ['At risk', [1, 2], [3, 5], ANY],
  ['Hibernating', [2, 2], [1, 2], ANY],
  ['Lost', [1, 1], [1, 2], ANY],
];
const LADDER_RULES: Rule[] = [
  ['très bon client', [4, 5], [4, 5], [4, 5]],
  ['bon client', [3, 5], [3, 5], ANY],
  ['nouveau client', [4, 5], [1, 1], ANY],
  ['futur non-client', [1, 2], [3, 5], ANY],
  ['inactif', [1, 1], [1, 2], ANY],
];

function firstMatch(rules: Rule[], score: Score): string | undefined {
  const within = (value: number, [low, high]: [number, number]) => value >= low && value <= high;
  return rules.find(([, r, f, m]) => within(score[0], r) && within(score[1], f) && within(score[2], m))?.[0];
}
const classicSegment = (score: Score) => firstMatch(CLASSIC_RULES, score) ?? 'none';
const ladderRung = (score: Score) => firstMatch(LADDER_RULES, score) ?? 'client occasionnel';

describe('the Formules sheet of boutique-clients.xlsx', () => {
  it('holds one formula of the add-on per column under its header, over the Clients sheet', async () => {
    const workbook = await readWorkbookFile(join(EXAMPLES, 'boutique-clients.xlsx'));
    const formulas = workbook.sheets[1];
    expect(formulas?.name).toBe('Formules');
    expect(formulas?.values[0]?.[0]).toBe('Code RFM (RFM_SCORE)');
    expect(formulas?.formulas).toEqual([
      { row: 2, column: 1, formula: '=RFM_SCORE(Clients!D2:D63, Clients!E2:E63, Clients!F2:F63)' },
      { row: 2, column: 2, formula: '=RFM_SEGMENT(A2:A63)' },
      { row: 2, column: 3, formula: '=ABC_CLASS(Clients!F2:F63)' },
      { row: 2, column: 4, formula: '=PARETO_SHARE(Clients!F2:F63, 0.2)' },
      { row: 2, column: 5, formula: '=CLIENT_VALUE(80, 4, 3)' },
    ]);
  });
});
