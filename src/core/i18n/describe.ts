/**
 * The localised sentence of a core error, with column roles named in the user's language.
 */
import type { PortfolioError } from '../errors';
import { COLUMN_ROLES, type ColumnRole } from '../sourceLayout';
import type { Lang } from '../types';
import { formatMessage, type MessageKey, type MessageParams } from './messages';
import { roleName } from './roleNames';

/** Parameters that may hold a column role (`roleRequired`, `roleTwice`, `missingCell`). */
const ROLE_PARAMS = ['role', 'first', 'second', 'column'];

function isRole(value: unknown): value is ColumnRole {
  return typeof value === 'string' && (COLUMN_ROLES as readonly string[]).includes(value);
}

/** The message `key` in `lang`; role parameters become role names. */
export function describeMessage(key: MessageKey, params: MessageParams, lang: Lang): string {
  const named: MessageParams = {};
  for (const [name, value] of Object.entries(params)) {
    named[name] = ROLE_PARAMS.includes(name) && isRole(value) ? roleName(value, lang) : value;
  }
  return formatMessage(lang, key, named);
}

/** The message of `error` in `lang`; role parameters become role names. */
export function describeError(error: PortfolioError, lang: Lang): string {
  return describeMessage(error.key, error.params, lang);
}
