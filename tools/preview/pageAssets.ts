/**
 * The preview page: `page/index.html`, `page/style.css`, and `page/main.ts`
 * bundled for the browser with esbuild when the server starts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';
import { at } from '../indexing';

const PAGE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'page');

export interface PageAssets {
  html: string;
  css: string;
  js: string;
}

export async function buildPageAssets(): Promise<PageAssets> {
  const result = await esbuild.build({
    entryPoints: [path.join(PAGE_DIR, 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    charset: 'utf8',
    logLevel: 'silent',
  });
  return {
    html: fs.readFileSync(path.join(PAGE_DIR, 'index.html'), 'utf8'),
    css: fs.readFileSync(path.join(PAGE_DIR, 'style.css'), 'utf8'),
    js: at(result.outputFiles, 0).text,
  };
}
