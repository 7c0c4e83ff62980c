/**
 * The few built-ins that run once per cell, as module constants. Inside a
 * `node:vm` context (the Apps Script emulator that the tests and the bench
 * run the bundle in), every lookup of a global such as `Date` or `Number`
 * goes through an interceptor, about thirty times slower than reading a
 * constant of the bundle: the per-row paths read these instead.
 */

/** The `Date` constructor, for `instanceof` tests. */
export const DateType = Date;

/** `-Infinity`. */
export const NEGATIVE_INFINITY = -Infinity;

/** `String(value)`: the text of a cell that is not a text. */
export const toText = String;

/** `Math.imul`: the low 32 bits of a product, for hashing. */
export const multiply32 = Math.imul;

/** `Number.isFinite`. */
export const isFiniteNumber = Number.isFinite;

/** `Number.isNaN`. */
export const isNotANumber = Number.isNaN;

/** `Number.isInteger`. */
export const isWholeNumber = Number.isInteger;

/** `Object.prototype.toString`, for the type tag of a value from another realm. */
export const typeTagOf = (value: unknown): string => objectToString.call(value);

const objectToString = Object.prototype.toString;
