/** Matchers for the core's `PortfolioError` (a message key and its parameters, localised later). */
import { expect } from 'vitest';

/**
 * Matches a `PortfolioError` with message key `key`; with `params`, also its
 * parameters; with `index`, the 0-based row it names.
 */
export function portfolioError(key: string, params?: Record<string, unknown>, index?: number) {
  return expect.objectContaining({
    name: 'PortfolioError',
    key,
    ...(params ? { params } : {}),
    ...(index !== undefined ? { index } : {}),
  });
}
