// What the printable theme report says, worked out once for both renderings:
// the in-app print view and the standalone HTML file. The same passage coded by
// two coders, or under two of the theme's codes, is one quote.
import type { CasesTable, Memo, Theme, ThemeExcerpt } from '../../../shared/api/schemas';
import { descriptorSummary } from '../../format/documentTitle';
import { shortDocument } from '../analysis/excerptRows';

export interface ReportQuote {
  key: string;
  text: string;
  document: string;
  case: string | null;
  speaker: string | null;
  /** e.g. "female, tenure 0.5, novice, Human Resources". */
  descriptors: string;
  coders: string[];
  codes: string[];
  starred: boolean;
}

export interface ThemeReportModel {
  name: string;
  description: string;
  writeUp: string;
  layer: string;
  codes: string[];
  excerpts: number;
  participants: string[];
  starred: ReportQuote[];
  others: ReportQuote[];
}

export function themeReportModel(theme: Theme, excerpts: ThemeExcerpt[], memo: Memo | null, cases: CasesTable, layer: string): ThemeReportModel {
  const quotes = new Map<string, ReportQuote>();
  for (const e of excerpts) {
    const key = `${e.documentId}:${e.start}:${e.end}`;
    let q = quotes.get(key);
    if (!q) {
      const descriptors = descriptorSummary(cases, { id: '', name: e.case ?? '', values: e.descriptors });
      q = { key, text: e.text, document: e.document, case: e.case, speaker: e.speaker, descriptors, coders: [], codes: [], starred: false };
      quotes.set(key, q);
    }
    if (!q.coders.includes(e.coder)) q.coders.push(e.coder);
    if (!q.codes.includes(e.codePath)) q.codes.push(e.codePath);
    q.starred ||= e.starred;
  }
  const all = [...quotes.values()];
  const codes = [...new Set(excerpts.map((e) => e.codePath))];
  return {
    name: theme.name,
    description: theme.description,
    writeUp: memo?.body ?? '',
    layer: layer === 'consensus' ? 'consensus layer' : 'all coders',
    codes,
    excerpts: new Set(excerpts.map((e) => e.excerptId)).size,
    participants: [...new Set(excerpts.map((e) => e.case).filter((c): c is string => c !== null))],
    starred: all.filter((q) => q.starred),
    others: all.filter((q) => !q.starred),
  };
}

/** "Lucía (novice, Sales) · Interview 2 · coded by Ana, Bruno". */
export function attribution(q: ReportQuote): string {
  const who = q.case ? `${q.case}${q.descriptors ? ` (${q.descriptors})` : ''}` : (q.speaker ?? '');
  const speaker = q.speaker && q.speaker !== q.case ? `speaker ${q.speaker}` : '';
  return [who, speaker, shortDocument(q.document, q.case), `coded by ${q.coders.join(', ')}`].filter(Boolean).join(' · ');
}
