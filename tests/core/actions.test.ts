/**
 * The default loyalty-action catalogue.
 */
import { describe, expect, it } from 'vitest';
import { actionFor, defaultCatalogue } from '../../src/core/actions';
import { defaultRules, othersName, SCHEME_IDS } from '../../src/core/segments';

describe('defaultCatalogue', () => {
  for (const lang of ['en', 'fr'] as const) {
    const catalogue = defaultCatalogue(lang);

    it(`(${lang}) has an entry for every segment of every shipped scheme, "others" included`, () => {
      for (const scheme of SCHEME_IDS) {
        const names = [...defaultRules(scheme, lang).map((rule) => rule.segment), othersName(scheme, lang)];
        for (const name of names) expect(actionFor(catalogue, name), `${scheme}: ${name}`).toBeDefined();
      }
    });

    it(`(${lang}) holds each segment name once, with every text filled and a {{client}} in each message`, () => {
      const names = catalogue.map((entry) => entry.segment.toLowerCase());
      expect(new Set(names).size).toBe(names.length);
      for (const entry of catalogue) {
        expect(entry.objective && entry.action && entry.channel, entry.segment).toBeTruthy();
        expect(entry.message, entry.segment).toContain('{{client}}');
      }
    });

    it(`(${lang}) is sorted by priority, from 1`, () => {
      const priorities = catalogue.map((entry) => entry.priority);
      expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
      expect(priorities[0]).toBe(1);
      expect(priorities.every((p) => Number.isInteger(p) && p >= 1 && p <= 12)).toBe(true);
    });
  }

  it('puts big clients slipping away first and lost clients last', () => {
    const byName = (name: string) => actionFor(defaultCatalogue('en'), name);
    expect(byName('Can’t lose them')?.priority).toBe(1);
    expect(byName("Can't Lose Them")?.priority).toBe(1);
    expect(byName('At risk')?.priority).toBe(2);
    expect(byName('Champions')?.priority).toBe(3);
    expect(byName('Lost')?.priority).toBe(12);
    expect(byName('Hibernating')?.priority).toBe(11);
    // the same kind of segment gets the same action in every scheme
    expect(byName('Future non-client')?.action).toBe(byName('At risk')?.action);
  });

  it('speaks French for French sheets', () => {
    const lost = actionFor(defaultCatalogue('fr'), 'Perdus');
    expect(lost?.objective).toBe('Comprendre pourquoi les clients perdus sont partis, pour ne pas en perdre d’autres');
    expect(lost?.message).toMatch(/^Bonjour \{\{client\}\}, /);
  });
});

describe('actionFor', () => {
  const catalogue = [{ segment: ' VIP ', priority: 1, objective: 'o', action: 'a', channel: 'c', message: 'm' }];

  it('finds an entry whatever the case and surrounding spaces, else undefined', () => {
    expect(actionFor(catalogue, 'vip')).toBe(catalogue[0]);
    expect(actionFor(catalogue, 'VIP  ')).toBe(catalogue[0]);
    expect(actionFor(catalogue, 'V.I.P.')).toBeUndefined();
  });
});
