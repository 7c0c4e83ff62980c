/**
 * Errors raised by the emulator.
 *
 * Apps Script service errors have `name === 'Exception'` and a message without
 * prefix, so `String(error)` reads `Exception: <message>` exactly like the real
 * runtime. Emulator limits (an API we did not write, a value we refuse) are
 * plain `Error`s whose message starts with `emulator:` so a failing test says
 * clearly that the emulator, not the product, drew the line.
 */

/** An error shaped like the ones Apps Script services throw. */
export function appsScriptException(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

/** An error about the emulator itself (unsupported API or value). */
export function emulatorError(message: string): Error {
  return new Error(`emulator: ${message}`);
}

/** The error thrown when code calls an Apps Script API the emulator does not provide. */
export function notImplemented(member: string): Error {
  return emulatorError(`${member} is not implemented`);
}

/** The error Apps Script throws when a method gets arguments of the wrong types. */
export function signatureMismatch(member: string, args: readonly unknown[]): Error {
  const types = args.map(describeType).join(',');
  return appsScriptException(`The parameters (${types}) don't match the method signature for ${member}.`);
}

/** Apps Script's way of naming a type in signature errors (number, String, number[][], …). */
function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    const inner = value.length > 0 ? describeType(value[0]) : 'Object';
    return `${inner}[]`;
  }
  if (typeof value === 'string') return 'String';
  if (typeof value === 'object') return 'Object';
  return typeof value;
}
