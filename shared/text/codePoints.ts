// Offsets are stored in UTF-16 code units (what JavaScript strings index by) but
// reported to researchers in Unicode code points (what Python and R index by).
// These helpers are the only place the two meet.

/** Number of Unicode code points in `text`. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Converts between UTF-16 offsets and code-point offsets of one text. Built once
 * per document so converting many excerpts stays linear.
 */
export interface OffsetMap {
  toCodePoint(utf16: number): number;
  /** Null when `cp` is past the end of the text. */
  toUtf16(cp: number): number | null;
  /** True when `utf16` falls between the two halves of a surrogate pair. */
  splitsPair(utf16: number): boolean;
}

export function offsetMap(text: string): OffsetMap {
  // Only texts with astral characters (emoji, rare CJK) need a table.
  const astral: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        astral.push(i);
        i++;
      }
    }
  }
  return mapOfAstral(astral, text.length);
}

/**
 * The same map from a text's UTF-8 bytes (valid UTF-8, as SQLite stores text), so
 * a caller that needs only offsets need not build a JavaScript string of a whole
 * corpus. A four-byte sequence is the one astral character, two UTF-16 units.
 */
export function offsetMapOfUtf8(bytes: Uint8Array): OffsetMap {
  const astral: number[] = [];
  let u = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80 || (b >= 0xc0 && b < 0xf0)) u++;
    else if (b >= 0xf0) {
      astral.push(u);
      u += 2;
    }
    // 0x80–0xBF continue a sequence already counted.
  }
  return mapOfAstral(astral, u);
}

/** `astral`: UTF-16 offsets where surrogate pairs start, ascending; `length`: UTF-16 length. Keeps no text alive. */
function mapOfAstral(astral: number[], length: number): OffsetMap {
  const total = length - astral.length;
  // Number of pairs starting before utf16 offset u.
  const pairsBefore = (u: number) => {
    let lo = 0;
    let hi = astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (astral[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  if (astral.length === 0) return { toCodePoint: (u) => u, toUtf16: (cp) => (cp < 0 || cp > total ? null : cp), splitsPair: () => false };
  return {
    toCodePoint: (u) => u - pairsBefore(u),
    toUtf16(cp) {
      if (cp < 0 || cp > total) return null;
      // Find the utf16 offset u with u - pairsBefore(u) = cp (u never inside a pair).
      let lo = cp;
      let hi = Math.min(length, cp + astral.length);
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (mid - pairsBefore(mid) < cp) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
    splitsPair: (u) => {
      const k = pairsBefore(u);
      return k > 0 && astral[k - 1] === u - 1;
    },
  };
}
