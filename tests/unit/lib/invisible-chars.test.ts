import { describe, expect, it } from 'vitest';
import { firstInvisible, showInvisible, withoutInvisible } from '@/lib/invisible-chars';

describe('invisible-chars', () => {
  it.each([
    ['Daily \u202EtxeN', 'Daily txeN', 'U+202E'],
    ['\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee', 'abcde', 'U+202A'],
    ['\u2066a\u2067b\u2068c\u2069', 'abc', 'U+2066'],
    ['zero\u200Bwidth\u200C\u200D\u200E\u200F', 'zerowidth', 'U+200B'],
    ['\uFEFFbom inside\uFEFF', 'bom inside', 'U+FEFF'],
    ['bell\u0007 escape\u001B[31m del\u007F c1\u0085\u009B', 'bell escape[31m del c1', 'U+0007'],
    ['carriage\rreturn', 'carriagereturn', 'U+000D'],
    ['tab\tand\nnewline stay', 'tab\tand\nnewline stay', null],
    ['Agencia EFE — Ciudad de México', 'Agencia EFE — Ciudad de México', null],
    ['عربي نص', 'عربي نص', null],
  ])('invisible-chars: %j becomes %j', (text, expected, first) => {
    expect(withoutInvisible(text)).toBe(expected);
    expect(firstInvisible(text)).toBe(first);
  });

  it('invisible-chars: an error message shows them written out, so they cannot reorder it', () => {
    expect(showInvisible('report\u202Etxt.exe')).toBe('report<U+202E>txt.exe');
  });
});
