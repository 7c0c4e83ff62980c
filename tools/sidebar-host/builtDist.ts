/**
 * The built add-on (`Code.js`, `sidebar.html`) matching the current sources:
 * `dist/` when it is newer than every source, else a fresh build into a
 * temporary folder (same build, `scripts/build/index.mjs`), so that tests run
 * on their own (`npx vitest run tests/sidebar`) never see a stale build, and
 * parallel test files never write into `dist/` at the same time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, PROJECT_ROOT } from '../../scripts/build/index.mjs';

/** Sources that end up in `dist/`. */
const SOURCES = ['src', 'sidebar', 'appsscript.json', 'scripts/build'];
const OUTPUTS = ['Code.js', 'sidebar.html', 'paste/Code.gs'];

export interface BuiltDist {
  /** Folder holding `Code.js` and `sidebar.html`. */
  dir: string;
  /** True when `dist/` was out of date and a fresh build was made. */
  rebuilt: boolean;
}

export async function builtDist(): Promise<BuiltDist> {
  const dist = path.join(PROJECT_ROOT, 'dist');
  if (oldestOutput(dist) > newestSource()) return { dir: dist, rebuilt: false };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'client-portfolio-dist-'));
  await build({ outdir: dir });
  return { dir, rebuilt: true };
}

/** Modification time (ms) of the oldest output, or -Infinity when one is missing. */
function oldestOutput(dir: string): number {
  const times = OUTPUTS.map((name) => {
    const file = path.join(dir, name);
    return fs.existsSync(file) ? fs.statSync(file).mtimeMs : -Infinity;
  });
  return Math.min(...times);
}

function newestSource(): number {
  return Math.max(...SOURCES.map((source) => newestUnder(path.join(PROJECT_ROOT, source))));
}

function newestUnder(target: string): number {
  if (!fs.existsSync(target)) return -Infinity;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(target).map((name) => newestUnder(path.join(target, name))));
}
