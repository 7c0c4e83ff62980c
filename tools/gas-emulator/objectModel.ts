/**
 * How emulator objects are handed to code: every Spreadsheet, Sheet, Range,
 * chart and service object is a plain class instance ("raw") wrapped in a Proxy
 * per *view*. The proxy
 * - counts every method call as `Class.method` (for the "constant number of
 *   calls per run" budget),
 * - asks the view's access policy first (AuthMode restrictions),
 * - throws `emulator: Class.method is not implemented` for any other member,
 *   instead of returning `undefined` silently,
 * - rebuilds results (arrays, `Date`s, plain objects, errors) in the view's
 *   realm, and wraps emulator objects it returns in the same view.
 *
 * Members whose name starts with `_` are internal and never reachable through
 * a proxy. Data members without `_` (enums such as `Charts.ChartType`) are
 * readable.
 */
import { emulatorError, notImplemented } from './errors.ts';
import { isDate, isPlainObject, type Realm } from './realm.ts';

/** Base class of every object the emulator hands out. */
export abstract class EmulatorObject {
  /** Apps Script class name, used in call counts and error messages. */
  abstract readonly _className: string;

  /** Apps Script objects print as their class name. */
  toString(): string {
    return this._className;
  }
}

/** Number of calls per `Class.method`. */
export class CallCounter {
  private readonly _counts = new Map<string, number>();

  /** Adds one call of `member` (`Class.method`). */
  count(member: string): void {
    this._counts.set(member, (this._counts.get(member) ?? 0) + 1);
  }

  /** A copy of the counts, keyed by `Class.method`, sorted by key. */
  snapshot(): Record<string, number> {
    const result: Record<string, number> = {};
    for (const key of [...this._counts.keys()].sort()) result[key] = this._counts.get(key) ?? 0;
    return result;
  }

  /** Total number of calls counted. */
  total(): number {
    let sum = 0;
    for (const value of this._counts.values()) sum += value;
    return sum;
  }

  /** Forgets every count. */
  reset(): void {
    this._counts.clear();
  }
}

/** Decides whether a call is allowed; throws (Apps Script style) when it is not. */
export interface AccessPolicy {
  check(className: string, method: string): void;
}

/** The policy of trusted host code: everything is allowed. */
export const allowEverything: AccessPolicy = { check: () => undefined };

/** One way of looking at the emulator objects: a realm, a counter, a policy. */
export interface View {
  readonly realm: Realm;
  readonly counter: CallCounter;
  readonly policy: AccessPolicy;
  /** Non-Apps-Script members visible on given raw objects in this view only. */
  readonly extras: WeakMap<object, Record<string, unknown>>;
  /** Proxy of each raw object in this view (one proxy per object, stable identity). */
  readonly proxies: WeakMap<object, object>;
}

/** Creates a view; `extras` lets the host see emulator controls that scripts must not see. */
export function createView(realm: Realm, counter: CallCounter, policy: AccessPolicy): View {
  return { realm, counter, policy, extras: new WeakMap(), proxies: new WeakMap() };
}

/** Raw object behind each proxy, whatever its view. */
const rawByProxy = new WeakMap<object, object>();

/** Names tools probe on any object (promises, test matchers, React, JSON); they read as absent. */
const TOOLING_PROBES = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'constructor',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
]);

/** The raw object behind a proxy, or the value itself. */
export function unwrap<T>(value: T): T {
  if (value !== null && (typeof value === 'object' || typeof value === 'function')) {
    const raw = rawByProxy.get(value as unknown as object);
    if (raw) return raw as T;
  }
  return value;
}

/** The proxy of `raw` in `view` (created once, then reused). */
export function expose<T extends EmulatorObject>(raw: T, view: View): T {
  const known = view.proxies.get(raw);
  if (known) return known as T;
  const methods = new Map<string, (...args: unknown[]) => unknown>();
  const proxy: T = new Proxy(raw, {
    get(target, prop) {
      if (typeof prop === 'symbol') return undefined;
      const extra = view.extras.get(target);
      if (extra && Object.prototype.hasOwnProperty.call(extra, prop)) return extra[prop];
      if (TOOLING_PROBES.has(prop)) return undefined;
      if (prop.startsWith('_') || !(prop in target)) return missingMember(target._className, prop);
      const value: unknown = Reflect.get(target, prop);
      if (typeof value !== 'function') return exportValue(value, view);
      if (prop in Object.prototype) return value.bind(target);
      let method = methods.get(prop);
      if (!method) {
        method = countedMethod(target, prop, value as (...args: unknown[]) => unknown, view, () => proxy);
        methods.set(prop, method);
      }
      return method;
    },
    set(target, prop) {
      throw emulatorError(`cannot assign ${target._className}.${String(prop)}`);
    },
    has(target, prop) {
      return typeof prop === 'string' && !prop.startsWith('_') && prop in target;
    },
  });
  view.proxies.set(raw, proxy);
  rawByProxy.set(proxy, raw);
  return proxy;
}

/** A stand-in for a member the emulator lacks: calling it says so. */
function missingMember(className: string, prop: string): () => never {
  return () => {
    throw notImplemented(`${className}.${prop}`);
  };
}

/** Wraps one method: policy, count, unwrap arguments, export result, realm errors. */
function countedMethod(
  target: EmulatorObject,
  prop: string,
  method: (...args: unknown[]) => unknown,
  view: View,
  self: () => unknown,
): (...args: unknown[]) => unknown {
  const member = `${target._className}.${prop}`;
  return (...args: unknown[]) => {
    let result: unknown;
    try {
      view.policy.check(target._className, prop);
      view.counter.count(member);
      result = method.apply(target, args.map(unwrap));
    } catch (error) {
      throw view.realm.error(error);
    }
    return result === target ? self() : exportValue(result, view);
  };
}

/** Rebuilds a value for the view: emulator objects (raw or from any view) wrapped, containers and dates copied. */
export function exportValue(input: unknown, view: View): unknown {
  if (input === null || typeof input !== 'object') return input;
  const value = unwrap(input);
  if (value instanceof EmulatorObject) return expose(value, view);
  if (isDate(value)) return view.realm.date(value.getTime());
  if (Array.isArray(value)) return view.realm.array(value.map((item) => exportValue(item, view)));
  if (isPlainObject(value)) {
    const entries: Record<string, unknown> = {};
    for (const key of Object.keys(value)) entries[key] = exportValue(value[key], view);
    return view.realm.object(entries);
  }
  return value;
}
