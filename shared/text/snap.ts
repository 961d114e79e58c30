// Selections snap to whole words by default: no half-words in an excerpt.
const WORD = /[\p{L}\p{N}_'’-]/u;

export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  while (s > 0 && WORD.test(text[s - 1]!) && WORD.test(text[s]!)) s--;
  while (e < text.length && WORD.test(text[e]!) && WORD.test(text[e - 1]!)) e++;
  return { start: s, end: e };
}
