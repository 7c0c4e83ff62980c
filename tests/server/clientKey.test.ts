/**
 * The client-key rule and the shape rule seen from the sidebar, through the
 * built add-on: "Ann" and "ann " are one client of a sales log; a client
 * list where two rows name the same client stays one row per client when a
 * purchase count is mapped, and the source step says which names repeat.
 */
import { describe, expect, it } from 'vitest';
import { midnight } from '../support/calendar';
import { openAddOn, sheetRecords } from '../support/addOn';

const TZ = 'Europe/Paris';
const d = (iso: string) => midnight(iso, TZ);

describe('the client-key rule in the sidebar', () => {
  it('reads "Ann", "ann " and " ANN" as one client, shown as first typed', async () => {
    const addOn = await openAddOn({
      locale: 'en_US',
      timeZone: TZ,
      sheets: [
        {
          name: 'Sales',
          values: [
            ['Client', 'Date', 'Amount'],
            ['Ann', d('2024-05-01'), 10],
            ['Bob', d('2024-05-02'), 5],
            ['ann ', d('2024-05-03'), 20],
            [' ANN', d('2024-05-04'), 30],
            ['Ann  Lee', d('2024-05-05'), 7],
            ['ann lee', d('2024-05-06'), 8],
          ],
        },
      ],
    });
    const settings = { ...addOn.sourceInfo().defaults, asOf: '2024-05-10' };
    expect(settings.shape).toBe('sales');
    const result = addOn.analyse(settings);
    expect(result.clients).toBe(3);
    const clients = sheetRecords(addOn.ss, 'Portfolio – Clients');
    // Ann 10 + 20 + 30 = 60 over 3 purchases; "Ann  Lee" (two spaces) and "ann lee" are one client: 7 + 8 = 15
    expect(clients.map((row) => [row['Client'], row['Purchases'], row['Amount']])).toEqual([
      ['Ann', 3, 60],
      ['Bob', 1, 5],
      ['Ann  Lee', 2, 15],
    ]);
  });
});

describe('a client list with a name on two rows', () => {
  const LIST = [
    ['Client', 'Last purchase', 'Orders', 'Revenue'],
    ['Ann', d('2024-05-01'), 3, 300],
    ['Bob', d('2024-04-01'), 1, 40],
    ['ann', d('2024-03-01'), 2, 90],
    ['Cid', d('2024-02-01'), 5, 500],
  ];

  it('stays one row per client (the purchase counts are used) and the source step names the repeated client', async () => {
    const addOn = await openAddOn({ locale: 'en_US', timeZone: TZ, sheets: [{ name: 'Clients', values: LIST }] });
    const info = addOn.sourceInfo();
    expect(info.defaults.shape).toBe('clients');
    expect(info.notes).toEqual(['several rows name the same client (Ann): each row is read as a separate client']);
    const result = addOn.analyse({ ...info.defaults, asOf: '2024-05-31' });
    expect(result.clients).toBe(4);
    const clients = sheetRecords(addOn.ss, 'Portfolio – Clients');
    expect(clients.map((row) => [row['Client'], row['Purchases'], row['Amount']])).toEqual([
      ['Ann', 3, 300],
      ['Bob', 1, 40],
      ['ann', 2, 90],
      ['Cid', 5, 500],
    ]);
  });

  it('says in French when most rows repeat a name that the shape must be chosen', async () => {
    const addOn = await openAddOn({
      locale: 'fr_FR',
      timeZone: TZ,
      sheets: [
        {
          name: 'Clients',
          values: [
            ['Client', 'Date', "Nombre d'achats", 'Montant'],
            ['Ana', d('2024-05-01'), 1, 30],
            ['Ana', d('2024-05-02'), 2, 40],
            ['Ben', d('2024-05-03'), 1, 10],
            ['Ben', d('2024-05-04'), 1, 15],
          ],
        },
      ],
    });
    const info = addOn.sourceInfo();
    expect(info.defaults.shape).toBe('clients');
    expect(info.notes).toEqual([
      'plusieurs lignes portent le même client (Ana, Ben) : chaque ligne est lue comme un client distinct',
      'chaque client figure sur une seule ligne, ou plusieurs lignes portent le même client : choisissez la forme (une ligne par client ou une ligne par vente)',
    ]);
  });
});
