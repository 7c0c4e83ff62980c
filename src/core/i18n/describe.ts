/**
 * The localised sentence of a core error, with column roles named in the user's language.
 */
import type { PortfolioError } from '../errors';
import { COLUMN_ROLES, type ColumnRole } from '../sourceLayout';
import type { Lang } from '../types';
import { formatMessage, type MessageParams } from './messages';
import { roleName } from './roleNames';

function isRole(value: unknown): value is ColumnRole {
  return typeof value === 'string' && (COLUMN_ROLES as readonly string[]).includes(value);
}

/** The message of `error` in `lang`; role parameters (`role`, `first`, `second`) become role names. */
export function describeError(error: PortfolioError, lang: Lang): string {
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(error.params)) {
    params[name] = ['role', 'first', 'second'].includes(name) && isRole(value) ? roleName(value, lang) : value;
  }
  return formatMessage(lang, error.key, params);
}
