/** The build refuses entries and manifests Apps Script would mishandle, with a message naming the cause. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { build, BuildError, type BuildOptions } from '../../scripts/build/index.mjs';
import { makeTempDir, removeDir } from './helpers';

const FIXTURES = 'tests/build/fixtures';

let outdir: string;
beforeEach(() => {
  outdir = makeTempDir();
});
afterEach(() => removeDir(outdir));

/** Builds `fixture`'s entry into the temp folder; resolves to the BuildError thrown, or fails. */
async function buildError(fixture: string, options: BuildOptions = {}): Promise<BuildError> {
  const error = await build({
    entry: `${FIXTURES}/${fixture}/entry.ts`,
    outdir,
    sidebarDir: `${FIXTURES}/sidebar`,
    ...options,
  }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(BuildError);
  return error as BuildError;
}

describe('build failures', () => {
  it('a custom function whose @param names differ from its parameters', async () => {
    const error = await buildError('mismatched-params');
    expect(error.message).toContain('SCALE (tests/build/fixtures/mismatched-params/entry.ts:8)');
    expect(error.message).toContain('@param names (amount, factor) differ from its parameters (amount, scale_factor)');
  });

  it('an export that is not a function gets no stub', async () => {
    const error = await buildError('value-export');
    expect(error.problems).toEqual(['export VERSION has no stub: only exported functions become Apps Script globals']);
  });

  it('a declared function has a stub but nothing in the bundle', async () => {
    const error = await buildError('declared-only');
    expect(error.problems).toEqual(['stub GHOST has no export in the bundle (declared but not implemented?)']);
  });

  it('an Apps Script service called while the bundle loads', async () => {
    const error = await buildError('load-time-service');
    expect(error.message).toContain('throws when loaded in an empty context');
    expect(error.message).toContain('ReferenceError: SpreadsheetApp is not defined');
  });

  it('a missing entry', async () => {
    const error = await build({ entry: `${FIXTURES}/absent/entry.ts`, outdir }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(BuildError);
    expect((error as BuildError).message).toBe('entry tests/build/fixtures/absent/entry.ts not found');
  });

  it('Code.js over its size budget', async () => {
    const error = await buildError('valid', { limits: { code: 500 } });
    expect(error.message).toMatch(/^Code\.js is \d+ bytes, over its budget of 500 bytes$/);
  });

  it('sidebar.html over its size budget', async () => {
    const error = await buildError('valid', { limits: { sidebar: 100 } });
    expect(error.message).toMatch(/^sidebar\.html is \d+ bytes, over its budget of 100 bytes$/);
  });

  it('a manifest with an addOns section, another runtime or no explicit scopes', async () => {
    const manifest = path.join(outdir, 'bad-appsscript.json');
    fs.writeFileSync(manifest, JSON.stringify({ runtimeVersion: 'DEPRECATED_ES5', addOns: {} }));
    const error = await buildError('valid', { manifest, outdir: path.join(outdir, 'dist') });
    expect(error.problems).toEqual([
      'runtimeVersion must be "V8"',
      'no "addOns" section: this is an Editor add-on',
      'oauthScopes must list the scopes explicitly (least privilege)',
    ]);
  });

  it('writes nothing when it fails', async () => {
    await buildError('declared-only');
    expect(fs.readdirSync(outdir)).toEqual([]);
  });
});
