/**
 * Errors raised by the core on bad input. They carry a message key and its
 * parameters, never a ready-made sentence: adapters localise them with
 * `formatMessage` and add where the input came from (function, argument, row).
 */
import { formatMessage, type MessageKey, type MessageParams } from './i18n/messages';

/** A bad input value or setting. `index` is the 0-based position in the input column, when one is at fault. */
export class PortfolioError extends Error {
  readonly key: MessageKey;
  readonly params: MessageParams;
  readonly index: number | undefined;

  constructor(key: MessageKey, params: MessageParams = {}, index?: number) {
    super(formatMessage('en', key, params));
    this.name = 'PortfolioError';
    this.key = key;
    this.params = params;
    this.index = index;
  }

  /** The same error attached to position `index` of a column. */
  at(index: number): PortfolioError {
    return new PortfolioError(this.key, this.params, index);
  }
}

/** True for errors of the core (as opposed to programming errors). */
export function isPortfolioError(error: unknown): error is PortfolioError {
  return error instanceof PortfolioError;
}
