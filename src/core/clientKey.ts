/**
 * The client-key rule: which client cells name the same client.
 *
 * Two cells name the same client when their texts are equal once trimmed,
 * lower-cased and with every run of inner white space (spaces, tabs,
 * non-breaking spaces) collapsed to one space: "Ann", "ann " and " ANN"
 * are one client, "Ann Lee" and "Ann  Lee" too. A number cell reads as its
 * digits (the id 42 and the text "42" are one client). The spelling shown
 * for the client is the first one met.
 */
import type { Cell } from './cells';
import { toText } from './builtins';

const WHITE_SPACE_RUN = /[\s\u00a0\u202f\u2009\u2007]+/g;

/** The key of a (non-blank) client cell under the rule above. Example: `clientKey(' Ann  LEE ')` = `'ann lee'`. */
export function clientKey(cell: Cell): string {
  const text = typeof cell === 'string' ? cell : toText(cell);
  return (hasOnlySingleSpaces(text) ? text : text.replace(WHITE_SPACE_RUN, ' ').trim()).toLowerCase();
}

/**
 * True when `text` has no white space to fold: its only white space is single
 * ASCII spaces between other characters (the common "Ann Lee", "C-0042").
 * Spares the regular expression for nearly every client.
 */
function hasOnlySingleSpaces(text: string): boolean {
  let previousIsSpace = true;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (previousIsSpace) return false;
      previousIsSpace = true;
    } else if (code < 33 || (code > 126 && code < 161) || code > 5759) {
      // Control characters and every white space but the ASCII space: U+0085, U+00A0 and all beyond U+167F
      // (U+1680, U+2000–200A, U+2028/9, U+202F, U+205F, U+3000, U+FEFF) take the regular expression.
      return false;
    } else {
      previousIsSpace = false;
    }
  }
  return !previousIsSpace;
}
