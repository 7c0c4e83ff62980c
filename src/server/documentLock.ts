/**
 * The spreadsheet's document lock around a run that writes sheets, so that
 * two runs (an analysis, an exercise) never interleave.
 */
import { PortfolioError } from '../core/errors';

/** Milliseconds a run waits for another one to finish before giving up with `busy`. */
const LOCK_WAIT_MS = 30_000;

/** Runs `body` holding the spreadsheet's document lock and releases it after. Throws `busy` when the lock stays taken. */
export function underDocumentLock<T>(body: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new PortfolioError('busy');
  try {
    return body();
  } finally {
    lock.releaseLock();
  }
}
