/**
 * The top-level function stubs appended to `Code.js`. Apps Script only sees
 * top-level `function` declarations, and Sheets' autocomplete reads the JSDoc
 * right above them; esbuild keeps neither, so each export of the entry gets
 *
 *     /** …its JSDoc… *\/
 *     function NAME(a, b) { return ClientPortfolio.NAME(a, b); }
 */

/** Name of the global object the IIFE bundle assigns the entry's exports to. */
export const GLOBAL_NAME = 'ClientPortfolio';

/**
 * One stub per function export; exports that are not functions get none
 * (the bundle check then reports them).
 * @param {import('./exports.mjs').EntryExport[]} entryExports
 * @returns {{ names: string[], code: string }} stub names and their source text
 */
export function renderStubs(entryExports) {
  const functions = entryExports.filter((entry) => entry.kind === 'function');
  const code = functions.map(renderStub).join('\n\n');
  return { names: functions.map((entry) => entry.name), code };
}

/** @param {import('./exports.mjs').EntryExport} entry */
function renderStub(entry) {
  const params = entry.params.map((param) => (param.rest ? `...${param.name}` : param.name)).join(', ');
  const declaration = `function ${entry.name}(${params}) { return ${GLOBAL_NAME}.${entry.name}(${params}); }`;
  return entry.jsdoc ? `${entry.jsdoc}\n${declaration}` : declaration;
}
