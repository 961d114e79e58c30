// Shared by WebVTT and SubRip: cue blocks → cleaned cue text → transcript.
//
// Design choice (documented for researchers): consecutive cues by the same
// speaker are merged into one turn, written as one line "Speaker: text…",
// because captions break sentences every few seconds and coding across those
// breaks is painful. A cue without a speaker continues the previous speaker
// (that is how Zoom, SubRip "Name:" prefixes and never-closed <v> tags are
// written). Cues before any speaker is known stay one paragraph each. Each
// segment keeps the start of its first cue and the end of its last.
import type { ImportSegment, StructuredText } from './types';
import { parseTimecode } from './timecode';

export interface Cue {
  startMs: number;
  endMs: number;
  /** Raw payload lines, tags and all. */
  payload: string;
  /** 1-based line of the timing line, for messages. */
  line: number;
}

export interface CueParse {
  cues: Cue[];
  warnings: string[];
}

const TS = String.raw`(?:\d{1,3}:)?\d{1,2}:\d{1,2}[.,]\d{1,3}`;
const TIMING = new RegExp(String.raw`^\s*(${TS})\s*-->\s*(${TS})(?:\s.*)?$`);

/**
 * Splits cue blocks. Tolerant on purpose: a missing blank line before the next
 * numeric id, a missing blank line at EOF, and (for VTT) NOTE/STYLE/REGION
 * blocks are all accepted. `text` must already use LF line endings.
 */
export function parseCueBlocks(text: string, opts: { skipBlocks: RegExp | null }): CueParse {
  const lines = text.split('\n');
  const cues: Cue[] = [];
  const warnings: string[] = [];
  let current: { cue: Cue; body: string[] } | null = null;
  let skipping = false;
  let atBlockStart = true;
  const finish = () => {
    if (current) cues.push({ ...current.cue, payload: current.body.join('\n') });
    current = null;
  };
  lines.forEach((line, idx) => {
    const timing = TIMING.exec(line);
    if (timing && !skipping) {
      // A numeric id glued to the previous cue (blank line missing) is not text.
      if (current && current.body.length > 1 && /^\s*\d+\s*$/.test(current.body[current.body.length - 1]!)) current.body.pop();
      finish();
      const startMs = parseTimecode(timing[1]!) ?? 0;
      const endMs = parseTimecode(timing[2]!) ?? startMs;
      if (endMs < startMs) warnings.push(`line ${idx + 1}: cue ends before it starts`);
      current = { cue: { startMs, endMs, payload: '', line: idx + 1 }, body: [] };
      atBlockStart = false;
      return;
    }
    if (!line.trim()) {
      finish();
      skipping = false;
      atBlockStart = true;
      return;
    }
    if (current) current.body.push(line);
    else if (atBlockStart && opts.skipBlocks?.test(line)) skipping = true;
    else if (!skipping && !isCueId(lines, idx)) warnings.push(`line ${idx + 1}: text outside any cue was ignored`);
    atBlockStart = false;
  });
  finish();
  return { cues, warnings };
}

function isCueId(lines: string[], idx: number): boolean {
  const next = lines[idx + 1];
  return next !== undefined && TIMING.test(next);
}

export interface CuePiece {
  speaker: string | null;
  text: string;
}

const VOICE = /<v(?:\.[^\s>]*)?(?:[ \t]+([^>]*))?>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f' };
// Same shape as the "colon" speaker style: a short name, then a colon.
const NAME_PREFIX = /^(?:>>\s*)?([\p{L}\p{N}][\p{L}\p{M}\p{N} .'’()&_\-]{0,39}?)[ \t]*:[ \t]+(?=\S)/u;

/** Cue payload → speaker pieces (a cue may hold several <v> spans) with plain text. */
export function cuePieces(payload: string): CuePiece[] {
  const pieces: CuePiece[] = [];
  const marks = [...payload.matchAll(VOICE)];
  const spans =
    marks.length === 0
      ? [{ speaker: null as string | null, raw: payload }]
      : [
          { speaker: null as string | null, raw: payload.slice(0, marks[0]!.index) },
          ...marks.map((m, i) => ({
            speaker: (m[1] ?? '').trim() || null,
            raw: payload.slice(m.index + m[0].length, marks[i + 1]?.index ?? payload.length),
          })),
        ];
  for (const span of spans) {
    let text = plainText(span.raw);
    if (!text) continue;
    let speaker = span.speaker ? plainText(span.speaker) : null;
    if (!speaker) {
      const prefix = NAME_PREFIX.exec(text);
      if (prefix && prefix[1]!.trim().split(/\s+/).length <= 6) {
        speaker = prefix[1]!.trim();
        text = text.slice(prefix[0].length);
      }
    }
    pieces.push({ speaker, text });
  }
  return pieces;
}

/** Strip markup (<c>, <i>, <b>, <00:00:01.000>, SSA {\an8}), decode entities, unwrap lines. */
export function plainText(raw: string): string {
  return raw
    .replace(/<[^>\n]*>/g, '')
    .replace(/\{\\[^}\n]*\}/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ent: string) => {
      if (ent[0] === '#') {
        const cp = ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
        return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
      }
      return ENTITIES[ent.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]*\n[ \t]*/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim()
    .normalize('NFC');
}

/** Builds the stored text and its segments from cues (see the header comment). */
export function cuesToTranscript(cues: Cue[]): StructuredText {
  interface Group {
    speaker: string | null;
    texts: string[];
    startMs: number;
    endMs: number;
  }
  const groups: Group[] = [];
  let speaker: string | null = null;
  for (const cue of cues) {
    for (const piece of cuePieces(cue.payload)) {
      speaker = piece.speaker ?? speaker;
      const last = groups[groups.length - 1];
      if (last && speaker !== null && last.speaker === speaker) {
        last.texts.push(piece.text);
        last.endMs = Math.max(last.endMs, cue.endMs);
      } else groups.push({ speaker, texts: [piece.text], startMs: cue.startMs, endMs: cue.endMs });
    }
  }
  let text = '';
  const segments: ImportSegment[] = [];
  for (const g of groups) {
    if (text) text += '\n\n';
    const start = text.length;
    text += (g.speaker ? `${g.speaker}: ` : '') + g.texts.join(' ');
    segments.push({
      kind: g.speaker ? 'turn' : 'paragraph',
      speaker: g.speaker,
      start,
      end: text.length,
      timeStartMs: g.startMs,
      timeEndMs: g.endMs,
    });
  }
  const speakers = [...new Set(groups.flatMap((g) => (g.speaker ? [g.speaker] : [])))];
  return { text, segments, speakers };
}
