// Agreement converts offsets from a text's UTF-8 bytes (no JavaScript string of the
// whole corpus); that map must answer exactly as the one built from the string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offsetMap, offsetMapOfUtf8 } from '../../shared/text/codePoints';

function same(text: string) {
  const a = offsetMap(text);
  const b = offsetMapOfUtf8(new TextEncoder().encode(text));
  const cps = [...text].length;
  for (let u = 0; u <= text.length; u++) {
    expect(b.toCodePoint(u)).toBe(a.toCodePoint(u));
    expect(b.splitsPair(u)).toBe(a.splitsPair(u));
  }
  for (let cp = -1; cp <= cps + 1; cp++) expect(b.toUtf16(cp)).toBe(a.toUtf16(cp));
}

describe('offsetMapOfUtf8', () => {
  it('maps around emoji, accents and skin-tone sequences', () => {
    same('Sí 😀 señor, 👍🏽 más — “ok” 🤷‍♀️');
    same('');
    same('plain ascii');
    const m = offsetMapOfUtf8(new TextEncoder().encode('a😀b'));
    expect([m.toCodePoint(0), m.toCodePoint(1), m.toCodePoint(3), m.toCodePoint(4)]).toEqual([0, 1, 2, 3]);
    expect(m.toUtf16(2)).toBe(3);
  });

  it('equals the map built from the string for any well-formed text', () => {
    const unit = fc.constantFrom('a', ' ', 'ñ', '€', '한', '😀', '👍🏽', '\n', '𝄞');
    fc.assert(fc.property(fc.array(unit, { maxLength: 40 }).map((a) => a.join('')), same), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), same), { numRuns: 300 });
  });
});
