// Where a query matches inside one document's text, as original UTF-16 ranges.
// Words, phrases and prefixes match accent- and case-insensitively on word
// boundaries ("tecnologia" finds "tecnología"); regex mode uses the pattern as is.
import { fold, foldQuery } from '../text/fold';

export type SearchMode = 'words' | 'phrase' | 'prefix' | 'regex';

export interface Range {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}_]/u;
const isWordAt = (s: string, i: number) => i >= 0 && i < s.length && WORD.test(s[i]!);

export function queryTerms(query: string, mode: SearchMode): string[] {
  if (mode === 'phrase') return [foldQuery(query.trim().replace(/^"|"$/g, '')).replace(/\s+/g, ' ')].filter(Boolean);
  return query
    .split(/\s+/)
    .map((t) => foldQuery(t.replace(/[*"]/g, '')))
    .filter(Boolean);
}

export function findHits(text: string, query: string, mode: SearchMode): Range[] {
  if (mode === 'regex') {
    let re: RegExp;
    try {
      re = new RegExp(query, 'gu');
    } catch (err) {
      throw new SyntaxError(`not a valid regular expression: ${(err as Error).message}`);
    }
    const out: Range[] = [];
    for (const m of text.matchAll(re)) if (m[0].length > 0) out.push({ start: m.index, end: m.index + m[0].length });
    return out;
  }
  const terms = queryTerms(query, mode);
  if (terms.length === 0) return [];
  const f = fold(text);
  // Collapse runs of whitespace so a phrase matches across line breaks.
  const hay = mode === 'phrase' ? f.text.replace(/\s/g, ' ') : f.text;
  const out: Range[] = [];
  for (const term of terms) {
    for (let at = hay.indexOf(term); at >= 0; at = hay.indexOf(term, at + 1)) {
      const end = at + term.length;
      if (isWordAt(hay, at - 1)) continue;
      let stop = end;
      if (mode === 'prefix') while (isWordAt(hay, stop)) stop++;
      else if (isWordAt(hay, end)) continue;
      out.push({ start: f.origin[at]!, end: f.origin[stop]! });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
