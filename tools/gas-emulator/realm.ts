/**
 * Values crossing between JavaScript realms (the host running the tests and the
 * `node:vm` context running the bundle).
 *
 * A `Date` or an array made in one realm fails `instanceof Date` / `instanceof
 * Array` in the other. Apps Script code legitimately uses `instanceof Date` on
 * cell values, so everything the emulator hands to a realm is rebuilt with that
 * realm's own constructors, and everything it receives is recognised by brand
 * (`Object.prototype.toString`), never by `instanceof`.
 */
import vm from 'node:vm';

/** Constructors of one realm, used to rebuild values for it. */
export interface Realm {
  /** A new `Date` of this realm at `time` (ms since the epoch). */
  date(time: number): Date;
  /** A new array of this realm holding `items`. */
  array<T>(items: readonly T[]): T[];
  /** A new plain object of this realm with the same own enumerable entries. */
  object(entries: Record<string, unknown>): Record<string, unknown>;
  /** The same error rebuilt as an `Error` of this realm (message and name kept). */
  error(error: unknown): unknown;
}

/** The realm of the code importing this module (tests, preview). */
export const hostRealm: Realm = {
  date: (time) => new Date(time),
  array: (items) => Array.from(items),
  object: (entries) => ({ ...entries }),
  error: (error) => {
    if (!isError(error) || (error as unknown) instanceof Error) return error;
    const foreign: Error = error;
    const rebuilt = new Error(foreign.message);
    rebuilt.name = foreign.name;
    rebuilt.stack = foreign.stack;
    return rebuilt;
  },
};

/** Builds the realm adapter of a `vm` context, from helper functions compiled inside it. */
export function createVmRealm(context: vm.Context): Realm {
  const makeDate = vm.runInContext('(function (t) { return new Date(t); })', context) as (t: number) => Date;
  const makeArray = vm.runInContext('(function (a) { return Array.from(a); })', context) as <T>(a: readonly T[]) => T[];
  const makeObject = vm.runInContext('(function (o) { return Object.assign({}, o); })', context) as (
    o: Record<string, unknown>,
  ) => Record<string, unknown>;
  const makeError = vm.runInContext('(function (m, n) { var e = new Error(m); e.name = n; return e; })', context) as (
    message: string,
    name: string,
  ) => Error;
  return {
    date: makeDate,
    array: makeArray,
    object: makeObject,
    error: (error) => {
      if (!isError(error)) return error;
      const rebuilt = makeError(error.message, error.name);
      rebuilt.stack = error.stack;
      return rebuilt;
    },
  };
}

/** True for a `Date` of any realm. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** True for an `Error` of any realm. */
export function isError(value: unknown): value is Error {
  return Object.prototype.toString.call(value) === '[object Error]';
}

/** True for an object literal (`{}` or `Object.create(null)`) of any realm. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  if (Object.prototype.toString.call(value) !== '[object Object]') return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * Deep copy of a value into `realm`: arrays, plain objects and `Date`s are
 * rebuilt there; primitives and every other object (emulator objects,
 * functions) are passed through unchanged.
 */
export function copyIntoRealm(value: unknown, realm: Realm): unknown {
  if (isDate(value)) return realm.date(value.getTime());
  if (Array.isArray(value)) return realm.array(value.map((item) => copyIntoRealm(item, realm)));
  if (isPlainObject(value)) {
    const entries: Record<string, unknown> = {};
    for (const key of Object.keys(value)) entries[key] = copyIntoRealm(value[key], realm);
    return realm.object(entries);
  }
  return value;
}

/**
 * Makes a value coming out of the bundle usable with the host's `instanceof`,
 * `toEqual` and `Date` methods: `Date`s, arrays and plain objects of any realm
 * become host ones, deeply. Everything else is returned unchanged.
 */
export function toHost<T = unknown>(value: unknown): T {
  return copyIntoRealm(value, hostRealm) as T;
}
