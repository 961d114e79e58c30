// UTF-16 → code-point offsets. Excerpts are stored in UTF-16 code units (what
// JavaScript strings index by); agreement counts Unicode code points of the
// stored normalised text. Converting is the caller's job; these helpers do it.

/**
 * map[i] = number of code points in text.slice(0, i), for i = 0 … text.length.
 * An offset that falls between the two halves of a surrogate pair maps to the
 * code point the pair forms (the same value as the offset just before it).
 */
export function utf16ToCodePointOffsets(text: string): Uint32Array {
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        map[i + 1] = cp;
        i++;
      }
    }
    cp++;
  }
  map[text.length] = cp;
  return map;
}

/** Converts a half-open UTF-16 range with a map from `utf16ToCodePointOffsets`. */
export function toCodePointRange(map: Uint32Array, start: number, end: number): { start: number; end: number } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end >= map.length) {
    throw new RangeError(`UTF-16 range [${start}, ${end}) is outside a text of ${map.length - 1} code units`);
  }
  return { start: map[start]!, end: map[end]! };
}
