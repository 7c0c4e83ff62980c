/**
 * The localised sentence of a core error, with column roles and settings
 * parts named in the user's language.
 */
import type { PortfolioError } from '../errors';
import { COLUMN_ROLES, type ColumnRole } from '../sourceLayout';
import type { Lang } from '../types';
import { formatMessage, type MessageKey, type MessageParams } from './messages';
import { roleName } from './roleNames';
import { isSettingName, settingName } from './settingNames';

/** Parameters that may hold a column role (`roleRequired`, `roleTwice`, `missingCell`). */
const ROLE_PARAMS = ['role', 'first', 'second', 'column'];

function isRole(value: unknown): value is ColumnRole {
  return typeof value === 'string' && (COLUMN_ROLES as readonly string[]).includes(value);
}

/** Parameter naming a part of the settings (`badSettings`). */
const SETTING_PARAM = 'field';

/** The message `key` in `lang`; role parameters, and the settings part of `badSettings`, become their names. */
export function describeMessage(key: MessageKey, params: MessageParams, lang: Lang): string {
  const named: MessageParams = {};
  for (const [name, value] of Object.entries(params)) {
    if (ROLE_PARAMS.includes(name) && isRole(value)) named[name] = roleName(value, lang);
    else if (key === 'badSettings' && name === SETTING_PARAM && isSettingName(value))
      named[name] = settingName(value, lang);
    else named[name] = value;
  }
  return formatMessage(lang, key, named);
}

/** The message of `error` in `lang`; role parameters become role names. */
export function describeError(error: PortfolioError, lang: Lang): string {
  return describeMessage(error.key, error.params, lang);
}
