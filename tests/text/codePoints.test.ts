import { describe, expect, it } from 'vitest';
import { codePointLength, offsetMap } from '../../shared/text/codePoints';

describe('code point offsets', () => {
  const text = 'Sí 😀 señor, 👍🏽 más';

  it('count code points as Python does', () => {
    expect(codePointLength(text)).toBe([...text].length);
    expect(codePointLength('')).toBe(0);
  });

  it('convert both ways, agreeing with Array.from indexing', () => {
    const m = offsetMap(text);
    const chars = [...text];
    let u = 0;
    chars.forEach((ch, cp) => {
      expect(m.toCodePoint(u)).toBe(cp);
      expect(m.toUtf16(cp)).toBe(u);
      expect(m.splitsPair(u)).toBe(false);
      if (ch.length === 2) expect(m.splitsPair(u + 1)).toBe(true);
      u += ch.length;
    });
    expect(m.toUtf16(chars.length)).toBe(text.length);
    expect(m.toUtf16(chars.length + 1)).toBeNull();
    expect(m.toUtf16(-1)).toBeNull();
  });

  it('are the identity for text without astral characters', () => {
    const m = offsetMap('tecnología');
    for (let i = 0; i <= 10; i++) {
      expect(m.toCodePoint(i)).toBe(i);
      expect(m.toUtf16(i)).toBe(i);
    }
  });
});
