/**
 * Formulas of the add-on's custom functions typed in the preview's grid,
 * evaluated with the real bundle as Sheets calls them (`AuthMode.CUSTOM_FUNCTION`,
 * a range as a 2-D array of rows, a cell as a scalar, an omitted argument as
 * absent). Only a formula made of one call of the six functions is
 * understood: `=RFM_SCORE(B2:B20, C2:C20, D2:D20, 5)`; arguments are A1
 * ranges (optionally `Sheet!A1:B2` or `'My sheet'!A1`), numbers, "texts",
 * TRUE/FALSE or empty. Arguments are separated by `,` (`;` in a locale with
 * a decimal comma, as in Sheets). Anything else is kept as typed text.
 */
import { rangeArgument, type LoadedBundle, type MemorySpreadsheet } from '../gas-emulator/index.ts';

/** The custom functions of the add-on. */
export const FORMULA_FUNCTIONS = [
  'RFM_SCORE',
  'RFM_SEGMENT',
  'RFM_TABLE',
  'ABC_CLASS',
  'PARETO_SHARE',
  'CLIENT_VALUE',
] as const;

export type FormulaArgument =
  { kind: 'range'; a1: string } | { kind: 'value'; value: string | number | boolean } | { kind: 'omitted' };

export interface FormulaCall {
  name: (typeof FORMULA_FUNCTIONS)[number];
  args: FormulaArgument[];
}

const RANGE = /^(?:(?:'(?:[^']|'')+'|[\p{L}\d_.]+)!)?\$?[A-Z]{1,3}\$?\d*(?::\$?[A-Z]{1,3}\$?\d*)?$/iu;

/** Splits `text` on `separator` outside double quotes. */
function splitArguments(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

function parseArgument(raw: string, decimalComma: boolean): FormulaArgument | null {
  const text = raw.trim();
  if (text === '') return { kind: 'omitted' };
  if (/^"(?:[^"]|"")*"$/.test(text)) return { kind: 'value', value: text.slice(1, -1).replace(/""/g, '"') };
  if (/^(TRUE|FALSE|VRAI|FAUX)$/i.test(text)) return { kind: 'value', value: /^(TRUE|VRAI)$/i.test(text) };
  const number = decimalComma ? text.replace(',', '.') : text;
  if (/^-?\d+(\.\d+)?%?$/.test(number)) {
    const value = Number(number.replace('%', ''));
    return { kind: 'value', value: number.endsWith('%') ? value / 100 : value };
  }
  if (RANGE.test(text)) return { kind: 'range', a1: text.replace(/\$/g, '') };
  return null;
}

/** The call a formula makes, or `null` when it is not one call of the six functions with plain arguments. */
export function parseFormula(input: string, decimalComma: boolean): FormulaCall | null {
  const match = /^=\s*([A-Z_]+)\s*\(([\s\S]*)\)\s*$/i.exec(input.trim());
  if (!match) return null;
  const name = (match[1] ?? '').toUpperCase();
  if (!(FORMULA_FUNCTIONS as readonly string[]).includes(name)) return null;
  const body = match[2] ?? '';
  const args =
    body.trim() === ''
      ? []
      : splitArguments(body, decimalComma ? ';' : ',').map((raw) => parseArgument(raw, decimalComma));
  if (args.some((arg) => arg === null)) return null;
  return { name: name as FormulaCall['name'], args: args as FormulaArgument[] };
}

/** What a formula gives: values to spill from its cell (a scalar is one cell), or the message of its error. */
export type FormulaResult = { values: unknown[][] } | { error: string };

/** Evaluates `call` typed in sheet `sheetName` (ranges without a sheet name are on that sheet). */
export function evaluateFormula(
  call: FormulaCall,
  bundle: LoadedBundle,
  spreadsheet: MemorySpreadsheet,
  sheetName: string,
): FormulaResult {
  try {
    // trailing omitted arguments are not passed at all, as in Sheets
    let last = call.args.length;
    while (last > 0 && call.args[last - 1]?.kind === 'omitted') last -= 1;
    const args = call.args.slice(0, last).map((arg) => {
      if (arg.kind === 'omitted') return undefined;
      if (arg.kind === 'value') return arg.value;
      const qualified = arg.a1.includes('!') ? arg.a1 : `'${sheetName.replace(/'/g, "''")}'!${arg.a1}`;
      return rangeArgument(spreadsheet, qualified);
    });
    const result = bundle.callWith({ authMode: 'CUSTOM_FUNCTION' }, call.name, ...args);
    return { values: Array.isArray(result) ? (result as unknown[][]) : [[result]] };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
