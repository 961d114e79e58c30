// Words for excerpts and codes, shared by stripes, the inspector and lists.
import type { Code, Coder, Excerpt } from '../../shared/api/schemas';
import { weightLabel } from './weights';

export function codeLabel(code: Code | undefined, weight: number | null): string {
  if (!code) return 'deleted code';
  return code.weight && weight !== null ? `${code.name} (${weightLabel(code.weight, weight)})` : code.name;
}

/** "Mentoring, Technology attitude (+1 supportive) — Ana": a stripe's hover title. */
export function excerptTitle(e: Excerpt, codes: Map<string, Code>, coders: Coder[]): string {
  const names = e.codes.map((c) => codeLabel(codes.get(c.codeId), c.weight)).join(', ');
  const coder = coders.find((c) => c.id === e.coderId)?.name ?? 'unknown coder';
  return `${names} — ${coder}${e.memo ? ' · has a memo' : ''}`;
}

export function clip(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
