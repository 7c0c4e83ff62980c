/** Shared helpers of the build tests: temp output folders and loading Code.js in a vm. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { at } from '../../tools/indexing';

/** A fresh empty folder under the OS temp dir; remove it with `removeDir`. */
export function makeTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'client-portfolio-build-'));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Runs a built Code.js in an empty context and returns that context (its globals). */
export function loadCode(code: string): vm.Context {
  const context = vm.createContext({});
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context;
}

/**
 * The comment block right above `function NAME(` in Code.js (only blank
 * space between them), or `null` when there is none.
 */
export function jsdocAbove(code: string, name: string): string | null {
  const declaration = code.indexOf(`\nfunction ${name}(`);
  if (declaration < 0) return null;
  const before = code.slice(0, declaration);
  if (!before.trimEnd().endsWith('*/')) return null;
  const end = before.trimEnd().length;
  return before.slice(before.lastIndexOf('/**', end), end);
}

/** Parameter names of the top-level `function NAME(…)` declaration in Code.js. */
export function stubParams(code: string, name: string): string[] {
  const match = new RegExp(`\\nfunction ${name}\\(([^)]*)\\)`).exec(code);
  if (!match) throw new Error(`no top-level function ${name} in Code.js`);
  return at(match, 1)
    .split(',')
    .map((param) => param.trim())
    .filter((param) => param !== '');
}
