/**
 * What `google.script.run` does to a value passed between the sidebar and the
 * server (arguments and results alike).
 *
 * Documented rule (HTML service reference, `google.script.run`): legal values
 * are numbers, booleans, strings, `null`, and arrays and objects made of them;
 * "Requests fail if you attempt to pass a Date, Function, DOM element besides a
 * form, or other prohibited type, including prohibited types inside objects or
 * arrays. Objects that create circular references will also fail, and
 * undefined fields within arrays become null"; return values have the same
 * restrictions. Observed in practice: a server result holding a `Date` reaches
 * the success handler as `null` as a whole.
 *
 * `simulateScriptRun` returns a deep copy (host realm) of a legal value:
 * `undefined` inside arrays becomes `null`, `undefined` object fields are
 * dropped, a top-level `undefined` stays `undefined`. For an illegal value
 * (`Date`, function, symbol, bigint, `Map`, class instance, non-finite number)
 * it throws, naming the path (`illegal: 'throw'`, the default: tests should
 * fail loudly), or returns `null` for the whole value (`illegal: 'null'`, what
 * a real sidebar sees). Circular references always throw.
 */
import { isDate, isPlainObject } from './realm.ts';

export interface ScriptRunOptions {
  illegal?: 'throw' | 'null';
}

class IllegalValue extends Error {}

/** The value as the other side of `google.script.run` receives it. */
export function simulateScriptRun<T = unknown>(value: unknown, options: ScriptRunOptions = {}): T {
  if (value === undefined) return undefined as T;
  try {
    return copy(value, 'value', new Set()) as T;
  } catch (error) {
    if (error instanceof IllegalValue && options.illegal === 'null') return null as T;
    throw error;
  }
}

function copy(value: unknown, path: string, ancestors: Set<object>): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new IllegalValue(`google.script.run cannot carry the number ${value} (at ${path})`);
    return value;
  }
  if (typeof value !== 'object')
    throw new IllegalValue(`google.script.run cannot carry a ${typeof value} (at ${path})`);
  if (ancestors.has(value)) throw new Error(`google.script.run cannot carry a circular reference (at ${path})`);
  if (isDate(value))
    throw new IllegalValue(`google.script.run cannot carry a Date (at ${path}); send an ISO string or a number`);
  ancestors.add(value);
  try {
    if (Array.isArray(value))
      return value.map((item, i) => (item === undefined ? null : copy(item, `${path}[${i}]`, ancestors)));
    if (!isPlainObject(value))
      throw new IllegalValue(`google.script.run cannot carry a ${Object.prototype.toString.call(value)} (at ${path})`);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (value[key] !== undefined) out[key] = copy(value[key], `${path}.${key}`, ancestors);
    }
    return out;
  } finally {
    ancestors.delete(value);
  }
}
