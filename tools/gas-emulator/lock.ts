/**
 * `LockService`: the document lock, shared by every execution on
 * the same spreadsheet. A lock belongs to an *execution* (one `call` of the
 * bundle, or the host test itself); another execution's `waitLock` fails at
 * once with Apps Script's timeout error (nothing runs concurrently here, so
 * waiting could never succeed), and `tryLock` returns `false`. `loadBundle`
 * releases an execution's locks when it ends, as Apps Script does.
 *
 * To simulate a concurrent run, take the lock from the test
 * (`services.LockService.getDocumentLock().waitLock(1000)`) and then call the
 * bundle.
 */
import { appsScriptException, signatureMismatch } from './errors.ts';
import { EmulatorObject } from './objectModel.ts';

/** Who holds a lock: an execution id, or `null`. */
export interface LockState {
  owner: string | null;
}

/** The locks of a spreadsheet: the document lock only (the add-on serialises its runs with it). */
export interface LockStates {
  document: LockState;
}

export function createLockStates(): LockStates {
  return { document: { owner: null } };
}

/** Releases every lock held by `owner` (end of an execution). */
export function releaseLocksOf(states: LockStates, owner: string): void {
  for (const state of [states.document]) {
    if (state.owner === owner) state.owner = null;
  }
}

export class LockServiceModel extends EmulatorObject {
  readonly _className = 'LockService';

  constructor(
    readonly _states: LockStates,
    readonly _execution: () => string,
  ) {
    super();
  }

  getDocumentLock(): LockModel {
    return new LockModel(this._states.document, this._execution);
  }
}

export class LockModel extends EmulatorObject {
  readonly _className = 'Lock';
  private _acquired = false;

  constructor(
    readonly _state: LockState,
    readonly _execution: () => string,
  ) {
    super();
  }

  /** Takes the lock or returns `false` when another execution holds it. */
  tryLock(timeoutInMillis: number): boolean {
    checkTimeout(timeoutInMillis, 'Lock.tryLock');
    const me = this._execution();
    if (this._state.owner !== null && this._state.owner !== me) return false;
    this._state.owner = me;
    this._acquired = true;
    return true;
  }

  /** Takes the lock or throws Apps Script's timeout error when another execution holds it. */
  waitLock(timeoutInMillis: number): void {
    checkTimeout(timeoutInMillis, 'Lock.waitLock');
    if (!this.tryLock(timeoutInMillis))
      throw appsScriptException('Lock timeout: another process was holding the lock for too long.');
  }

  /** True while this lock object holds the lock. */
  hasLock(): boolean {
    return this._acquired && this._state.owner === this._execution();
  }

  releaseLock(): void {
    if (this.hasLock()) this._state.owner = null;
    this._acquired = false;
  }
}

function checkTimeout(timeout: unknown, member: string): void {
  if (!Number.isInteger(timeout) || (timeout as number) < 0) throw signatureMismatch(member, [timeout]);
}
