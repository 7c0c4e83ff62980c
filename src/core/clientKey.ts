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

const WHITE_SPACE_RUN = /[\s\u00a0\u202f\u2009\u2007]+/g;

/** The key of a (non-blank) client cell under the rule above. Example: `clientKey(' Ann  LEE ')` = `'ann lee'`. */
export function clientKey(cell: Cell): string {
  return String(cell).replace(WHITE_SPACE_RUN, ' ').trim().toLowerCase();
}
