/**
 * sidebar.html: sidebar/main.ts and sidebar/style.css inlined into
 * sidebar/index.html at the markers <!-- inline:css --> and <!-- inline:js -->.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { build, BuildError } from '../../scripts/build/index.mjs';
import { makeTempDir, removeDir } from './helpers';

const ENTRY = 'tests/build/fixtures/valid/entry.ts';
const SIDEBAR_FIXTURE = 'tests/build/fixtures/sidebar';

let outdir: string;
beforeEach(() => {
  outdir = makeTempDir();
});
afterEach(() => removeDir(outdir));

async function buildSidebarHtml(sidebarDir: string): Promise<string> {
  await build({ entry: ENTRY, outdir, sidebarDir });
  return fs.readFileSync(path.join(outdir, 'sidebar.html'), 'utf8');
}

/** Text between the only `<tag>` and the first `</tag>` after it. */
function elementText(html: string, tag: string): string {
  const start = html.indexOf(`<${tag}>`) + tag.length + 2;
  return html.slice(start, html.indexOf(`</${tag}>`, start));
}

describe('sidebar.html', () => {
  it('inlines the CSS and the JS in place of the markers, each in one element', async () => {
    const html = await buildSidebarHtml(SIDEBAR_FIXTURE);
    expect(html).not.toContain('<!-- inline:');
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html.match(/<style/gi)).toHaveLength(1);
    expect(html.match(/<\/style/gi)).toHaveLength(1);
    expect(html.indexOf('<style>')).toBeLessThan(html.indexOf('</head>'));
    expect(html.indexOf('<script>')).toBeGreaterThan(html.indexOf('<p id="out">'));
    expect(elementText(html, 'style')).toContain('#out:after{content:');
  });

  it('keeps the script’s meaning: closing tags and $ patterns come out as written', async () => {
    const html = await buildSidebarHtml(SIDEBAR_FIXTURE);
    const out = { textContent: '' };
    const context = vm.createContext({ document: { getElementById: (id: string) => (id === 'out' ? out : null) } });
    vm.runInContext(elementText(html, 'script'), context);
    expect(out.textContent).toBe("</script> $&$'");
  });

  it('is a bilingual placeholder page while sidebar/main.ts does not exist', async () => {
    const emptySidebar = makeTempDir();
    try {
      const html = await buildSidebarHtml(emptySidebar);
      expect(html).toContain('<p lang="en">Client Portfolio: the sidebar is not built yet.</p>');
      expect(html).toContain('<p lang="fr">');
    } finally {
      removeDir(emptySidebar);
    }
  });

  it('fails when index.html lacks a marker or holds it twice', async () => {
    const sidebar = makeTempDir();
    try {
      for (const name of ['main.ts', 'style.css']) {
        fs.copyFileSync(path.join(SIDEBAR_FIXTURE, name), path.join(sidebar, name));
      }
      fs.writeFileSync(path.join(sidebar, 'index.html'), '<!-- inline:css --><!-- inline:css --><body></body>');
      const error = await buildSidebarHtml(sidebar).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(BuildError);
      expect((error as Error).message).toBe('sidebar/index.html must hold <!-- inline:css --> exactly once (found 2)');
    } finally {
      removeDir(sidebar);
    }
  });

  it('fails when main.ts exists without index.html', async () => {
    const sidebar = makeTempDir();
    try {
      fs.copyFileSync(path.join(SIDEBAR_FIXTURE, 'main.ts'), path.join(sidebar, 'main.ts'));
      const error = await buildSidebarHtml(sidebar).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(BuildError);
      expect((error as Error).message).toMatch(/index\.html is missing \(needed with sidebar\/main\.ts\)$/);
    } finally {
      removeDir(sidebar);
    }
  });
});
