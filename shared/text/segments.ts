// Structure found in a normalised transcript: paragraphs (blank-line separated)
// and, where a paragraph opens with a speaker label, speaker turns.
// Offsets are UTF-16 code units, half-open.

export interface FoundSegment {
  kind: 'paragraph' | 'turn';
  speaker: string | null;
  start: number;
  end: number;
}

/** "Interviewer: …", "P3: …", "ANA: …", "[00:12:03] Laura: …" — a short label then a colon. */
export const DEFAULT_SPEAKER_PATTERN = /^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?([\p{L}\p{N}][\p{L}\p{N} .'’-]{0,39}?):[ \t]/u;

export function findSegments(text: string, speakerPattern: RegExp = DEFAULT_SPEAKER_PATTERN): FoundSegment[] {
  const out: FoundSegment[] = [];
  const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const m of text.matchAll(paragraph)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = m.index + lead;
    const end = start + body.length;
    const label = speakerPattern.exec(body);
    out.push(
      label
        ? { kind: 'turn', speaker: label[1]!.trim(), start, end }
        : { kind: 'paragraph', speaker: null, start, end },
    );
  }
  return out;
}
