/**
 * The build on a small fixture entry (tests/build/fixtures/valid): two custom
 * functions re-exported from their modules, one plain function, one type.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../scripts/build/index.mjs';
import { jsdocAbove, loadCode, makeTempDir, removeDir, stubParams } from './helpers';

const FIXTURE = 'tests/build/fixtures/valid';

let outdir: string;
let result: BuildResult;
let code: string;

beforeAll(async () => {
  outdir = makeTempDir();
  result = await build({ entry: `${FIXTURE}/entry.ts`, outdir, sidebarDir: 'tests/build/fixtures/sidebar' });
  code = fs.readFileSync(path.join(outdir, 'Code.js'), 'utf8');
});

afterAll(() => removeDir(outdir));

describe('Code.js', () => {
  it('has one top-level function per exported function, and none for the type export', () => {
    const context = loadCode(code);
    expect(result.globals.sort()).toEqual(['GREETING', 'SCALE', 'onOpen']);
    for (const name of ['GREETING', 'SCALE', 'onOpen']) {
      expect(typeof context[name], name).toBe('function');
    }
    expect(context.Greeting).toBeUndefined();
  });

  it('stubs run the bundled functions', () => {
    const context = loadCode(code);
    expect(context.SCALE(3, 4)).toBe(12);
    expect(context.SCALE(3)).toBe(6);
    expect(context.GREETING('Ana')).toBe('Hello Ana');
    expect(context.onOpen()).toBe('Client Portfolio');
  });

  it('stubs delegate to ClientPortfolio at call time, passing every argument', () => {
    const context = loadCode(code);
    const calls: unknown[][] = [];
    context.ClientPortfolio = {
      SCALE: (...args: unknown[]) => {
        calls.push(args);
        return 'from the spy';
      },
    };
    expect(context.SCALE(5, 7)).toBe('from the spy');
    expect(calls).toEqual([[5, 7]]);
  });

  it('stub parameters are the declarations’ parameter names', () => {
    expect(stubParams(code, 'SCALE')).toEqual(['amount', 'scale_factor']);
    expect(stubParams(code, 'GREETING')).toEqual(['client_name']);
    expect(stubParams(code, 'onOpen')).toEqual([]);
  });

  it('copies each JSDoc block right above its stub', () => {
    const scaleSource = fs.readFileSync(`${FIXTURE}/functions/scale.ts`, 'utf8');
    const scaleDoc = scaleSource.slice(scaleSource.indexOf('/**'), scaleSource.indexOf('*/') + 2);
    expect(jsdocAbove(code, 'SCALE')).toBe(scaleDoc);

    const greetingDoc = jsdocAbove(code, 'GREETING');
    expect(greetingDoc).toContain('Greets a client by name.');
    expect(greetingDoc).toContain("@param {string} client_name the client's name");
    expect(greetingDoc).toContain('@customfunction');
    expect(greetingDoc).not.toContain('A greeting text.');

    expect(jsdocAbove(code, 'onOpen')).toBe('/** Plain (non-custom) global: returns the menu title it would show. */');
  });

  it('loads in an empty context: no Apps Script service at load time', () => {
    expect(() => loadCode(code)).not.toThrow();
  });

  it('reports the sizes it wrote', () => {
    for (const name of ['Code.js', 'sidebar.html', 'appsscript.json']) {
      expect(result.sizes[name], name).toBe(fs.statSync(path.join(outdir, name)).size);
    }
  });
});

describe('appsscript.json', () => {
  it('is V8 with exactly the two least-privilege scopes and no addOns section', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.timeZone).toBe('Europe/Paris');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
    expect(manifest).not.toHaveProperty('addOns');
  });
});
