/**
 * Recognising a client table or a sales log typed by a person: where the
 * header row is, which column holds what (from French and English headers),
 * and whether there is one row per client or one row per sale.
 */
import { itemAt } from './arrays';
import { isBlank, type Cell } from './cells';

/** What a source column can be used for. */
export type ColumnRole = 'client' | 'date' | 'recency' | 'purchases' | 'amount' | 'email' | 'phone' | 'type';

/** Column index (0-based) per role; `null` = not used. */
export type ColumnMapping = Record<ColumnRole, number | null>;

/** One row per client, or one row per sale. */
export type SourceShape = 'clients' | 'sales';

/** Roles in the order they are claimed: specific headers before generic ones. */
export const COLUMN_ROLES: readonly ColumnRole[] = ['email', 'phone', 'recency', 'purchases', 'date', 'amount', 'type', 'client'];

/**
 * Header words per role, accents removed and lower-cased; a header matches a
 * role when it contains one of them as whole words. The first match in this
 * list wins, so "date du dernier achat" is a date and not a purchase count.
 */
const SYNONYMS: Record<ColumnRole, readonly string[]> = {
  email: ['email', 'e mail', 'mail', 'courriel', 'adresse electronique'],
  phone: ['telephone', 'tel', 'phone', 'mobile', 'portable', 'gsm', 'cell'],
  recency: ['recence', 'recency', 'jours depuis', 'days since', 'nb jours', 'nombre de jours', 'recency days', 'anciennete'],
  purchases: [
    'nombre d achats', 'nb d achats', 'nb achats', 'nombre de commandes', 'nb commandes', 'frequence', 'frequency',
    'purchases', 'number of purchases', 'orders', 'number of orders', 'transactions', 'transaction count', 'visites',
    'visits', 'commandes', 'achats',
  ],
  date: [
    'date du dernier achat', 'dernier achat', 'derniere commande', 'date', 'last purchase', 'last order', 'order date',
    'purchase date', 'sale date', 'date de vente', 'date d achat', 'jour', 'day', 'most recent visit',
  ],
  amount: [
    'montant', 'ca', 'chiffre d affaires', 'total', 'amount', 'revenue', 'sales', 'spend', 'spent', 'valeur',
    'value', 'prix', 'price', 'ventes', 'depense', 'depenses', 'monetary', 'ttc', 'ht',
  ],
  type: ['type de produit', 'type', 'categorie', 'category', 'famille', 'rayon', 'product type', 'produit', 'product'],
  client: [
    'client', 'clients', 'nom', 'name', 'raison sociale', 'customer', 'customer id', 'id client', 'code client',
    'customer name', 'nom du client', 'societe', 'company', 'acheteur', 'buyer', 'contact',
  ],
};

/** A header made comparable: lower case, no accents, words separated by single spaces. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The role a header names, or `null`. */
export function roleOfHeader(header: string): ColumnRole | null {
  const text = ` ${normaliseHeader(header)} `;
  if (text.trim() === '') return null;
  for (const role of COLUMN_ROLES) {
    if (SYNONYMS[role].some((word) => text.includes(` ${word} `))) return role;
  }
  return null;
}

/** An empty mapping. */
export function emptyMapping(): ColumnMapping {
  return { client: null, date: null, recency: null, purchases: null, amount: null, email: null, phone: null, type: null };
}

/**
 * How precisely `header` names `role`: the length of the longest synonym it
 * holds ("date du dernier achat" names the date of last purchase more
 * precisely than "date d'inscription"); 0 when it holds none.
 */
function namingPrecision(header: string, role: ColumnRole): number {
  const text = ` ${normaliseHeader(header)} `;
  return Math.max(0, ...SYNONYMS[role].filter((word) => text.includes(` ${word} `)).map((word) => word.length));
}

/**
 * Column roles from a header row: each column gets one role at most (see
 * `roleOfHeader`); each role goes to the column naming it most precisely,
 * the first of them on a tie. Example: Client | Date d'inscription | Date du
 * dernier achat → the date is the third column.
 */
export function mappingFromHeaders(headers: readonly string[]): ColumnMapping {
  const mapping = emptyMapping();
  const precision: Partial<Record<ColumnRole, number>> = {};
  headers.forEach((header, index) => {
    const role = roleOfHeader(header);
    if (!role) return;
    const named = namingPrecision(header, role);
    if (mapping[role] === null || named > (precision[role] ?? 0)) {
      mapping[role] = index;
      precision[role] = named;
    }
  });
  return mapping;
}

/** How many of the rows to look at for a header. */
const HEADER_SEARCH_ROWS = 10;

/**
 * The 0-based index of the header row: the first of the top rows holding
 * at least two cells that name a role, all of them text. `-1` when none does.
 */
export function findHeaderRow(rows: readonly (readonly Cell[])[]): number {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index += 1) {
    const cells = itemAt(rows, index).filter((cell) => !isBlank(cell));
    if (cells.length < 2 || cells.some((cell) => typeof cell !== 'string')) continue;
    const named = cells.filter((cell) => roleOfHeader(String(cell)) !== null).length;
    if (named >= 2) return index;
  }
  return -1;
}

/**
 * One row per sale when the client column repeats a value, or when there is
 * no purchase-count column and no recency column; one row per client otherwise.
 */
export function detectShape(rows: readonly (readonly Cell[])[], mapping: ColumnMapping): SourceShape {
  if (mapping.client !== null) {
    const seen = new Set<string>();
    for (const row of rows) {
      const cell = row[mapping.client];
      if (isBlank(cell)) continue;
      const key = String(cell).trim().toLowerCase();
      if (seen.has(key)) return 'sales';
      seen.add(key);
    }
  }
  return mapping.purchases === null && mapping.recency === null ? 'sales' : 'clients';
}

/** Roles mapped to the same column, as pairs of role names; empty when the mapping is sound. */
export function duplicateRoles(mapping: ColumnMapping): Array<[ColumnRole, ColumnRole]> {
  const pairs: Array<[ColumnRole, ColumnRole]> = [];
  const roles = Object.keys(mapping) as ColumnRole[];
  roles.forEach((role, i) => {
    for (const other of roles.slice(i + 1)) {
      if (mapping[role] !== null && mapping[role] === mapping[other]) pairs.push([role, other]);
    }
  });
  return pairs;
}

/**
 * The mapping proposed to the user from a header row: `mappingFromHeaders`,
 * keeping the date of last purchase rather than a days-since column when both exist.
 */
export function proposedMapping(headers: readonly string[]): ColumnMapping {
  const mapping = mappingFromHeaders(headers);
  if (mapping.date !== null && mapping.recency !== null) mapping.recency = null;
  return mapping;
}
