/**
 * Node side of the shim: answers a call from the page with the server code,
 * as the reply the page shim expects. The value crosses as `google.script.run`
 * carries it: a JSON copy, or `null` when it holds a `Date` anywhere.
 */

/**
 * @param {{ call(name: string, ...args: unknown[]): unknown }} server e.g. the emulator's loaded bundle
 * @param {string} name server function
 * @param {unknown[]} args arguments, already copied by the page shim
 * @returns {Promise<{ ok: true, value: unknown } | { ok: false, error: { name: string, message: string } }>}
 */
export async function answerCall(server, name, args) {
  try {
    const value = await server.call(name, ...args);
    return { ok: true, value: wireValue(value) };
  } catch (error) {
    return { ok: false, error: { name: 'ScriptError', message: messageOf(error) } };
  }
}

/**
 * A server result as the page receives it: `undefined` stays so, a value
 * holding a `Date` (of any realm) becomes `null`, anything else its JSON copy.
 * @param {unknown} value
 */
export function wireValue(value) {
  if (value === undefined) return undefined;
  if (holdsDate(value)) return null;
  return JSON.parse(JSON.stringify(value));
}

function holdsDate(value) {
  if (Object.prototype.toString.call(value) === '[object Date]') return true;
  if (value === null || typeof value !== 'object') return false;
  return Object.values(value).some(holdsDate);
}

/** The message of a thrown value, from this realm or another one (`node:vm`). */
function messageOf(error) {
  if (error !== null && typeof error === 'object' && typeof error.message === 'string') return error.message;
  return String(error);
}
