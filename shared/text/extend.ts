// Growing a hit to the unit a researcher codes: the sentence, paragraph or
// speaker turn around it. Ranges are UTF-16, half-open.
import type { Range } from '../search/findHits';
import { DEFAULT_SPEAKER_PATTERN } from './segments';

export type Extent = 'hit' | 'sentence' | 'paragraph' | 'turn';

export function paragraphAround(text: string, r: Range): Range {
  const before = text.lastIndexOf('\n\n', r.start - 1);
  const after = text.indexOf('\n\n', r.end);
  return trim(text, { start: before < 0 ? 0 : before + 2, end: after < 0 ? text.length : after });
}

export function sentenceAround(text: string, r: Range): Range {
  const para = paragraphAround(text, r);
  let start = para.start;
  // The last sentence end (. ! ? … followed by space) before the hit starts a sentence.
  const ends = /[.!?…]["'”»)]*\s+/g;
  ends.lastIndex = para.start;
  for (let m = ends.exec(text); m && m.index + m[0].length <= r.start; m = ends.exec(text)) start = m.index + m[0].length;
  ends.lastIndex = r.end;
  const next = ends.exec(text);
  const end = next && next.index < para.end ? next.index + next[0].trimEnd().length : para.end;
  return trim(text, { start, end: Math.max(end, r.end) });
}

export function extendRange(text: string, r: Range, extent: Extent, turns: Range[] = []): Range {
  switch (extent) {
    case 'hit':
      return r;
    case 'sentence':
      return withoutLabel(text, sentenceAround(text, r), r);
    case 'paragraph':
      return withoutLabel(text, paragraphAround(text, r), r);
    case 'turn': {
      const turn = turns.find((t) => t.start <= r.start && r.end <= t.end);
      return withoutLabel(text, turn ? trim(text, turn) : paragraphAround(text, r), r);
    }
  }
}

/** "Interviewer: …" — the speaker label is not part of what the speaker said. */
function withoutLabel(text: string, range: Range, hit: Range): Range {
  const label = DEFAULT_SPEAKER_PATTERN.exec(text.slice(range.start, Math.min(range.end, range.start + 80)));
  if (!label) return range;
  const start = range.start + label[0].length;
  return start <= hit.start ? trim(text, { start, end: range.end }) : range;
}

/** Merge overlapping or touching ranges (one excerpt per stretch of text). */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

function trim(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
