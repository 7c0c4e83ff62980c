/**
 * The layers are enforced by the compiler: each layer's tsconfig gives it only
 * the globals it may use. A probe file is type-checked in memory, as if it sat
 * in the layer's folder, with that layer's compiler options.
 */
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/build/index.mjs';

/** Compiler diagnostics of `source` placed at `relativePath`, checked with the tsconfig of `layer`. */
function diagnosticsOf(layer: string, relativePath: string, source: string): string[] {
  const configPath = path.join(PROJECT_ROOT, layer, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(configPath));
  // Checked in memory: no project build, no output.
  const options: ts.CompilerOptions = { ...parsed.options, composite: false, noEmit: true, emitDeclarationOnly: false };
  const probePath = path.join(PROJECT_ROOT, relativePath);
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => (path.resolve(file) === probePath ? source : readFile(file));
  host.fileExists = (file) => path.resolve(file) === probePath || ts.sys.fileExists(file);
  host.getSourceFile = (file, language, ...rest) =>
    path.resolve(file) === probePath
      ? ts.createSourceFile(file, source, language)
      : getSourceFile(file, language, ...rest);
  const program = ts.createProgram([probePath], options, host);
  const probe = program.getSourceFile(probePath);
  if (!probe) throw new Error(`probe ${relativePath} not in the program`);
  return [...program.getSyntacticDiagnostics(probe), ...program.getSemanticDiagnostics(probe)].map((diagnostic) =>
    ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
  );
}

const APPS_SCRIPT = 'export function flush(): void {\n  SpreadsheetApp.flush();\n}\n';
const DOM = 'export const title: string = document.title;\n';
const NODE = 'export const home: string | undefined = process.env.HOME;\n';

const LAYERS = [
  {
    layer: 'src/core',
    probe: 'src/core/layerProbe.ts',
    sees: 'nothing but ES2020',
    allowed: null,
    forbidden: { SpreadsheetApp: APPS_SCRIPT, document: DOM, process: NODE },
  },
  {
    layer: 'src',
    probe: 'src/server/layerProbe.ts',
    sees: 'Apps Script',
    allowed: APPS_SCRIPT,
    forbidden: { document: DOM, process: NODE },
  },
  {
    layer: 'sidebar',
    probe: 'sidebar/layerProbe.ts',
    sees: 'the DOM',
    allowed: DOM,
    forbidden: { SpreadsheetApp: APPS_SCRIPT, process: NODE },
  },
];

describe.each(LAYERS)('$layer sees $sees', ({ layer, probe, allowed, forbidden }) => {
  it.each(Object.entries(forbidden))('a file using %s fails to type-check', (name, source) => {
    const errors = diagnosticsOf(layer, probe, source);
    expect(errors.some((error) => error.includes(`Cannot find name '${name}'`))).toBe(true);
  });

  it('a file using only what the layer may use type-checks', () => {
    const source = allowed ?? 'export const half = (x: number): number => x / 2;\n';
    expect(diagnosticsOf(layer, probe, source)).toEqual([]);
  });
});
