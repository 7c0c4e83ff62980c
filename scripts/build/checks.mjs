/**
 * Checks run on the server bundle before anything is written. Each returns
 * a list of problems (one line each); an empty list means the check passed.
 */
import vm from 'node:vm';
import { BuildError } from './errors.mjs';
import { GLOBAL_NAME } from './stubs.mjs';

/** Longest time the bundle may take to load in the check, in milliseconds. */
const LOAD_TIMEOUT_MS = 5000;

/**
 * Custom functions (JSDoc with `@customfunction`) must document every
 * parameter, by its own name, in order: Sheets shows these names while typing.
 * @param {import('./exports.mjs').EntryExport[]} entryExports
 * @returns {string[]} problems
 */
export function checkCustomFunctionDocs(entryExports) {
  return entryExports
    .filter((entry) => entry.customFunction)
    .filter((entry) => entry.jsdocParams.join(',') !== entry.params.map((param) => param.name).join(','))
    .map(
      (entry) =>
        `${entry.name} (${entry.where}): @param names (${entry.jsdocParams.join(', ') || 'none'}) ` +
        `differ from its parameters (${entry.params.map((param) => param.name).join(', ') || 'none'})`,
    );
}

/**
 * Every export of the evaluated bundle needs a stub, and every stub an export.
 * @param {string[]} bundleExports `Object.keys(ClientPortfolio)` after loading the bundle
 * @param {string[]} stubNames
 * @returns {string[]} problems
 */
export function checkStubsMatchExports(bundleExports, stubNames) {
  const withoutStub = bundleExports
    .filter((name) => !stubNames.includes(name))
    .map((name) => `export ${name} has no stub: only exported functions become Apps Script globals`);
  const withoutExport = stubNames
    .filter((name) => !bundleExports.includes(name))
    .map((name) => `stub ${name} has no export in the bundle (declared but not implemented?)`);
  return [...withoutStub, ...withoutExport];
}

/**
 * Loads `code` in an empty `node:vm` context: no Apps Script service exists
 * there, so this proves nothing calls one at load time.
 * @param {string} code the full `Code.js`
 * @returns {string[]} `Object.keys(ClientPortfolio)`
 * @throws {BuildError} when loading throws or defines no `ClientPortfolio`
 */
export function loadBundleExports(code) {
  const context = vm.createContext({});
  try {
    vm.runInContext(code, context, { filename: 'Code.js', timeout: LOAD_TIMEOUT_MS });
  } catch (error) {
    throw new BuildError(
      'Code.js throws when loaded in an empty context (nothing may call an Apps Script service at load time)',
      [`${error?.name ?? 'Error'}: ${error?.message ?? error}`],
    );
  }
  const api = context[GLOBAL_NAME];
  if (api === null || typeof api !== 'object') {
    throw new BuildError(`Code.js defines no ${GLOBAL_NAME} object`);
  }
  return Object.keys(api);
}
