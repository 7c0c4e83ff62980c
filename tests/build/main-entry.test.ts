/**
 * The real build of src/main.ts (into a temp folder): every export of the
 * bundle is a top-level function of Code.js, and every custom function keeps
 * its JSDoc (`@customfunction`, one `@param` per parameter) above its stub,
 * where Sheets' autocomplete reads it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, GLOBAL_NAME, PROJECT_ROOT } from '../../scripts/build/index.mjs';
import { jsdocAbove, loadCode, makeTempDir, removeDir, stubParams } from './helpers';
import { at } from '../../tools/indexing';

/** The cell API: the six custom functions of docs/FUNCTIONS.md. */
const CELL_API_FUNCTIONS = ['RFM_SCORE', 'CLIENT_VALUE', 'PARETO_SHARE', 'ABC_CLASS', 'RFM_SEGMENT', 'RFM_TABLE'];
/** Simple triggers of an Editor add-on (onInstall calls onOpen). */
const TRIGGERS = ['onOpen', 'onInstall'];
const SOURCES = path.join(PROJECT_ROOT, 'src');

let outdir: string;
let code: string;

beforeAll(async () => {
  outdir = makeTempDir();
  await build({ outdir });
  code = fs.readFileSync(path.join(outdir, 'Code.js'), 'utf8');
});

afterAll(() => removeDir(outdir));

/** `@param` names of a JSDoc block, in order (`{type}` and `[optional]` brackets left out). */
function jsdocParamNames(jsdoc: string): string[] {
  return [...jsdoc.matchAll(/@param\s+(?:\{[^}]*\}\s*)?\[?([A-Za-z_$][\w$]*)/g)].map((match) => at(match, 1));
}

/** Names of the exports of src/**.ts whose JSDoc holds `@customfunction`, read from the sources as text. */
function customFunctionsInSources(): string[] {
  const documentedExport =
    /\/\*\*((?:(?!\*\/)[\s\S])*?@customfunction[\s\S]*?)\*\/\s*export\s+(?:function\s+|const\s+)([A-Za-z_$][\w$]*)/g;
  const files = fs.readdirSync(SOURCES, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  return files.flatMap((file) => {
    const source = fs.readFileSync(path.join(SOURCES, file), 'utf8');
    return [...source.matchAll(documentedExport)].map((match) => at(match, 2));
  });
}

describe('Code.js built from src/main.ts', () => {
  it('has a top-level function for every export of the bundle', () => {
    const context = loadCode(code);
    const exported = Object.keys(context[GLOBAL_NAME]);
    expect(exported.length).toBeGreaterThan(0);
    for (const name of exported) {
      expect(typeof context[name], name).toBe('function');
      expect(code, name).toContain(`\nfunction ${name}(`);
    }
  });

  it('exports the custom functions of the cell API and the add-on triggers', () => {
    const exported = Object.keys(loadCode(code)[GLOBAL_NAME]);
    for (const name of [...CELL_API_FUNCTIONS, ...TRIGGERS]) expect(exported, name).toContain(name);
  });

  it('every custom function of the sources carries @customfunction above its stub', () => {
    const customFunctions = new Set([...CELL_API_FUNCTIONS, ...customFunctionsInSources()]);
    for (const name of customFunctions) {
      const jsdoc = jsdocAbove(code, name);
      expect(jsdoc, name).not.toBeNull();
      expect(jsdoc, name).toContain('@customfunction');
    }
  });

  it('every stub marked @customfunction documents each parameter by its own name', () => {
    const stubs = [...code.matchAll(/\nfunction ([A-Za-z_$][\w$]*)\(/g)].map((match) => at(match, 1));
    const customStubs = stubs.filter((name) => jsdocAbove(code, name)?.includes('@customfunction'));
    expect(customStubs.length).toBeGreaterThanOrEqual(CELL_API_FUNCTIONS.length);
    for (const name of customStubs) {
      expect(jsdocParamNames(jsdocAbove(code, name) ?? ''), name).toEqual(stubParams(code, name));
    }
  });
});
