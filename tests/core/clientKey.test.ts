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

  it('folds every kind of white space, also next to single spaces (em space, ideographic space, line separator)', () => {
    expect(clientKey('Ann Lee')).toBe('ann lee');
    expect(clientKey('Ann\u2003Lee')).toBe('ann lee');
    expect(clientKey('Ann \u3000Lee')).toBe('ann lee');
    expect(clientKey('\u2028Ann Lee\ufeff')).toBe('ann lee');
    expect(clientKey('ÉLODIE  Ça')).toBe('élodie ça');
  });

  it('is the rule written plainly: white-space runs to one space, trimmed, lower-cased', () => {
    const plainRule = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
    const piece = fc.constantFrom(
      'a',
      'B',
      'é',
      'Ç',
      '4',
      '-',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u2003',
      '\u202f',
      '\u3000',
      '\ufeff',
      '\u0085',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(clientKey(text)).toBe(plainRule(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('is its own key (a key never names another client than its text)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
        expect(clientKey(clientKey(text))).toBe(clientKey(text));
      }),
      { numRuns: 500 },
    );
  });
});
