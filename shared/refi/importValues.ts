// Small translations from REFI-QDA values to Qualia's, kept pure so each rule is
// tested on its own: colours, variable types, code names, and the fixed texts
// a Qualia export puts in Descriptions (shared/refi/qualiaDescriptions.ts).
import type { RefiVariable } from './model';
import { parseWeightsDescription } from './qualiaDescriptions';

/** #rrggbb (lower case) from "#RRGGBB", "RRGGBB", "#RGB", "#AARRGGBB" or "rgb(r,g,b)"; null when unreadable. */
export function normalColour(colour: string | undefined): string | null {
  const t = colour?.trim();
  if (!t) return null;
  let m = /^#?([0-9a-f]{6})$/i.exec(t);
  if (m) return `#${m[1]!.toLowerCase()}`;
  m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(t);
  if (m) return `#${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}`.toLowerCase();
  // .NET writes alpha first.
  m = /^#[0-9a-f]{2}([0-9a-f]{6})$/i.exec(t);
  if (m) return `#${m[1]!.toLowerCase()}`;
  m = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$/i.exec(t);
  if (m) {
    const parts = [m[1], m[2], m[3]].map(Number);
    if (parts.every((n) => n <= 255)) return `#${parts.map((n) => n.toString(16).padStart(2, '0')).join('')}`;
  }
  return null;
}

export interface FieldSpec {
  type: 'text' | 'number' | 'date' | 'choice';
  choices: string[];
  /** A value as Qualia stores it. */
  value(v: string | null): string | null;
}

/**
 * Variable → descriptor field. Integer and Float are numbers, Date and DateTime
 * dates, Boolean a choice of true/false; Text is text, or a choice when its
 * Description lists the choices the way a Qualia export writes them.
 */
export function fieldSpec(v: RefiVariable): FieldSpec {
  const same = (x: string | null) => x;
  switch (v.type) {
    case 'Integer':
    case 'Float':
      return { type: 'number', choices: [], value: same };
    case 'Date':
    case 'DateTime':
      return { type: 'date', choices: [], value: same };
    case 'Boolean':
      return { type: 'choice', choices: ['true', 'false'], value: (x) => (x === null ? null : x === '1' ? 'true' : x === '0' ? 'false' : x) };
    default: {
      const listed = /^Choices: (\[.*\])$/s.exec(v.description?.trim() ?? '');
      if (listed) {
        try {
          const choices = JSON.parse(listed[1]!) as unknown;
          if (Array.isArray(choices) && choices.every((c) => typeof c === 'string')) return { type: 'choice', choices, value: same };
        } catch {
          // Not a list after all: plain text.
        }
      }
      return { type: 'text', choices: [], value: same };
    }
  }
}

/**
 * A code name Qualia can hold: trimmed, never empty, and without " > " (which
 * separates levels in code paths everywhere in Qualia).
 */
export function cleanCodeName(name: string): string {
  const t = name.replace(/\s+/g, ' ').trim().replace(/ > /g, ' › ');
  return t || '(unnamed code)';
}

/** The first free name: "Name", then "Name (2)", … */
export function uniqueName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let i = 2; taken.has(name); i++) name = `${wanted} (${i})`;
  taken.add(name);
  return name;
}

export interface DocumentDescription {
  kind: 'interview' | 'survey' | 'fieldnote' | null;
  sourceName: string | null;
  /** Whatever else the Description says (kept as a memo). */
  rest: string;
}

/** A TextSource Description: the "Kind: …" / "Source file: …" lines a Qualia export writes, and the rest. */
export function parseSourceDescription(description: string | undefined): DocumentDescription {
  const out: DocumentDescription = { kind: null, sourceName: null, rest: '' };
  if (!description) return out;
  const rest: string[] = [];
  for (const line of description.split('\n')) {
    const kind = /^Kind: (interview|survey|fieldnote)$/.exec(line);
    const file = /^Source file: (.+)$/.exec(line);
    if (kind && out.kind === null) out.kind = kind[1] as DocumentDescription['kind'];
    else if (file && out.sourceName === null) out.sourceName = file[1]!;
    else rest.push(line);
  }
  out.rest = rest.join('\n').trim();
  return out;
}

/** A selection Description: coding weights (as a Qualia export writes them, code GUIDs lower-cased) and the remaining text. */
export function splitSelectionDescription(description: string | undefined): { weights: Map<string, number>; rest: string } {
  const found = parseWeightsDescription(description);
  const weights = new Map([...found].filter(([, w]) => Number.isFinite(w)).map(([g, w]) => [g.replace(/^\{(.*)\}$/, '$1').toLowerCase(), w]));
  const rest = (description ?? '')
    .split('\n')
    .filter((line) => !/^weight=\S+ code=\S+/i.test(line))
    .join('\n')
    .trim();
  return { weights, rest };
}
