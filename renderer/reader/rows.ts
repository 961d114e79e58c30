// Turns a document's stored text and segments into what the reader draws: one row
// per segment, with the "Speaker:" label moved to the gutter. Every other code unit
// of the stored text lands in exactly one span, in order, so nothing is lost and
// each span's offsets can later map a selection back to the stored text.
import type { DocumentDetail, Segment } from '../../shared/api/schemas';

export interface TextSpan {
  /** Half-open UTF-16 range into the document's text. */
  start: number;
  end: number;
  /** Whitespace between segments (paragraph breaks), kept so spacing and copy match the source. */
  gap: boolean;
}

export interface ReaderRow {
  key: string;
  speaker: string | null;
  spans: TextSpan[];
}

export interface SpeakerLabel {
  start: number;
  end: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where the "Name: " label of a turn sits. Mirrors shared/text/segments.ts: an
 * optional "[00:12:03]" timestamp (kept in the text), the speaker, a colon and one
 * blank. Returns null when the turn's text does not open with its speaker's label
 * (e.g. speakers that came from metadata), in which case nothing is stripped.
 */
export function findSpeakerLabel(text: string, segment: Pick<Segment, 'start' | 'end' | 'speaker'>): SpeakerLabel | null {
  if (!segment.speaker) return null;
  const head = text.slice(segment.start, Math.min(segment.end, segment.start + segment.speaker.length + 64));
  const label = new RegExp(`^(\\[\\d{1,2}:\\d{2}(?::\\d{2})?\\]\\s*)?${escapeRegExp(segment.speaker)}[ \\t]*:[ \\t]?`, 'u').exec(head);
  if (!label) return null;
  return { start: segment.start + (label[1]?.length ?? 0), end: segment.start + label[0].length };
}

const isBlank = (text: string, start: number, end: number) => /^\s*$/.test(text.slice(start, end));

export function buildRows(doc: Pick<DocumentDetail, 'text' | 'segments'>): ReaderRow[] {
  const { text } = doc;
  const rows: ReaderRow[] = [];
  let cursor = 0;

  // Text no segment covers: blank runs join the row before them (they are the
  // paragraph break); anything else gets a row of its own rather than vanish.
  const uncovered = (start: number, end: number) => {
    if (end <= start) return;
    const gap = isBlank(text, start, end);
    const last = rows.at(-1);
    if (gap && last) last.spans.push({ start, end, gap: true });
    else rows.push({ key: `text-${start}`, speaker: null, spans: [{ start, end, gap }] });
  };

  const segments = [...doc.segments].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const seg of segments) {
    // Clamp so overlapping or out-of-range segments never show text twice.
    const start = Math.min(Math.max(seg.start, cursor), text.length);
    const end = Math.min(Math.max(seg.end, start), text.length);
    uncovered(cursor, start);
    if (end === start) continue;
    const speaker = seg.kind === 'turn' ? seg.speaker : null;
    const label = speaker ? findSpeakerLabel(text, { start, end, speaker }) : null;
    const spans: TextSpan[] = label
      ? [
          { start, end: label.start, gap: false },
          { start: label.end, end, gap: false },
        ].filter((s) => s.end > s.start)
      : [{ start, end, gap: false }];
    rows.push({ key: seg.id, speaker, spans });
    cursor = end;
  }
  uncovered(cursor, text.length);
  return rows;
}

/** The text a reader shows for these rows: the stored text minus the speaker labels. */
export function visibleText(text: string, rows: ReaderRow[]): string {
  return rows.map((r) => r.spans.map((s) => text.slice(s.start, s.end)).join('')).join('');
}
