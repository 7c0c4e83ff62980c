/**
 * Cell styles the emulator records (one layer each), their defaults as Apps
 * Script reports them, and the values Apps Script accepts. `null` resets a
 * style to its default.
 */
import { appsScriptException } from './errors.ts';

/** A style value as stored: colour, keyword or wrap flag. */
export type StyleValue = string | number | boolean;

interface StyleRule {
  /** What a getter returns for an unstyled cell. */
  readonly defaultValue: StyleValue;
  /** Accepted keywords; absent = any string. */
  readonly keywords?: readonly string[];
  readonly type: 'string' | 'number' | 'boolean';
}

export const STYLE_RULES = {
  fontWeight: { defaultValue: 'normal', keywords: ['bold', 'normal'], type: 'string' },
  background: { defaultValue: '#ffffff', type: 'string' },
  horizontalAlignment: {
    defaultValue: 'general',
    keywords: ['left', 'center', 'right', 'normal', 'general'],
    type: 'string',
  },
  wrap: { defaultValue: false, type: 'boolean' },
} as const satisfies Record<string, StyleRule>;

export type StyleName = keyof typeof STYLE_RULES;

export const STYLE_NAMES = Object.keys(STYLE_RULES) as StyleName[];

/**
 * Checks a style value; returns what to store (`undefined` = back to default).
 * Keywords are case-insensitive, as in Apps Script.
 */
export function checkedStyle(name: StyleName, value: unknown): StyleValue | undefined {
  if (value === null || value === undefined) return undefined;
  const rule: StyleRule = STYLE_RULES[name];
  if (typeof value !== rule.type) throw appsScriptException(`Invalid argument: ${name}`);
  if (rule.keywords && typeof value === 'string') {
    const keyword = value.toLowerCase();
    if (!rule.keywords.includes(keyword)) throw appsScriptException(`Invalid argument: ${name}`);
    return keyword;
  }
  return value as StyleValue;
}
