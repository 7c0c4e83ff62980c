/**
 * Reads and checks the Apps Script manifest (`appsscript.json`), which the
 * build copies unchanged next to `Code.js`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BuildError } from './errors.mjs';

/**
 * @param {string} manifestPath absolute path of `appsscript.json`
 * @returns {string} the file's text, once checked
 * @throws {BuildError} when the manifest is missing, not JSON, not V8, has
 *   an `addOns` section (custom functions need an Editor add-on, which has
 *   none), or leaves the scopes to Apps Script's detection (no `oauthScopes`)
 */
export function readManifest(manifestPath) {
  const name = path.basename(manifestPath);
  if (!fs.existsSync(manifestPath)) throw new BuildError(`${name} is missing`);
  const text = fs.readFileSync(manifestPath, 'utf8');
  let manifest;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    throw new BuildError(`${name} is not valid JSON: ${error.message}`);
  }
  const problems = [];
  if (manifest.runtimeVersion !== 'V8') problems.push('runtimeVersion must be "V8"');
  if ('addOns' in manifest) problems.push('no "addOns" section: this is an Editor add-on');
  if (!Array.isArray(manifest.oauthScopes) || manifest.oauthScopes.length === 0) {
    problems.push('oauthScopes must list the scopes explicitly (least privilege)');
  }
  if (problems.length > 0) throw new BuildError(`${name} is not valid for this add-on`, problems);
  return text;
}
