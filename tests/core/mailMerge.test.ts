import { describe, expect, it } from 'vitest';
import type { AnalysedClient } from '../../src/core/analysis';
import {
  csvText,
  fillMessage,
  greetingColumn,
  greetingOf,
  messageValues,
  placeholderList,
} from '../../src/core/mailMerge';

function client(overrides: Partial<AnalysedClient>): AnalysedClient {
  return {
    row: 3,
    name: 'C-22453',
    email: '',
    phone: '',
    firstName: '',
    lastName: '',
    types: 'Vélo, Casque',
    lastDay: null,
    recencyDays: 41,
    purchases: 3,
    amount: 1234.5,
    averageBasket: 411.5,
    value: 0,
    scores: { r: 3, f: 2, m: 4 },
    code: 324,
    segment: 'À surveiller',
    abc: 'A',
    action: { segment: 'À surveiller', priority: 7, objective: '', action: '', channel: '', message: '' },
    ...overrides,
  } as AnalysedClient;
}

describe('placeholders', () => {
  it('lists them in each language', () => {
    expect(placeholderList('en')).toBe(
      '{{client}}, {{first_name}}, {{last_name}}, {{amount}}, {{days_since}}, {{segment}}, {{product_type}}',
    );
    expect(placeholderList('fr')).toBe(
      '{{client}}, {{prenom}}, {{nom}}, {{montant}}, {{jours}}, {{segment}}, {{type_produit}}',
    );
  });

  it('fills every placeholder, in either language’s names, and leaves unknown ones as typed', () => {
    const values = messageValues(client({}), 'Marie Dupont', 'fr');
    expect(values).toEqual({
      client: 'Marie Dupont',
      first_name: 'Marie',
      last_name: 'Dupont',
      amount: '1234,5',
      days_since: '41',
      segment: 'À surveiller',
      product_type: 'Vélo, Casque',
    });
    expect(
      fillMessage('Bonjour {{prenom}} ({{nom}}), {{ montant }} € en {{jours}} j. {{first_name}} {{inconnu}}', values),
    ).toBe('Bonjour Marie (Dupont), 1234,5 € en 41 j. Marie {{inconnu}}');
    expect(messageValues(client({}), 'Ana', 'en')).toMatchObject({
      first_name: 'Ana',
      last_name: 'Ana',
      amount: '1234.5',
    });
  });
});

describe('first and last names from mapped columns', () => {
  it('take the client’s first-name and last-name cells over the greeting’s words', () => {
    // greeting "C-22453" (the client code): without name columns {{prenom}} and {{nom}} would both be "C-22453"
    const values = messageValues(client({ firstName: ' Marie ', lastName: 'Dupont' }), 'C-22453', 'fr');
    expect(values).toMatchObject({ client: 'C-22453', first_name: 'Marie', last_name: 'Dupont' });
    expect(fillMessage('Bonjour {{prenom}} {{nom}} ({{client}})', values)).toBe('Bonjour Marie Dupont (C-22453)');
    expect(fillMessage('Hello {{first_name}} {{last_name}}', values)).toBe('Hello Marie Dupont');
  });

  it('fall back on splitting the greeting where the client’s cell is blank', () => {
    // no first name typed: "Paul Martin" → Paul; the last name column still gives "Durand"
    expect(messageValues(client({ firstName: '', lastName: 'Durand' }), 'Paul Martin', 'fr')).toMatchObject({
      first_name: 'Paul',
      last_name: 'Durand',
    });
    // no last name typed: "Paul Martin" → Martin; the first name column gives "Jean"
    expect(messageValues(client({ firstName: 'Jean', lastName: '  ' }), 'Paul Martin', 'en')).toMatchObject({
      first_name: 'Jean',
      last_name: 'Martin',
    });
  });
});

describe('greetingOf', () => {
  // sheet rows 2 (header) then 3, 4: the source rows below the header start at sheet row 3
  const rows = [
    ['C-22453', 'Marie', 'Dupont'],
    ['C-1', '', 'Martin'],
  ];

  it('takes the chosen column on the client’s first row, or the client cell when none is chosen or it is blank', () => {
    expect(greetingOf(client({ row: 3 }), rows, 3, 1)).toBe('Marie');
    expect(greetingOf(client({ row: 4, name: 'C-1' }), rows, 3, 1)).toBe('C-1');
    expect(greetingOf(client({ row: 3 }), rows, 3, null)).toBe('C-22453');
  });

  it('accepts only a column of the source', () => {
    expect(greetingColumn(2, 3)).toBe(2);
    expect(greetingColumn(3, 3)).toBeNull();
    expect(greetingColumn('1', 3)).toBeNull();
    expect(greetingColumn(null, 3)).toBeNull();
  });
});

describe('csvText', () => {
  const day = (date: Date) => date.toISOString().slice(0, 10);

  it('writes French CSV with semicolons and decimal commas, quoting fields that need it, behind a byte-order mark', () => {
    const text = csvText(
      [
        ['Client', 'Montant', 'Message'],
        ['Ana; Bob', 12.5, 'Dit "bonjour"\nà tous'],
        ['Cleo', 3, 'ok'],
      ],
      'fr',
      day,
    );
    expect(text).toBe('\uFEFFClient;Montant;Message\r\n"Ana; Bob";12,5;"Dit ""bonjour""\nà tous"\r\nCleo;3;ok\r\n');
  });

  it('writes English CSV with commas, dates as yyyy-mm-dd, and defuses text a spreadsheet would run as a formula', () => {
    const text = csvText(
      [
        ['Client', 'Date', 'Amount'],
        ['=HYPERLINK("x")', new Date(Date.UTC(2024, 5, 30)), 1.5],
      ],
      'en',
      day,
    );
    expect(text).toBe('\uFEFFClient,Date,Amount\r\n"\'=HYPERLINK(""x"")",2024-06-30,1.5\r\n');
  });
});
