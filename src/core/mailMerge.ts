/**
 * Messages ready for mail merge: the placeholders a message template may
 * hold (their names in English and in French, both read), the greeting of
 * each client (the client column, or another column of the source chosen in
 * the sidebar: a first name, a company name…), and the Actions sheet as CSV
 * text for a mail-merge tool.
 */
import type { AnalysedClient } from './analysis';
import { isBlank, isDate, type Cell } from './cells';
import { formatDecimal, usesDecimalComma } from './i18n/localeFormat';
import type { Lang } from './types';

/** The placeholders of a message template, by key. */
export const PLACEHOLDER_KEYS = [
  'client',
  'first_name',
  'last_name',
  'amount',
  'days_since',
  'segment',
  'product_type',
] as const;

export type PlaceholderKey = (typeof PLACEHOLDER_KEYS)[number];

/** Placeholder names per language, as typed between `{{` and `}}`; a template may use either language's. */
const PLACEHOLDER_NAMES: Record<Lang, Record<PlaceholderKey, string>> = {
  en: {
    client: 'client',
    first_name: 'first_name',
    last_name: 'last_name',
    amount: 'amount',
    days_since: 'days_since',
    segment: 'segment',
    product_type: 'product_type',
  },
  fr: {
    client: 'client',
    first_name: 'prenom',
    last_name: 'nom',
    amount: 'montant',
    days_since: 'jours',
    segment: 'segment',
    product_type: 'type_produit',
  },
};

/** The placeholders of `lang` as written in a template: `{{client}}, {{first_name}}, …`. */
export function placeholderList(lang: Lang): string {
  return PLACEHOLDER_KEYS.map((key) => `{{${PLACEHOLDER_NAMES[lang][key]}}}`).join(', ');
}

/** The key of a placeholder name in either language (case ignored), or `null`. */
function placeholderKey(name: string): PlaceholderKey | null {
  const wanted = name.trim().toLowerCase();
  for (const lang of ['en', 'fr'] as const) {
    const key = PLACEHOLDER_KEYS.find((candidate) => PLACEHOLDER_NAMES[lang][candidate] === wanted);
    if (key) return key;
  }
  return null;
}

/** `template` with every known `{{placeholder}}` replaced by its value; unknown ones are left as typed. */
export function fillMessage(template: string, values: Readonly<Record<PlaceholderKey, string>>): string {
  return template.replace(/\{\{\s*([\p{L}_]+)\s*\}\}/gu, (whole, name: string) => {
    const key = placeholderKey(name);
    return key === null ? whole : values[key];
  });
}

/**
 * The greeting of a client: the cell of column `column` (0-based) on the
 * client's first source row, when that column is chosen and the cell is
 * not blank; the client cell otherwise. `rows` are the source rows below
 * the header, the first one being sheet row `firstRow`.
 */
export function greetingOf(
  client: AnalysedClient,
  rows: readonly (readonly Cell[])[],
  firstRow: number,
  column: number | null,
): string {
  const cell = column === null ? '' : rows[client.row - firstRow]?.[column];
  const chosen = cell === undefined || isBlank(cell) || isDate(cell) ? client.name : cell;
  return String(chosen ?? '').trim();
}

/** A number in a message: up to 2 decimals, as typed in `lang` (decimal comma in French). */
function numberText(value: number, lang: Lang): string {
  return formatDecimal(lang, Math.round(value * 100) / 100);
}

/** A first- or last-name cell as text, `''` when blank. */
function nameText(cell: Cell): string {
  return isBlank(cell) ? '' : String(cell).trim();
}

/**
 * The placeholder values of one client. `first_name` and `last_name` are the
 * client's first-name and last-name cells when the source maps those columns
 * and the cell is not blank; otherwise the greeting's first word and the rest
 * ("Marie Dupont" → Marie, Dupont), a greeting of one word being both the
 * first name and, for `last_name`, itself.
 */
export function messageValues(client: AnalysedClient, greeting: string, lang: Lang): Record<PlaceholderKey, string> {
  const words = greeting.split(/\s+/).filter((word) => word !== '');
  const firstName = nameText(client.firstName);
  const lastName = nameText(client.lastName);
  return {
    client: greeting,
    first_name: firstName !== '' ? firstName : (words[0] ?? ''),
    last_name: lastName !== '' ? lastName : words.length > 1 ? words.slice(1).join(' ') : greeting,
    amount: numberText(client.amount, lang),
    days_since: String(client.recencyDays),
    segment: client.segment,
    product_type: client.types,
  };
}

/** The greeting column when `value` is a column of a source of `columns` columns, else `null` (the client column). */
export function greetingColumn(value: unknown, columns: number): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < columns ? value : null;
}

/**
 * A table (header first) as CSV text for a mail-merge tool: UTF-8 with a
 * byte-order mark (Excel reads the accents), `;` between fields and decimal
 * commas in French (what a French Excel expects), `,` and points in English;
 * fields quoted when needed (RFC 4180), dates as `yyyy-mm-dd`; a text that a
 * spreadsheet would read as a formula (`=`, `+`, `-`, `@`) starts with `'`.
 * `dayText` turns a date cell into its `yyyy-mm-dd`.
 */
export function csvText(values: readonly (readonly Cell[])[], lang: Lang, dayText: (date: Date) => string): string {
  const separator = usesDecimalComma(lang) ? ';' : ',';
  const field = (cell: Cell): string => {
    let text: string;
    if (typeof cell === 'number') text = formatDecimal(lang, cell);
    else if (isDate(cell)) text = dayText(cell);
    else {
      text = String(cell ?? '');
      if (/^[=+\-@]/.test(text)) text = `'${text}`;
    }
    return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${values.map((row) => row.map(field).join(separator)).join('\r\n')}\r\n`;
}
