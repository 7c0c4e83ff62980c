/**
 * Messages greeting each client by a column the user chooses (a first name
 * rather than a client code), and the Actions sheet downloaded as CSV.
 */
import { describe, expect, it } from 'vitest';
import { midnight } from '../support/calendar';
import { openAddOn, sheetRecords } from '../support/addOn';
import { thrownBy } from '../support/thrown';

const TZ = 'Europe/Paris';
const d = (iso: string) => midnight(iso, TZ);
const CLIENTS: unknown[][] = [
  ['Code client', 'Prénom', 'Nom de famille', 'Date du dernier achat', "Nombre d'achats", 'Montant'],
  ['22453', 'Marie', 'Dupont', d('2024-06-25'), 10, 1500],
  ['22454', 'Paul', 'Martin', d('2024-01-18'), 1, 40],
  ['22455', '', 'Durand', d('2024-05-31'), 6, 1234.5],
];

async function run(greeting: number | null) {
  const addOn = await openAddOn({ locale: 'fr_FR', timeZone: TZ, sheets: [{ name: 'Clients', values: CLIENTS }] });
  addOn.analyse({ ...addOn.sourceInfo().defaults, greeting });
  return addOn;
}

describe('messages', () => {
  it('greet by the client code by default', async () => {
    const addOn = await run(null);
    const messages = sheetRecords(addOn.ss, 'Portefeuille – Actions').map((row) => String(row['Message']));
    expect(messages.some((message) => message.includes('22453'))).toBe(true);
  });

  it('greet by the chosen column, falling back on the client code where it is blank', async () => {
    const addOn = await run(1);
    const byClient = new Map(
      sheetRecords(addOn.ss, 'Portefeuille – Actions').map((row) => [row['Client'], String(row['Message'])]),
    );
    expect(byClient.get('22453')).toContain('Marie');
    expect(byClient.get('22453')).not.toContain('22453');
    expect(byClient.get('22454')).toContain('Paul');
    expect(byClient.get('22455')).toContain('22455');
  });
});

describe('getActionsCsv', () => {
  it('gives the Actions sheet as French CSV, one line per client, named after the sheet', async () => {
    const addOn = await run(1);
    const csv = addOn.bundle.call('getActionsCsv') as { fileName: string; text: string };
    expect(csv.fileName).toBe('Portefeuille – Actions.csv');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(1 + 3);
    expect(lines[0]?.split(';').slice(0, 3)).toEqual(['Priorité', 'Segment', 'Objectif']);
    expect(csv.text).toContain('Marie');
  });

  it('says to run the analysis first when there is no Actions sheet', async () => {
    const addOn = await openAddOn({ locale: 'fr_FR', timeZone: TZ, sheets: [{ name: 'Clients', values: CLIENTS }] });
    expect(thrownBy(() => addOn.bundle.call('getActionsCsv')).message).toBe(
      'la feuille « Portefeuille – Actions » n’existe pas encore : lancez d’abord l’analyse',
    );
  });
});

describe('first-name and last-name columns', () => {
  const NAMED: unknown[][] = [
    ['Code client', 'Prénom', 'Nom', 'Date du dernier achat', "Nombre d'achats", 'Montant'],
    ['22453', 'Marie', 'Dupont', d('2024-06-25'), 10, 1500],
    ['22454', 'Paul', 'Martin', d('2024-01-18'), 1, 40],
  ];

  it('are proposed from "Prénom" and "Nom", fill {{prenom}} and {{nom}}, and go into the Actions sheet and its CSV', async () => {
    const addOn = await openAddOn({ locale: 'fr_FR', timeZone: TZ, sheets: [{ name: 'Clients', values: NAMED }] });
    const defaults = addOn.sourceInfo().defaults;
    expect(defaults.mapping).toMatchObject({ client: 0, firstName: 1, lastName: 2 });
    addOn.analyse(defaults);
    // the shopkeeper rewrites every message template of the catalogue sheet, then runs again
    const catalogue = addOn.ss.getSheetByName('Portefeuille – Catalogue')!;
    const templates = catalogue.getRange(2, 6, catalogue.getLastRow() - 1, 1);
    templates.setValues(templates.getValues().map(() => ['Bonjour {{prenom}} {{nom}}, à bientôt !']));
    addOn.analyse(defaults);

    const actions = sheetRecords(addOn.ss, 'Portefeuille – Actions');
    const byClient = new Map(actions.map((row) => [row['Client'], row]));
    expect(byClient.get('22453')).toMatchObject({
      Prénom: 'Marie',
      Nom: 'Dupont',
      Message: 'Bonjour Marie Dupont, à bientôt !',
    });
    expect(byClient.get('22454')).toMatchObject({
      Prénom: 'Paul',
      Nom: 'Martin',
      Message: 'Bonjour Paul Martin, à bientôt !',
    });

    const csv = addOn.bundle.call('getActionsCsv') as { fileName: string; text: string };
    const [header = '', ...lines] = csv.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    const columns = header.split(';');
    expect(columns).toContain('Prénom');
    expect(columns).toContain('Nom');
    const marie = lines.map((line) => line.split(';')).find((fields) => fields.includes('22453')) ?? [];
    expect(marie[columns.indexOf('Prénom')]).toBe('Marie');
    expect(marie[columns.indexOf('Nom')]).toBe('Dupont');
  });
});
