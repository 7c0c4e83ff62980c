/**
 * Writes the example workbooks of `examples/` from seeded random draws: the
 * same files, byte for byte, on every run.
 *
 *   npx tsx tools/examples/generate.ts [output folder, default examples/]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { boutiqueClients } from './boutiqueClients';
import type { ExampleTable } from './exampleTable';
import { salesLog } from './salesLog';
import { writeCsv } from './writeCsv';
import { boutiqueFormulas, type FormulasSheet } from './formulasSheet';
import { writeXlsx } from './writeXlsx';

/** Seeds of the committed examples; change one and the file changes. */
const BOUTIQUE_SEED = 20261031;
const SALES_LOG_SEED = 20241101;

/** The example tables, by file base name. */
export function exampleTables(): Record<string, ExampleTable> {
  return {
    'boutique-clients': boutiqueClients(BOUTIQUE_SEED),
    'shop-sales-log': salesLog(SALES_LOG_SEED),
  };
}

/** The sheets of formulas added to an example's XLSX, by file base name (the CSV has one sheet only). */
export function exampleFormulas(): Record<string, FormulasSheet> {
  const boutique = boutiqueClients(BOUTIQUE_SEED);
  return { 'boutique-clients': boutiqueFormulas(boutique.sheetName, boutique.rows.length + 1) };
}

/** Writes `NAME.xlsx` and `NAME.csv` for each example into `outDir`; returns the paths written. */
export async function generateExamples(outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const [name, table] of Object.entries(exampleTables())) {
    const xlsxPath = join(outDir, `${name}.xlsx`);
    const csvPath = join(outDir, `${name}.csv`);
    await writeFile(xlsxPath, await writeXlsx(table, exampleFormulas()[name]));
    await writeFile(csvPath, writeCsv(table), 'utf8');
    written.push(xlsxPath, csvPath);
  }
  return written;
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isEntryPoint) {
  const defaultOut = fileURLToPath(new URL('../../examples/', import.meta.url));
  const outDir = resolve(process.argv[2] ?? defaultOut);
  const written = await generateExamples(outDir);
  for (const path of written) console.log(`wrote ${path}`);
}
