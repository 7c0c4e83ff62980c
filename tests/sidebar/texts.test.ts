import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sidebarTexts } from '../../src/core/i18n/sidebar';
import { at } from '../../tools/indexing';

/** Every text of a table as (path, text) pairs; functions are called with marker arguments. */
function flatten(table: object, prefix = ''): Array<[string, string, unknown[]]> {
  return Object.entries(table).flatMap(([key, value]): Array<[string, string, unknown[]]> => {
    const name = prefix + key;
    if (typeof value === 'string') return [[name, value, []]];
    if (typeof value === 'function') {
      const args = Array.from({ length: value.length }, (_, k) => (k === 0 && key === 'skippedTitle' ? 3 : `«ARG${k}»`));
      return [[name, String(value(...args)), args]];
    }
    return flatten(value as object, `${name}.`);
  });
}

describe('sidebar texts', () => {
  const en = flatten(sidebarTexts.en);
  const fr = flatten(sidebarTexts.fr);

  it('has the same texts in French and English', () => {
    expect(fr.map(([name]) => name)).toEqual(en.map(([name]) => name));
  });

  it('has no empty text, and every text with values shows them', () => {
    for (const [name, text, args] of [...en, ...fr]) {
      expect(text.trim(), name).not.toBe('');
      for (const arg of args.filter((value) => typeof value === 'string')) expect(text, name).toContain(arg);
    }
  });

  it('is translated: most French texts differ from the English ones', () => {
    const same = en.filter(([, text], k) => text === at(fr, k)[1]).map(([name]) => name);
    expect(same.length).toBeLessThan(en.length / 8);
  });
});

describe('sidebar sources', () => {
  const dir = path.resolve(__dirname, '../../sidebar');
  const sources = fs.readdirSync(dir).filter((name) => name.endsWith('.ts'));

  it('never parse HTML (user text goes in as text nodes only)', () => {
    expect(sources.length).toBeGreaterThan(3);
    for (const name of sources) {
      const code = fs.readFileSync(path.join(dir, name), 'utf8');
      expect(code, name).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/);
    }
  });
});
