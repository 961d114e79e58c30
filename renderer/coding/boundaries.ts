// Nudging an excerpt's edges one word at a time, always landing on word boundaries.
const WORD = /[\p{L}\p{N}_'’-]/u;
const isWord = (text: string, i: number) => i >= 0 && i < text.length && WORD.test(text[i]!);

export type Edge = 'start' | 'end';
export type Step = 'extend' | 'shrink';

export interface Span {
  start: number;
  end: number;
}

export function stepBoundary(text: string, range: Span, edge: Edge, step: Step): Span {
  let { start, end } = range;
  if (edge === 'start' && step === 'extend') {
    while (start > 0 && !isWord(text, start - 1)) start--;
    while (start > 0 && isWord(text, start - 1)) start--;
  } else if (edge === 'start') {
    let s = start;
    while (s < end && isWord(text, s)) s++;
    while (s < end && !isWord(text, s)) s++;
    if (s < end) start = s;
  } else if (step === 'extend') {
    while (end < text.length && !isWord(text, end)) end++;
    while (end < text.length && isWord(text, end)) end++;
  } else {
    let e = end;
    while (e > start && isWord(text, e - 1)) e--;
    while (e > start && !isWord(text, e - 1)) e--;
    if (e > start) end = e;
  }
  return { start, end };
}
