// Accent- and case-insensitive matching that still reports offsets in the
// original text: fold each character (NFD, drop combining marks, lower-case)
// and remember where every folded unit came from.

export interface Folded {
  text: string;
  /** origin[i] = UTF-16 offset in the original of folded unit i; origin[text.length] = original length. */
  origin: Int32Array;
}

const COMBINING = /\p{M}/u;

export function foldChar(ch: string): string {
  let out = '';
  for (const c of ch.normalize('NFD')) if (!COMBINING.test(c)) out += c;
  return out.toLowerCase();
}

export function fold(text: string): Folded {
  const parts: string[] = [];
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    // ASCII is the common case and folds to itself lower-cased: skip the normaliser.
    const f = ch.length === 1 && ch.charCodeAt(0) < 128 ? ch.toLowerCase() : foldChar(ch);
    parts.push(f);
    for (let k = 0; k < f.length; k++) origin.push(i);
    i += ch.length;
  }
  origin.push(text.length);
  return { text: parts.join(''), origin: Int32Array.from(origin) };
}

/** Fold a query the same way (no offsets needed). */
export const foldQuery = (q: string): string => [...q].map((c) => foldChar(c)).join('');
