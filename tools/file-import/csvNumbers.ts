/**
 * Numbers written as text in a CSV file, read the way a spreadsheet import
 * reads them in the file's convention: decimal comma (`1 234,50`, `12,5`,
 * `1.234,50`) or decimal point (`1,234.50`, `12.5`), with an optional minus
 * sign, currency sign (`€`, `$`, `£`, before or after) or percent sign.
 */

/** The character between the whole and the fractional part. */
export type DecimalSeparator = ',' | '.';

const CURRENCY_SIGNS = ['€', '$', '£'];

/** Digits beyond which a number would lose precision (order numbers, card numbers stay text). */
const MAX_SIGNIFICANT_DIGITS = 15;

/** Thousands grouping by spaces (plain, no-break, narrow no-break), e.g. `1 234 567`. */
const SPACE_GROUPED = /^\d{1,3}(?:( |\u00a0|\u202f)\d{3})(?:\1\d{3})*$/;
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+$/;
const PLAIN_DIGITS = /^\d*$/;

/** A number's text split into its sign, its digits and separators, and its percent sign. */
interface NumberText {
  negative: boolean;
  percent: boolean;
  /** Digits with separators, e.g. `1 234,50`. */
  body: string;
}

/**
 * The value of `text` in the given convention, or `null` when it is not a
 * number there. Stays text (`null`): a leading `+` (phone numbers such as
 * `+33612345678`), a whole part with a leading zero (`06 12 34 56 78`,
 * `0612345678`, postal code `01000`; `0,5` is a number), more than 15
 * significant digits, groups that are not of three digits, exponents.
 * In the decimal-comma convention, `.` groups thousands only next to a
 * decimal comma (`1.234,50`; a bare `1.234` stays text). Percentages are
 * divided by 100 (`12,5 %` → 0.125). Negative zero becomes 0.
 */
export function parseLocaleNumber(text: string, decimal: DecimalSeparator): number | null {
  const parts = splitNumberText(text);
  if (parts === null) return null;
  const decimalAt = parts.body.lastIndexOf(decimal);
  const whole = decimalAt < 0 ? parts.body : parts.body.slice(0, decimalAt);
  const fraction = decimalAt < 0 ? '' : parts.body.slice(decimalAt + 1);
  const wholeDigits = groupedDigits(whole, decimal, fraction !== '');
  if (wholeDigits === null || !/^\d*$/.test(fraction)) return null;
  if (decimalAt >= 0 && fraction === '') return null;
  if (wholeDigits === '' && fraction === '') return null;
  if (wholeDigits.length > 1 && wholeDigits.startsWith('0')) return null;
  if ((wholeDigits + fraction).replace(/^0+/, '').length > MAX_SIGNIFICANT_DIGITS) return null;
  const exponent = parts.percent ? 'e-2' : '';
  const magnitude = Number(`${wholeDigits || '0'}.${fraction || '0'}${exponent}`);
  if (magnitude === 0) return 0;
  return parts.negative ? -magnitude : magnitude;
}

/**
 * Which decimal separator `text` proves, if any: `12,5`, `0,75 €`, `1 234,50`
 * and `1.234,50` prove a comma; `12.5`, `1,234.50` a point. A single separator
 * followed by exactly three digits (`1,234`, `1.234`) proves nothing.
 */
export function decimalSeparatorEvidence(text: string): DecimalSeparator | null {
  const parts = splitNumberText(text);
  if (parts === null) return null;
  const body = parts.body;
  const single = /^\d+([.,])(\d+)$/.exec(body);
  if (single !== null) return single[2]?.length === 3 ? null : (single[1] as DecimalSeparator);
  const grouped = /^\d{1,3}(?:([ \u00a0\u202f.,])\d{3})(?:\1\d{3})*([.,])\d+$/.exec(body);
  if (grouped !== null && grouped[1] !== grouped[2]) return grouped[2] as DecimalSeparator;
  return null;
}

/**
 * Strips the sign, currency and percent signs around a number's digits.
 * `null` when they do not fit: a `+` sign, two currency signs, currency and
 * percent together, or a body with anything but digits and separators.
 */
function splitNumberText(text: string): NumberText | null {
  let rest = text.trim().replace(/\u2212/g, '-');
  let negative = false;
  let currency = false;
  let percent = false;
  if (rest.startsWith('-')) {
    negative = true;
    rest = rest.slice(1).trimStart();
  }
  if (CURRENCY_SIGNS.includes(rest.charAt(0))) {
    currency = true;
    rest = rest.slice(1).trimStart();
    if (!negative && rest.startsWith('-')) {
      negative = true;
      rest = rest.slice(1).trimStart();
    }
  }
  const last = rest.charAt(rest.length - 1);
  if (last === '%') {
    percent = true;
    rest = rest.slice(0, -1).trimEnd();
  } else if (CURRENCY_SIGNS.includes(last) && !currency) {
    currency = true;
    rest = rest.slice(0, -1).trimEnd();
  }
  if (percent && currency) return null;
  if (!/^[\d\s.,]+$/.test(rest)) return null;
  return { negative, percent, body: rest };
}

/**
 * The digits of a whole part written with or without thousands separators,
 * or `null` when its grouping is not allowed in the convention.
 */
function groupedDigits(whole: string, decimal: DecimalSeparator, hasFraction: boolean): string | null {
  if (PLAIN_DIGITS.test(whole)) return whole;
  const allowed =
    decimal === '.' ? COMMA_GROUPED.test(whole) : SPACE_GROUPED.test(whole) || (hasFraction && DOT_GROUPED.test(whole));
  return allowed ? whole.replace(/\D/g, '') : null;
}
