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

// Accented letters repeat endlessly in a corpus: fold each distinct one once.
const folded = new Map<string, string>();

function foldCached(ch: string): string {
  let f = folded.get(ch);
  if (f === undefined) {
    f = foldChar(ch);
    if (folded.size < 50_000) folded.set(ch, f);
  }
  return f;
}

export function fold(text: string): Folded {
  const parts: string[] = [];
  // Folding rarely changes the length (Hangul syllables, for one, grow): grow on demand.
  let origin = new Int32Array(text.length + 1);
  let n = 0;
  let run = 0;
  // ASCII is the common case and folds to itself lower-cased: whole runs at once, no normaliser.
  const flush = (end: number) => {
    if (end <= run) return;
    parts.push(text.slice(run, end).toLowerCase());
    for (let k = run; k < end; k++) origin[n++] = k;
  };
  for (let i = 0; i < text.length; ) {
    if (text.charCodeAt(i) < 128) {
      i++;
      continue;
    }
    flush(i);
    const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    const f = foldCached(text.slice(i, i + width));
    parts.push(f);
    if (n + f.length + (text.length - i) >= origin.length) {
      const grown = new Int32Array(2 * origin.length + f.length);
      grown.set(origin.subarray(0, n));
      origin = grown;
    }
    for (let k = 0; k < f.length; k++) origin[n++] = i;
    i += width;
    run = i;
  }
  flush(text.length);
  origin[n] = text.length;
  return { text: parts.join(''), origin: origin.slice(0, n + 1) };
}

/** Fold a query the same way (no offsets needed). */
export const foldQuery = (q: string): string => [...q].map((c) => foldChar(c)).join('');
