// Speaker turns in plain transcripts. Each style is one regular expression
// run over the whole normalised text with the `m` flag; a match must begin a
// line. Named groups: `name` (required, or group 1 for plain patterns) and
// `time` (optional). The text is never rewritten: segments point into it.
import type { ImportSegment, StructuredText } from './types';
import { parseTimecode } from './timecode';

export type SpeakerStyleId =
  | 'time-line-name'
  | 'name-time-line'
  | 'stamp-colon'
  | 'name-stamp'
  | 'bold'
  | 'heading'
  | 'bracket'
  | 'colon'
  | 'custom';

export interface SpeakerStyle {
  id: SpeakerStyleId;
  /** What the label looks like, for the "confirm speaker pattern" UI. */
  example: string;
  pattern: RegExp;
}

// A speaker label: starts with a letter or digit, then up to 39 more of
// letters, digits, marks, spaces and the punctuation real names use
// ("Ashlee Kupor (SL)", "Saurabh Swaroop’s iPad", "P3", "Dr. Ruiz").
const NAME = String.raw`(?<name>[\p{L}\p{N}][\p{L}\p{M}\p{N} .'’()&_\-]{0,39}?)`;
const TIME = String.raw`(?<time>\d{1,2}:\d{1,2}(?::\d{1,2})?(?:[.,]\d{1,3})?)`;
const SP = '[ \\t]';

function style(id: SpeakerStyleId, example: string, source: string): SpeakerStyle {
  return { id, example, pattern: new RegExp(source, 'gmu') };
}

/** Order breaks ties: more specific shapes first, the bare "Name:" last. */
export const SPEAKER_STYLES: readonly SpeakerStyle[] = [
  // Teams transcript pasted into Word: "0:0:37.100" line, then the name line, then text.
  style('time-line-name', '0:01:02.300⏎Name', String.raw`^${SP}*${TIME}${SP}*\n${SP}*${NAME}${SP}*$`),
  // Newer Teams / Trint: "Name   0:03" alone on a line.
  style('name-time-line', 'Name  0:03', String.raw`^${SP}*${NAME}${SP}+\(?${TIME}\)?${SP}*$`),
  style('stamp-colon', '[00:12:03] Name: text', String.raw`^${SP}*[\[(]${TIME}[\])]${SP}*${NAME}${SP}*:(?=${SP}|$)`),
  // Trint: "Name [00:01:02] text"; the closing bracket is sometimes lost in editing.
  style('name-stamp', 'Name [00:01:02] text', String.raw`^${SP}*${NAME}${SP}+[\[(]${TIME}[\])]?(?=${SP}|$)`),
  style('bold', '**Name** text', String.raw`^${SP}*\*\*${NAME}${SP}*:?\*\*${SP}*:?(?=${SP}|$)`),
  style('heading', '### Name', String.raw`^#{1,6}${SP}+${NAME}${SP}*:?${SP}*#*${SP}*$`),
  // QualCoder-style "[id1] text"; must start with a letter so timestamps do not count.
  style('bracket', '[P1] text', String.raw`^${SP}*\[(?=\p{L})${NAME}\](?=${SP}|$)`),
  // "Interviewer: …", "I:", "P3:", "ANA:", "Interviewer1 :" (French spacing).
  style('colon', 'Name: text', String.raw`^${SP}*${NAME}${SP}*:(?=${SP}|$)`),
];

export function speakerStyle(id: SpeakerStyleId): SpeakerStyle | undefined {
  return SPEAKER_STYLES.find((s) => s.id === id);
}

/** A user-edited pattern: group `name` or group 1 is the speaker. */
export function customSpeakerStyle(pattern: RegExp | string): SpeakerStyle {
  const re = typeof pattern === 'string' ? new RegExp(pattern, 'u') : pattern;
  return { id: 'custom', example: re.source, pattern: re };
}

interface Label {
  lineStart: number;
  speaker: string;
  timeMs: number | null;
  /** Heading level, so "# Title" and "### Speaker" are told apart. */
  level: number;
}

function withFlags(re: RegExp): RegExp {
  const flags = new Set([...re.flags, 'g', 'm']);
  return new RegExp(re.source, [...flags].join(''));
}

function cleanName(raw: string): string | null {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (!name || name.length > 40 || name.split(' ').length > 6) return null;
  return name;
}

function findLabels(text: string, pattern: RegExp): Label[] {
  const out: Label[] = [];
  let lastLine = -1;
  for (const m of text.matchAll(withFlags(pattern))) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    // Labels open a line; a custom pattern without ^ must not split mid-line.
    if (lineStart === lastLine || text.slice(lineStart, m.index).trim() !== '') continue;
    const speaker = cleanName(m.groups?.name ?? m[1] ?? '');
    if (!speaker) continue;
    const time = m.groups?.time;
    const hashes = /^#+/.exec(m[0]);
    out.push({ lineStart, speaker, timeMs: time ? parseTimecode(time) : null, level: hashes ? hashes[0].length : 0 });
    lastLine = lineStart;
  }
  return out;
}

export interface StyleScore {
  style: SpeakerStyle;
  /** Label lines whose speaker occurs at least twice. */
  score: number;
  speakers: string[];
}

/** Every built-in style that finds repeated labels, best first. */
export function rankSpeakerStyles(text: string): StyleScore[] {
  const out: StyleScore[] = [];
  for (const s of SPEAKER_STYLES) {
    let labels = findLabels(text, s.pattern);
    if (s.id === 'heading') labels = dominantHeadingLevel(labels);
    const counts = new Map<string, number>();
    for (const l of labels) counts.set(l.speaker, (counts.get(l.speaker) ?? 0) + 1);
    let score = 0;
    for (const n of counts.values()) if (n >= 2) score += n;
    if (score > 0) out.push({ style: headingStyleFor(s, labels), score, speakers: [...counts.keys()] });
  }
  // Stable sort keeps SPEAKER_STYLES order among equal scores.
  return out.sort((a, b) => b.score - a.score);
}

/**
 * The style a researcher would expect: the one whose repeated labels cover the
 * most lines. Null when labels are too rare to be speakers (a stray "Note:").
 */
export function detectSpeakerStyle(text: string): SpeakerStyle | null {
  const best = rankSpeakerStyles(text)[0];
  if (!best) return null;
  const lines = text.split('\n').filter((l) => l.trim()).length;
  return best.score >= 2 && best.score >= lines * 0.05 ? best.style : null;
}

/** Only headings of the level that repeats most are speakers ("# Transcript" is a title). */
function dominantHeadingLevel(labels: Label[]): Label[] {
  const byLevel = new Map<number, number>();
  for (const l of labels) byLevel.set(l.level, (byLevel.get(l.level) ?? 0) + 1);
  let level = 0;
  let most = 0;
  for (const [lv, n] of byLevel) if (n > most) [level, most] = [lv, n];
  return labels.filter((l) => l.level === level);
}

function headingStyleFor(s: SpeakerStyle, labels: Label[]): SpeakerStyle {
  const level = labels[0]?.level ?? 0;
  if (s.id !== 'heading' || !level) return s;
  const hashes = '#'.repeat(level);
  return { ...s, example: `${hashes} Name`, pattern: new RegExp(s.pattern.source.replace('#{1,6}', `${hashes}(?!#)`), 'gmu') };
}

/**
 * Segments for `text`: each turn runs from its label line to just before the
 * next label, so unlabelled follow-on paragraphs stay with their speaker;
 * text before the first label (titles, notes) becomes paragraph segments.
 */
export function findTurns(text: string, speakers: SpeakerStyle | RegExp | null): StructuredText {
  const pattern = speakers instanceof RegExp ? speakers : speakers?.pattern;
  const labels = pattern ? findLabels(text, pattern) : [];
  const segments: ImportSegment[] = paragraphs(text, 0, labels[0]?.lineStart ?? text.length);
  labels.forEach((label, i) => {
    const next = labels[i + 1]?.lineStart ?? text.length;
    const end = trimEnd(text, label.lineStart, next);
    let start = label.lineStart;
    while (start < end && /\s/.test(text[start]!)) start++;
    segments.push({ kind: 'turn', speaker: label.speaker, start, end, timeStartMs: label.timeMs, timeEndMs: null });
  });
  return { text, segments, speakers: [...new Set(labels.map((l) => l.speaker))] };
}

/** Blank-line separated paragraphs inside [from, to), trimmed. */
export function paragraphs(text: string, from: number, to: number): ImportSegment[] {
  const out: ImportSegment[] = [];
  const block = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  block.lastIndex = from;
  for (let m = block.exec(text); m && m.index < to; m = block.exec(text)) {
    const raw = text.slice(m.index, Math.min(m.index + m[0].length, to));
    const body = raw.trim();
    if (!body) continue;
    const start = m.index + (raw.length - raw.trimStart().length);
    out.push({ kind: 'paragraph', speaker: null, start, end: start + body.length, timeStartMs: null, timeEndMs: null });
  }
  return out;
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  return end;
}
