/**
 * Builds `sidebar.html`, one self-contained page (`HtmlService` cannot load
 * local files). Convention for the `sidebar/` folder:
 *
 * - `sidebar/main.ts`: the script entry, bundled for the browser (es2020, minified);
 * - `sidebar/style.css`: the styles (may `@import` other CSS files), bundled and minified;
 * - `sidebar/index.html`: the page, holding the marker `<!-- inline:css -->`
 *   (replaced by `<style>…</style>`) and the marker `<!-- inline:js -->`
 *   (replaced by `<script>…</script>`), each exactly once.
 *
 * Until `sidebar/main.ts` exists, a small bilingual placeholder page is built.
 */
import fs from 'node:fs';
import path from 'node:path';
import esbuild from 'esbuild';
import { BuildError } from './errors.mjs';

export const CSS_MARKER = '<!-- inline:css -->';
export const JS_MARKER = '<!-- inline:js -->';

const PLACEHOLDER = `<!DOCTYPE html>
<html>
<head><base target="_top"><meta charset="utf-8"></head>
<body>
<p lang="en">Client Portfolio: the sidebar is not built yet.</p>
<p lang="fr">Client Portfolio : la barre latérale n’est pas encore construite.</p>
</body>
</html>
`;

/**
 * @param {string} sidebarDir absolute path of the `sidebar/` folder
 * @returns {Promise<string>} the HTML page
 */
export async function buildSidebar(sidebarDir) {
  const file = (name) => path.join(sidebarDir, name);
  if (!fs.existsSync(file('main.ts'))) return PLACEHOLDER;
  for (const name of ['index.html', 'style.css']) {
    if (!fs.existsSync(file(name))) {
      throw new BuildError(`${path.join(path.basename(sidebarDir), name)} is missing (needed with sidebar/main.ts)`);
    }
  }
  const [js, css] = await Promise.all([bundle(file('main.ts')), bundle(file('style.css'))]);
  const page = fs.readFileSync(file('index.html'), 'utf8');
  return inlineAssets(page, { css, js });
}

/**
 * Puts the CSS and JS into the page at their markers. A literal `</script`
 * (`</style`) inside the inlined text would close the element early, so it
 * is written `<\/script` (`<\/style`), which JS strings and CSS read the same.
 * @param {string} page HTML holding both markers once
 * @param {{ css: string, js: string }} assets
 */
export function inlineAssets(page, { css, js }) {
  const withCss = replaceMarker(page, CSS_MARKER, `<style>${escapeClosingTag(css, 'style')}</style>`);
  return replaceMarker(withCss, JS_MARKER, `<script>${escapeClosingTag(js, 'script')}</script>`);
}

/** Replaces the one occurrence of `marker` (no `$` patterns: the text is taken as is). */
function replaceMarker(page, marker, replacement) {
  const parts = page.split(marker);
  if (parts.length !== 2) {
    throw new BuildError(`sidebar/index.html must hold ${marker} exactly once (found ${parts.length - 1})`);
  }
  return parts[0] + replacement + parts[1];
}

function escapeClosingTag(text, tag) {
  return text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

/** Bundles one JS/TS or CSS entry for the browser; returns the minified text. */
async function bundle(entry) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: entry.endsWith('.css') ? undefined : 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text.trim();
}
