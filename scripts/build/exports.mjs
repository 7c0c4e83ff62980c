/**
 * Reads the exports of the server entry (`src/main.ts`) with the TypeScript
 * compiler API: export names, parameter names and JSDoc, following
 * re-exports (`export { X } from './x'`, `export * from './y'`) to the
 * declaration. Only syntax and module resolution are used (no type check),
 * so this stays fast.
 */
import path from 'node:path';
import ts from 'typescript';
import { BuildError } from './errors.mjs';

/**
 * @typedef {object} EntryExport
 * @property {string} name the exported name (the Apps Script global)
 * @property {'function' | 'value'} kind `value` = not a function (gets no stub)
 * @property {{ name: string, rest: boolean }[]} params the declaration's parameters, in order
 * @property {string | null} jsdoc the JSDoc block (`/** … *\/`), re-indented to column 0
 * @property {string[]} jsdocParams names given by its `@param` tags, in order
 * @property {boolean} customFunction whether the JSDoc has a `@customfunction` tag
 * @property {string} where `file:line` of the declaration, relative to the project root
 */

const COMPILER_OPTIONS = {
  target: ts.ScriptTarget.ES2020,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  resolveJsonModule: true,
  noEmit: true,
  noLib: true,
  types: [],
};

/**
 * Lists the value exports of `entry` (type-only exports are left out).
 * @param {string} entry absolute path of the entry module
 * @param {string} root project root, for the `where` of each export
 * @returns {EntryExport[]} in the order TypeScript lists them
 */
export function listEntryExports(entry, root) {
  const program = ts.createProgram({ rootNames: [entry], options: COMPILER_OPTIONS });
  const checker = program.getTypeChecker();
  const sourceFile = program.getSourceFile(entry);
  const moduleSymbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
  if (!moduleSymbol) {
    throw new BuildError(`${path.relative(root, entry)} exports nothing: it must export every Apps Script global`);
  }
  return checker
    .getExportsOfModule(moduleSymbol)
    .map((symbol) => ({ name: symbol.name, target: resolveAlias(checker, symbol) }))
    .filter(({ target }) => (target.flags & ts.SymbolFlags.Value) !== 0)
    .map(({ name, target }) => describeExport(name, target, root));
}

/** Follows `export { X } from`, `import X; export { X }` chains to the declared symbol. */
function resolveAlias(checker, symbol) {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** @returns {EntryExport} */
function describeExport(name, symbol, root) {
  const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
  const sourceFile = declaration.getSourceFile();
  const { line } = sourceFile.getLineAndCharacterOfPosition(declaration.getStart(sourceFile));
  const where = `${path.relative(root, sourceFile.fileName)}:${line + 1}`;
  const fn = functionOf(declaration);
  const jsDoc = closestJsDoc(declaration);
  const tags = jsDoc?.tags ?? [];
  return {
    name,
    kind: fn ? 'function' : 'value',
    params: fn ? parametersOf(fn, name, where) : [],
    jsdoc: jsDoc ? reindent(sourceFile.text.slice(jsDoc.pos, jsDoc.end)) : null,
    jsdocParams: tags.filter(ts.isJSDocParameterTag).map((tag) => tag.name.getText(sourceFile)),
    customFunction: tags.some((tag) => tag.tagName.text.toLowerCase() === 'customfunction'),
    where,
  };
}

/**
 * The function node behind a declaration: `function f() {}` or
 * `const f = () => {}` / `const f = function () {}`; `undefined` otherwise.
 */
function functionOf(declaration) {
  if (ts.isFunctionDeclaration(declaration)) return declaration;
  if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
    const init = declaration.initializer;
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
  }
  return undefined;
}

/** Parameter names of `fn`, without a TypeScript `this` parameter. */
function parametersOf(fn, exportName, where) {
  return fn.parameters
    .filter((param) => !(ts.isIdentifier(param.name) && param.name.text === 'this'))
    .map((param) => {
      if (!ts.isIdentifier(param.name)) {
        throw new BuildError(
          `${exportName} (${where}): destructured parameters cannot be copied to an Apps Script stub; use plain names`,
        );
      }
      return { name: param.name.text, rest: param.dotDotDotToken !== undefined };
    });
}

/**
 * The JSDoc block right above the declaration (for `const f = …`, the one
 * above the `const` statement); the last one when there are several.
 */
function closestJsDoc(declaration) {
  const blocks = ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc);
  return blocks.at(-1);
}

/** Moves a JSDoc block to column 0: ` * ` on every inner line. */
function reindent(block) {
  return block
    .split(/\r?\n/)
    .map((line, index) => {
      const trimmed = line.trim();
      if (index === 0) return trimmed;
      return trimmed.startsWith('*') ? ` ${trimmed}` : ` * ${trimmed}`;
    })
    .join('\n');
}
