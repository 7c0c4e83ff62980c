/** The error a call throws. */

/** The error `call` throws; fails the test when it returns, naming what it returned. */
export function thrownBy(call: () => unknown): Error {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    return error as Error;
  }
  throw new Error(`expected the call to throw; it returned ${JSON.stringify(result)}`);
}
