/**
 * Recognising a typed table: header row, column roles from French and
 * English headers, one row per client or one row per sale.
 */
import { describe, expect, it } from 'vitest';
import {
  detectShape,
  duplicateRoles,
  emptyMapping,
  findHeaderRow,
  mappingFromHeaders,
  normaliseHeader,
  proposedMapping,
  shapeNotes,
  missingHeaderRole,
  roleOfHeader,
} from '../../src/core/sourceLayout';

describe('normaliseHeader', () => {
  it('lower-cases, strips accents and turns punctuation into single spaces', () => {
    expect(normaliseHeader("  Nombre d'achats ")).toBe('nombre d achats');
    expect(normaliseHeader('Téléphone')).toBe('telephone');
    expect(normaliseHeader('E-mail')).toBe('e mail');
    expect(normaliseHeader('Chiffre d’affaires (€)')).toBe('chiffre d affaires');
    expect(normaliseHeader('order_date')).toBe('order date');
  });
});

describe('roleOfHeader', () => {
  it.each([
    ['Client', 'client'],
    ['Nom du client', 'client'],
    ['customer_id', 'client'],
    ['Raison sociale', 'client'],
    ['Date du dernier achat', 'date'],
    ['Dernier achat', 'date'],
    ['order_date', 'date'],
    ['Last purchase', 'date'],
    ['Date', 'date'],
    ["Nombre d'achats", 'purchases'],
    ['Nb commandes', 'purchases'],
    ['Number of orders', 'purchases'],
    ['Fréquence', 'purchases'],
    ['Jours depuis le dernier achat', 'recency'],
    ['Recency (days)', 'recency'],
    ['Montant', 'amount'],
    ['CA', 'amount'],
    ['Chiffre d’affaires', 'amount'],
    ['Total TTC', 'amount'],
    ['revenue', 'amount'],
    ['E-mail', 'email'],
    ['Courriel', 'email'],
    ['Customer email', 'email'],
    ['Téléphone', 'phone'],
    ['Portable', 'phone'],
    ['Type de produit', 'type'],
    ['Catégorie', 'type'],
  ] as const)('%s → %s', (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  it('gives no role to other headers and to blank ones', () => {
    expect(roleOfHeader('Remarques')).toBeNull();
    expect(roleOfHeader('First purchase')).toBeNull();
    expect(roleOfHeader('')).toBeNull();
    expect(roleOfHeader('   ')).toBeNull();
    // whole words only: "cat" is not "ca", "datation" is not "date"
    expect(roleOfHeader('Cat')).toBeNull();
    expect(roleOfHeader('Datation')).toBeNull();
  });
});

describe('mappingFromHeaders', () => {
  it('maps a French client table', () => {
    expect(
      mappingFromHeaders(['Client', 'E-mail', 'Téléphone', 'Date du dernier achat', "Nombre d'achats", 'Montant']),
    ).toEqual({
      client: 0,
      email: 1,
      phone: 2,
      date: 3,
      purchases: 4,
      amount: 5,
      recency: null,
      firstName: null,
      lastName: null,
      type: null,
    });
  });

  it('maps the R package sales log, its first and last names included', () => {
    expect(mappingFromHeaders(['customer_id', 'order_date', 'revenue', 'first_name', 'last_name', 'email'])).toEqual({
      ...emptyMapping(),
      client: 0,
      date: 1,
      amount: 2,
      firstName: 3,
      lastName: 4,
      email: 5,
    });
  });

  it('maps French first-name and last-name columns: "Nom" is the last name next to "Prénom" and a client column', () => {
    expect(mappingFromHeaders(['Code client', 'Prénom', 'Nom', 'Date du dernier achat', 'Montant'])).toEqual({
      ...emptyMapping(),
      client: 0,
      firstName: 1,
      lastName: 2,
      date: 3,
      amount: 4,
    });
    expect(mappingFromHeaders(['N° client', 'Prenom', 'Nom de famille', 'CA'])).toEqual({
      ...emptyMapping(),
      client: 0,
      firstName: 1,
      lastName: 2,
      amount: 3,
    });
    // "Nom de famille" is the last name even without a first-name column
    expect(mappingFromHeaders(['Client', 'Nom de famille', 'Montant'])).toEqual({
      ...emptyMapping(),
      client: 0,
      lastName: 1,
      amount: 2,
    });
  });

  it('keeps a lone "Nom" (or "Name") as the client when there is no first-name column or no other client column', () => {
    expect(mappingFromHeaders(['Nom', 'Date', 'Montant'])).toEqual({
      ...emptyMapping(),
      client: 0,
      date: 1,
      amount: 2,
    });
    expect(mappingFromHeaders(['Name', 'Date', 'Amount'])).toEqual({
      ...emptyMapping(),
      client: 0,
      date: 1,
      amount: 2,
    });
    // a first name but nothing else naming the client: "Nom" stays the client (`{{nom}}` falls back on it)
    expect(mappingFromHeaders(['Prénom', 'Nom', 'Date', 'Montant'])).toEqual({
      ...emptyMapping(),
      firstName: 0,
      client: 1,
      date: 2,
      amount: 3,
    });
  });

  it('maps English first-name and last-name columns', () => {
    expect(mappingFromHeaders(['Customer ID', 'First name', 'Last name', 'Order date', 'Amount'])).toEqual({
      ...emptyMapping(),
      client: 0,
      firstName: 1,
      lastName: 2,
      date: 3,
      amount: 4,
    });
    expect(mappingFromHeaders(['Customer', 'Firstname', 'Surname', 'Date', 'Revenue'])).toMatchObject({
      client: 0,
      firstName: 1,
      lastName: 2,
    });
    expect(mappingFromHeaders(['Customer', 'Given name', 'Family name', 'Date', 'Revenue'])).toMatchObject({
      client: 0,
      firstName: 1,
      lastName: 2,
    });
  });

  it('gives each role to the column naming it most precisely, the first one on a tie', () => {
    // "date du dernier achat" (21 letters) names the date more precisely than "date" alone
    expect(mappingFromHeaders(['Client', "Date d'inscription", 'Date du dernier achat', 'CA']).date).toBe(2);
    expect(mappingFromHeaders(['Customer', 'Date of first purchase', 'Date of last purchase', 'Amount']).date).toBe(2);
    expect(mappingFromHeaders(['Date de livraison', 'Date de vente', 'Client', 'Montant']).date).toBe(1);
    expect(mappingFromHeaders(['Montant HT', 'Montant TTC', 'Client', 'Date']).amount).toBe(0);
  });

  it('gives each column one role at most', () => {
    const mapping = mappingFromHeaders(['Client', 'Client', 'Montant']);
    expect(mapping.client).toBe(0);
    expect(duplicateRoles(mapping)).toEqual([]);
  });
});

describe('findHeaderRow', () => {
  it('skips a title row and finds the first row with two role names, all text', () => {
    const rows = [
      ['Mes clients 2024', '', ''],
      ['', '', ''],
      ['Client', 'Date', 'Montant'],
      ['Ana', new Date(2024, 0, 1), 10],
    ];
    expect(findHeaderRow(rows)).toBe(2);
  });

  it('refuses rows holding numbers or dates, and rows naming a single role', () => {
    expect(
      findHeaderRow([
        ['Client', 12],
        ['Ana', 10],
      ]),
    ).toBe(-1);
    expect(
      findHeaderRow([
        ['Client', 'Remarques'],
        ['Ana', 'x'],
      ]),
    ).toBe(-1);
    expect(findHeaderRow([])).toBe(-1);
  });

  it('only looks at the first ten rows', () => {
    const rows = [...Array.from({ length: 10 }, () => ['note', '']), ['Client', 'Montant']];
    expect(findHeaderRow(rows)).toBe(-1);
    expect(findHeaderRow(rows.slice(1))).toBe(9);
  });
});

describe('missingHeaderRole', () => {
  it('names the first needed column a text first row does not name: client, amount, then date', () => {
    expect(
      missingHeaderRole([
        ['Ville', 'Remarque'],
        ['Paris', 'x'],
      ]),
    ).toBe('client');
    expect(
      missingHeaderRole([
        ['', ''],
        ['Nom', 'Ville', 'Remarque'],
      ]),
    ).toBe('amount');
    expect(missingHeaderRole([['Nom', 'Montant', 'Remarque']])).toBe('date');
    expect(missingHeaderRole([['Nom', 'Jours depuis', 'Montant']])).toBeNull();
  });

  it('says nothing when the first row is no header (a number, or a single text)', () => {
    expect(missingHeaderRole([['Ana', 1500]])).toBeNull();
    expect(missingHeaderRole([['Ventes 2024'], ['Ana', 'x']])).toBeNull();
    expect(missingHeaderRole([])).toBeNull();
  });
});

describe('detectShape', () => {
  const mapping = { ...emptyMapping(), client: 0, date: 1, purchases: 2, amount: 3 };

  it('one row per client when a purchase count or a recency column is mapped', () => {
    expect(detectShape(mapping)).toBe('clients');
    expect(detectShape({ ...mapping, purchases: null, date: null, recency: 1 })).toBe('clients');
  });

  it('one row per sale without a purchase count or a recency column', () => {
    expect(detectShape({ ...mapping, purchases: null })).toBe('sales');
  });
});

describe('shapeNotes', () => {
  const mapping = { ...emptyMapping(), client: 0, date: 1, purchases: 2, amount: 3 };

  it('says nothing when every client name is on one row, or for a sales log', () => {
    expect(
      shapeNotes(
        [
          ['Ana', '', 2, 10],
          ['Ben', '', 1, 5],
        ],
        mapping,
        'clients',
      ),
    ).toEqual([]);
    expect(
      shapeNotes(
        [
          ['Ana', '', '', 10],
          ['Ana', '', '', 5],
        ],
        { ...mapping, purchases: null },
        'sales',
      ),
    ).toEqual([]);
  });

  it('lists the names found on several rows (same client by the client-key rule, first spelling), blanks ignored', () => {
    const rows = [
      ['Ana', '', 2, 10],
      [' ana ', '', 1, 5],
      ['Ben', '', 1, 5],
      ['Cy', '', 1, 5],
      ['', '', 1, 5],
      ['', '', 1, 5],
    ];
    // 4 named rows, 3 distinct clients: only Ana repeats, not a majority of rows → no shape doubt
    expect(shapeNotes(rows, mapping, 'clients')).toEqual([{ key: 'duplicateClientNames', params: { clients: 'Ana' } }]);
  });

  it('says the shape is ambiguous when most named rows repeat a name', () => {
    const rows = [
      ['Ana', '', 2, 10],
      ['ANA', '', 1, 5],
      ['Ben', '', 1, 5],
      ['Ben', '', 1, 5],
    ];
    // 4 named rows, 2 distinct clients: 2 × 2 ≤ 4
    expect(shapeNotes(rows, mapping, 'clients')).toEqual([
      { key: 'duplicateClientNames', params: { clients: 'Ana, Ben' } },
      { key: 'ambiguousShape', params: {} },
    ]);
  });

  it('lists five names at most', () => {
    const rows = ['A', 'B', 'C', 'D', 'E', 'F'].flatMap((name) => [
      [name, '', 1, 1],
      [name, '', 1, 1],
    ]);
    expect(shapeNotes(rows, mapping, 'clients')[0]?.params.clients).toBe('A, B, C, D, E, …');
  });
});

describe('duplicateRoles', () => {
  it('lists the roles sharing a column', () => {
    expect(duplicateRoles({ ...emptyMapping(), client: 0, purchases: 2, amount: 2 })).toEqual([
      ['purchases', 'amount'],
    ]);
    expect(duplicateRoles(emptyMapping())).toEqual([]);
  });
});

describe('proposedMapping', () => {
  it('keeps the date of last purchase rather than a days-since column', () => {
    const mapping = proposedMapping(['Client', 'Jours depuis le dernier achat', 'Date du dernier achat', 'Montant']);
    expect(mapping.date).toBe(2);
    expect(mapping.recency).toBeNull();
  });

  it('keeps a days-since column when there is no date', () => {
    expect(proposedMapping(['Customer', 'Recency days', 'Orders', 'Revenue']).recency).toBe(1);
  });
});
