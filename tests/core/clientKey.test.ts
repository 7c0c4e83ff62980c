/** The client-key rule: which client cells name the same client. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientKey } from '../../src/core/clientKey';

describe('clientKey', () => {
  it('trims, lower-cases and collapses inner white space (spaces, tabs, non-breaking spaces)', () => {
    expect(clientKey('Ann')).toBe('ann');
    expect(clientKey('ann ')).toBe('ann');
    expect(clientKey(' ANN')).toBe('ann');
    expect(clientKey('Ann  Lee')).toBe('ann lee');
    expect(clientKey('Ann\t\u00a0Lee')).toBe('ann lee');
    expect(clientKey('Anne')).not.toBe(clientKey('Ann'));
  });

  it('reads a number id as its digits', () => {
    expect(clientKey(42)).toBe(clientKey('42'));
  });

  it('is its own key (the sales-log pipeline keeps texts and keys in one table)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
        expect(clientKey(clientKey(text))).toBe(clientKey(text));
      }),
      { numRuns: 500 },
    );
  });
});
