/**
 * Recognising a client table or a sales log typed by a person: where the
 * header row is, which column holds what (from French and English headers),
 * and whether there is one row per client or one row per sale.
 */
import { itemAt } from './arrays';
import { isBlank, type Cell } from './cells';
import { clientKey } from './clientKey';
import type { MessageParams } from './i18n/messages';

/** What a source column can be used for. */
export type ColumnRole =
  'client' | 'date' | 'recency' | 'purchases' | 'amount' | 'email' | 'phone' | 'firstName' | 'lastName' | 'type';

/** Column index (0-based) per role; `null` = not used. */
export type ColumnMapping = Record<ColumnRole, number | null>;

/** One row per client, or one row per sale. */
export type SourceShape = 'clients' | 'sales';

/** Roles in the order they are claimed: specific headers before generic ones. */
export const COLUMN_ROLES: readonly ColumnRole[] = [
  'email',
  'phone',
  'firstName',
  'lastName',
  'recency',
  'purchases',
  'date',
  'amount',
  'type',
  'client',
];

/**
 * Header words per role, accents removed and lower-cased; a header matches a
 * role when it contains one of them as whole words. The first match in this
 * list wins, so "date du dernier achat" is a date and not a purchase count.
 */
const SYNONYMS: Record<ColumnRole, readonly string[]> = {
  email: ['email', 'e mail', 'mail', 'courriel', 'adresse electronique'],
  phone: ['telephone', 'tel', 'phone', 'mobile', 'portable', 'gsm', 'cell'],
  firstName: ['prenom', 'first name', 'firstname', 'given name'],
  lastName: ['nom de famille', 'last name', 'lastname', 'surname', 'family name'],
  recency: [
    'recence',
    'recency',
    'jours depuis',
    'days since',
    'nb jours',
    'nombre de jours',
    'recency days',
    'anciennete',
  ],
  purchases: [
    'nombre d achats',
    'nb d achats',
    'nb achats',
    'nombre de commandes',
    'nb commandes',
    'frequence',
    'frequency',
    'purchases',
    'number of purchases',
    'orders',
    'number of orders',
    'transactions',
    'transaction count',
    'visites',
    'visits',
    'commandes',
    'achats',
  ],
  date: [
    'date du dernier achat',
    'dernier achat',
    'derniere commande',
    'date',
    'last purchase',
    'last order',
    'order date',
    'purchase date',
    'sale date',
    'date de vente',
    'date d achat',
    'jour',
    'day',
    'most recent visit',
  ],
  amount: [
    'montant',
    'ca',
    'chiffre d affaires',
    'total',
    'amount',
    'revenue',
    'sales',
    'spend',
    'spent',
    'valeur',
    'value',
    'prix',
    'price',
    'ventes',
    'depense',
    'depenses',
    'monetary',
    'ttc',
    'ht',
  ],
  type: ['type de produit', 'type', 'categorie', 'category', 'famille', 'rayon', 'product type', 'produit', 'product'],
  client: [
    'client',
    'clients',
    'nom',
    'name',
    'raison sociale',
    'customer',
    'customer id',
    'id client',
    'code client',
    'customer name',
    'nom du client',
    'societe',
    'company',
    'acheteur',
    'buyer',
    'contact',
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
  return {
    client: null,
    date: null,
    recency: null,
    purchases: null,
    amount: null,
    email: null,
    phone: null,
    firstName: null,
    lastName: null,
    type: null,
  };
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

/** A header that is just "Nom": the last name next to a first-name column, the client otherwise. */
const LONE_LAST_NAME = 'nom';

/**
 * The role of a header in a table: `roleOfHeader`, except that a header that
 * is just "Nom" names the last name when `nomIsLastName`.
 */
function roleInTable(header: string, nomIsLastName: boolean): ColumnRole | null {
  if (nomIsLastName && normaliseHeader(header) === LONE_LAST_NAME) return 'lastName';
  return roleOfHeader(header);
}

/** Column roles from a header row, each role to the column naming it most precisely (see `mappingFromHeaders`). */
function claimColumns(headers: readonly string[], nomIsLastName: boolean): ColumnMapping {
  const mapping = emptyMapping();
  const precision: Partial<Record<ColumnRole, number>> = {};
  headers.forEach((header, index) => {
    const role = roleInTable(header, nomIsLastName);
    if (!role) return;
    const named = namingPrecision(header, role);
    if (mapping[role] === null || named > (precision[role] ?? 0)) {
      mapping[role] = index;
      precision[role] = named;
    }
  });
  return mapping;
}

/**
 * Column roles from a header row: each column gets one role at most (see
 * `roleOfHeader`); each role goes to the column naming it most precisely,
 * the first of them on a tie. Example: Client | Date d'inscription | Date du
 * dernier achat → the date is the third column.
 * A header that is just "Nom" is the last name when a first-name column
 * ("Prénom") is present and another column names the client (Code client |
 * Prénom | Nom → client, first name, last name); it stays the client
 * otherwise (Nom | Montant, or Prénom | Nom | Montant → Nom is the client).
 */
export function mappingFromHeaders(headers: readonly string[]): ColumnMapping {
  const plain = claimColumns(headers, false);
  if (plain.firstName === null || plain.lastName !== null) return plain;
  const withLastName = claimColumns(headers, true);
  return withLastName.client === null ? plain : withLastName;
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
 * When no header row is found but the first non-blank row looks like one
 * (two texts or more, e.g. a CSV whose columns are all text), the first
 * column the analysis needs that it does not name: the client, then the
 * amount, then the date (or days since the last purchase). `null` when the
 * first row is no header, or names them all.
 * Example: Nom | Ville | Remarque → `amount`.
 */
export function missingHeaderRole(rows: readonly (readonly Cell[])[]): ColumnRole | null {
  const first = rows.find((row) => row.some((cell) => !isBlank(cell)));
  if (!first) return null;
  const cells = first.filter((cell) => !isBlank(cell));
  if (cells.length < 2 || cells.some((cell) => typeof cell !== 'string')) return null;
  const mapping = mappingFromHeaders(first.map((cell) => String(cell)));
  if (mapping.client === null) return 'client';
  if (mapping.amount === null) return 'amount';
  if (mapping.date === null && mapping.recency === null) return 'date';
  return null;
}

/**
 * One row per client when a purchase-count or a recency column is mapped
 * (those figures only exist per client), even if two rows name the same
 * client (see `shapeNotes`); one row per sale otherwise.
 */
export function detectShape(mapping: ColumnMapping): SourceShape {
  return mapping.purchases === null && mapping.recency === null ? 'sales' : 'clients';
}

/** How many duplicate names a note lists. */
const NOTED_NAMES = 5;

/** A note about the source's shape, as a message key and its parameters. */
export interface ShapeNote {
  key: 'duplicateClientNames' | 'ambiguousShape';
  params: MessageParams;
}

/**
 * Notes for the source step of a table read as one row per client: the
 * client names found on more than one row (same client under `clientKey`,
 * first spelling shown, at most five), and, when most named rows repeat a
 * name, that the table may well be a sales log (`ambiguousShape`).
 */
export function shapeNotes(
  rows: readonly (readonly Cell[])[],
  mapping: ColumnMapping,
  shape: SourceShape,
): ShapeNote[] {
  const column = mapping.client;
  if (shape !== 'clients' || column === null) return [];
  const rowsOf = new Map<string, { name: Cell; rows: number }>();
  let named = 0;
  for (const row of rows) {
    const cell = row[column];
    if (isBlank(cell)) continue;
    named += 1;
    const key = clientKey(cell);
    const seen = rowsOf.get(key);
    if (seen) seen.rows += 1;
    else rowsOf.set(key, { name: cell, rows: 1 });
  }
  const duplicates = [...rowsOf.values()].filter((client) => client.rows > 1);
  if (duplicates.length === 0) return [];
  const names = duplicates.slice(0, NOTED_NAMES).map((client) => String(client.name).trim());
  const list = duplicates.length > NOTED_NAMES ? `${names.join(', ')}, …` : names.join(', ');
  const notes: ShapeNote[] = [{ key: 'duplicateClientNames', params: { clients: list } }];
  if (rowsOf.size * 2 <= named) notes.push({ key: 'ambiguousShape', params: {} });
  return notes;
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
