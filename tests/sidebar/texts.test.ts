import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIDEBAR_TEXT_KEYS, sidebarText } from '../../src/core/i18n/sidebarTexts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('sidebar texts', () => {
  it('has no empty text, and the same placeholders in French and English', () => {
    expect(SIDEBAR_TEXT_KEYS.length).toBeGreaterThan(50);
    for (const key of SIDEBAR_TEXT_KEYS) {
      const en = sidebarText('en', key);
      const fr = sidebarText('fr', key);
      expect(en.trim(), key).not.toBe('');
      expect(fr.trim(), key).not.toBe('');
      expect(placeholders(fr), key).toEqual(placeholders(en));
    }
  });

  it('fills every placeholder it is given', () => {
    for (const key of SIDEBAR_TEXT_KEYS) {
      const params = Object.fromEntries(placeholders(sidebarText('en', key)).map((name) => [name, `«${name}»`]));
      for (const lang of ['en', 'fr'] as const) {
        const text = sidebarText(lang, key, params);
        expect(text, key).not.toMatch(/\{\w+\}/);
        for (const value of Object.values(params)) expect(text, key).toContain(value);
      }
    }
  });

  it('is translated: most French texts differ from the English ones', () => {
    const same = SIDEBAR_TEXT_KEYS.filter((key) => sidebarText('en', key) === sidebarText('fr', key));
    expect(same.length).toBeLessThan(SIDEBAR_TEXT_KEYS.length / 8);
  });
});

describe('sidebar sources', () => {
  const dir = path.resolve(__dirname, '../../sidebar');
  const sources = fs.readdirSync(dir).filter((name) => name.endsWith('.ts'));

  it('never parse HTML (user text goes in as text nodes only)', () => {
    expect(sources.length).toBeGreaterThan(3);
    for (const name of sources) {
      const code = fs.readFileSync(path.join(dir, name), 'utf8');
      expect(code, name).not.toMatch(
        /innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/,
      );
    }
  });
});
