/**
 * Every user-visible text lives in the per-language tables of src/core/i18n.
 * A heuristic scan of the adapters and UIs (sidebar, server, platform,
 * custom functions, local preview) looks for string literals that read as
 * prose: two words in a row, or a French accented letter. What it lets
 * through is listed below with its reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const SCANNED = ['sidebar', 'src/server', 'src/platform', 'src/functions', 'src/main.ts', 'tools/preview'];

/** Two words of a human language in a row (letters, accented letters included). */
const PROSE = /[A-Za-zÀ-ÖØ-öø-ÿ]{2,}[ \u00a0][A-Za-zÀ-ÖØ-öø-ÿ]+|[A-Za-zÀ-ÖØ-öø-ÿ]+[ \u00a0][A-Za-zÀ-ÖØ-öø-ÿ]{2,}/;
const FRENCH_LETTER = /[À-ÖØ-öø-ÿ]/;
/** A list of CSS class names such as `frozen frozen-last`. */
const CLASS_LIST = /^[a-z]+(?:-[a-z]+)*(?: [a-z]+(?:-[a-z]+)*)*$/;

/** Literals that read as prose but are not texts for users. */
const NOT_FOR_USERS: ReadonlyArray<[RegExp, string]> = [
  [/^Client Portfolio\b/, 'the product name, the same in every language (file names, workbook metadata)'],
  [/^ - Client Portfolio\.xlsx$/, 'the name of the downloaded workbook, after the user’s file name'],
];

function sourceFiles(relative: string): string[] {
  const full = path.join(ROOT, relative);
  if (fs.statSync(full).isFile()) return relative.endsWith('.ts') ? [relative] : [];
  return fs.readdirSync(full).flatMap((name) => sourceFiles(path.join(relative, name)));
}

/** The code without comments, `class:` attribute values (CSS class names) and messages of programming errors. */
function codeOnly(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|\s)\/\/.*$/gm, '$1')
    .replace(/\bclass: '[^']*'/g, '')
    .replace(/new Error\((?:'[^'\n]*'|`[^`]*`)\)/g, 'new Error()');
}

/** The string literals of `code` that read as prose (template placeholders left out). */
function proseLiterals(code: string): string[] {
  const literals = code.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g);
  return [...literals]
    .map((match) => match[0].slice(1, -1).replace(/\$\{[^}]*\}/g, ''))
    .filter((text) => !/\b(?:function|return)\b.*[;{}]/.test(text))
    .filter((text) => PROSE.test(text) || FRENCH_LETTER.test(text))
    .filter((text) => !(CLASS_LIST.test(text) && text.includes('-')))
    .filter((text) => !NOT_FOR_USERS.some(([pattern]) => pattern.test(text)));
}

describe('user-visible texts', () => {
  it('the scan finds prose in either language', () => {
    expect(proseLiterals(`el('p', {}, 'Choose a column')`)).toEqual(['Choose a column']);
    expect(proseLiterals('label: `Colonne ${letter}`, title: "Réessayer"')).toEqual(['Réessayer']);
    expect(proseLiterals(`text(\`\${axis} : les bornes\`)`)).toEqual([' : les bornes']);
    // what the scan leaves out: comments, CSS classes, programming errors, ids
    expect(
      proseLiterals(
        codeOnly(
          `// Choose a column\nel('p', { class: 'step summary' }, x); throw new Error('no workbook opened yet'); 'role-date'`,
        ),
      ),
    ).toEqual([]);
  });

  it('no sidebar, server or preview file holds a text for users outside src/core/i18n', () => {
    const files = SCANNED.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(30);
    const found = files.flatMap((file) =>
      proseLiterals(codeOnly(fs.readFileSync(path.join(ROOT, file), 'utf8'))).map((text) => `${file}: ${text}`),
    );
    expect(found).toEqual([]);
  });
});
