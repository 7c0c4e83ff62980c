/**
 * The committed clasp settings, read by clasp's own code (node_modules/@google/clasp):
 * `clasp create` is not blocked by the committed .clasp.json, and `clasp push`
 * sends only the three built files from dist/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/build/index.mjs';
import { makeTempDir, removeDir } from './helpers';

interface ClaspProjectFile {
  remotePath: string;
  type: string;
}
interface Clasp {
  project: { exists(): boolean };
  files: { contentDir: string; collectLocalFiles(): Promise<{ files: ClaspProjectFile[] }> };
}
type InitClasp = (options: { configFile: string }) => Promise<Clasp>;

/** clasp's core, imported by file path (the package exports only its command line). */
async function loadInitClasp(): Promise<InitClasp> {
  const core = path.join(PROJECT_ROOT, 'node_modules/@google/clasp/build/src/core/clasp.js');
  return (await import(core)).initClaspInstance as InitClasp;
}

let project: string;
beforeAll(() => {
  project = makeTempDir();
});
afterAll(() => removeDir(project));

describe('clasp settings', () => {
  it('.clasp.json points clasp at dist/, and without a script id `clasp create` is not blocked', async () => {
    const settings = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, '.clasp.json'), 'utf8'));
    expect(settings.rootDir).toBe('dist');
    // What is committed: `clasp create` later adds the ids of the user's own project.
    const committed = { ...settings };
    for (const id of ['scriptId', 'parentId', 'projectId']) delete committed[id];
    fs.writeFileSync(path.join(project, '.clasp.json'), JSON.stringify(committed));

    const initClasp = await loadInitClasp();
    const clasp = await initClasp({ configFile: path.join(project, '.clasp.json') });
    expect(clasp.project.exists()).toBe(false);
    expect(clasp.files.contentDir).toBe(path.join(project, 'dist'));
  });

  it('clasp push collects only Code.js, sidebar.html and appsscript.json from dist/', async () => {
    const dist = path.join(project, 'dist');
    fs.mkdirSync(path.join(dist, 'nested'), { recursive: true });
    const files = ['Code.js', 'sidebar.html', 'appsscript.json', 'Code.gs', 'extra.js', 'notes.html', 'nested/Code.js'];
    for (const file of files) fs.writeFileSync(path.join(dist, file), '// built or stray file\n');
    fs.copyFileSync(path.join(PROJECT_ROOT, '.claspignore'), path.join(project, '.claspignore'));
    const settings = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, '.clasp.json'), 'utf8'));
    // As after `clasp create`: the same settings plus a script id.
    fs.writeFileSync(path.join(project, '.clasp.json'), JSON.stringify({ ...settings, scriptId: 'test-script-id' }));

    const initClasp = await loadInitClasp();
    const clasp = await initClasp({ configFile: path.join(project, '.clasp.json') });
    const { files: pushed } = await clasp.files.collectLocalFiles();
    const remote = pushed.map((file) => `${file.remotePath} ${file.type}`).sort();
    expect(remote).toEqual(['Code SERVER_JS', 'appsscript JSON', 'sidebar HTML']);
  });
});
