// What a PlainTextSelection's startPosition/endPosition count, and where they
// land in Qualia's stored text.
//
// The standard says code points, but real tools differ: NVivo for Windows counts
// UTF-16 code units over the raw file (a CRLF is two, an emoji two, the BOM not
// at all), and a tool may also count after folding CRLF into one line end. The
// `origin` attribute cannot be trusted (files are re-saved by scripts that keep
// it), so the unit is decided from the data: every candidate is tried and the one
// that puts the most span ends on word or line boundaries wins; a tie goes to
// code points, the standard's unit. Spans are then mapped into the normalised text
// (BOM stripped, CRLF → LF, NFC; shared/import/normalize.ts), whose offsets are
// UTF-16 code units like every offset Qualia stores.
import { normalizeText } from '../import/normalize';
import { offsetMap } from '../text/codePoints';

export type PositionUnit = 'codepoints' | 'utf16' | 'codepoints-lf' | 'utf16-lf';

/** Tie-break order: the standard's unit first, then the raw text before the folded one. */
export const POSITION_UNITS: readonly PositionUnit[] = ['codepoints', 'codepoints-lf', 'utf16', 'utf16-lf'];

export const UNIT_LABELS: Record<PositionUnit, string> = {
  codepoints: 'code points',
  'codepoints-lf': 'code points, CRLF counted as one',
  utf16: 'UTF-16 code units',
  'utf16-lf': 'UTF-16 code units, CRLF counted as one',
};

export interface Span {
  start: number;
  end: number;
}

/** A source text prepared once for scoring and converting its spans. */
export interface PreparedText {
  /** The text as decoded, BOM removed. */
  raw: string;
  /** `raw` with CRLF and lone CR as LF. */
  lf: string;
  /** What Qualia stores: `normalizeText(raw)`. */
  normalized: string;
  /** raw UTF-16 index → lf index (a position between CR and LF maps to the LF). */
  rawToLf: Int32Array;
  /** lf index → normalised index, rounding down / up inside characters NFC rewrote. */
  lfToNormFloor: Int32Array | null;
  lfToNormCeil: Int32Array | null;
  rawOffsets: ReturnType<typeof offsetMap>;
  lfOffsets: ReturnType<typeof offsetMap>;
}

export function prepareText(decoded: string): PreparedText {
  const raw = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  const rawToLf = new Int32Array(raw.length + 1);
  const lfParts: string[] = [];
  let j = 0;
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    rawToLf[i] = j;
    if (raw.charCodeAt(i) === 13) {
      lfParts.push(raw.slice(from, i), '\n');
      if (raw.charCodeAt(i + 1) === 10) {
        // The position between CR and LF is inside one line end.
        rawToLf[i + 1] = j;
        i++;
      }
      from = i + 1;
    }
    j++;
  }
  rawToLf[raw.length] = j;
  lfParts.push(raw.slice(from));
  const lf = lfParts.join('');
  const normalized = normalizeText(decoded);
  const prepared: PreparedText = {
    raw,
    lf,
    normalized,
    rawToLf,
    lfToNormFloor: null,
    lfToNormCeil: null,
    rawOffsets: offsetMap(raw),
    lfOffsets: offsetMap(lf),
  };
  if (normalized !== lf) mapThroughNfc(prepared);
  return prepared;
}

/**
 * NFC may merge (e + ◌́ → é) or, rarely, lengthen characters, so offsets after a
 * change shift. NFC never reaches across grapheme clusters in practice; each
 * cluster is normalised on its own and the result checked against the whole.
 */
function mapThroughNfc(t: PreparedText): void {
  const { lf } = t;
  const floor = new Int32Array(lf.length + 1);
  const ceil = new Int32Array(lf.length + 1);
  const pieces: string[] = [];
  let out = 0;
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment, index } of segmenter.segment(lf)) {
    const nfc = segment.normalize('NFC');
    pieces.push(nfc);
    if (nfc === segment) {
      for (let k = 0; k < segment.length; k++) floor[index + k] = ceil[index + k] = out + k;
    } else {
      floor[index] = ceil[index] = out;
      for (let k = 1; k < segment.length; k++) {
        floor[index + k] = out;
        ceil[index + k] = out + nfc.length;
      }
    }
    out += nfc.length;
  }
  floor[lf.length] = ceil[lf.length] = out;
  if (pieces.join('') !== t.normalized) {
    throw new Error('Unicode normalisation of this text cannot be mapped cluster by cluster');
  }
  t.lfToNormFloor = floor;
  t.lfToNormCeil = ceil;
}

/** A span end in the normalised text, or why it has none. */
interface Mapped {
  floor: number;
  ceil: number;
  /** False when the position falls inside a character (surrogate pair, CRLF, NFC-rewritten cluster). */
  exact: boolean;
}

/** Number of units in the text as the unit counts it. */
export function unitLength(t: PreparedText, unit: PositionUnit): number {
  switch (unit) {
    case 'utf16':
      return t.raw.length;
    case 'utf16-lf':
      return t.lf.length;
    case 'codepoints':
      return t.rawOffsets.toCodePoint(t.raw.length);
    case 'codepoints-lf':
      return t.lfOffsets.toCodePoint(t.lf.length);
  }
}

function mapPosition(t: PreparedText, unit: PositionUnit, pos: number): Mapped | null {
  if (pos < 0 || pos > unitLength(t, unit)) return null;
  let lfFloor: number;
  let lfCeil: number;
  let exact = true;
  if (unit === 'utf16' || unit === 'codepoints') {
    let i = unit === 'utf16' ? pos : t.rawOffsets.toUtf16(pos)!;
    if (t.rawOffsets.splitsPair(i)) {
      exact = false;
      i -= 1;
      lfFloor = t.rawToLf[i]!;
      lfCeil = lfFloor + 2;
    } else {
      lfFloor = t.rawToLf[i]!;
      const insideCrlf = i > 0 && t.raw.charCodeAt(i - 1) === 13 && t.raw.charCodeAt(i) === 10;
      if (insideCrlf) exact = false;
      lfCeil = insideCrlf ? lfFloor + 1 : lfFloor;
    }
  } else {
    const i = unit === 'utf16-lf' ? pos : t.lfOffsets.toUtf16(pos)!;
    if (t.lfOffsets.splitsPair(i)) {
      exact = false;
      lfFloor = i - 1;
      lfCeil = i + 1;
    } else {
      lfFloor = lfCeil = i;
    }
  }
  if (!t.lfToNormFloor || !t.lfToNormCeil) return { floor: lfFloor, ceil: lfCeil, exact };
  const floor = t.lfToNormFloor[lfFloor]!;
  const ceil = t.lfToNormCeil[lfCeil]!;
  return { floor, ceil, exact: exact && floor === t.lfToNormCeil[lfFloor] };
}

const WORD = /[\p{L}\p{N}\p{M}]/u;

function codePointBefore(s: string, i: number): string {
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return s.slice(i - 2, i);
  }
  return s.charAt(i - 1);
}

/** True when `i` does not cut through a word (letters, digits, marks on both sides). */
export function isBoundary(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return true;
  const after = String.fromCodePoint(s.codePointAt(i)!);
  return !(WORD.test(codePointBefore(s, i)) && WORD.test(after));
}

export interface UnitScore {
  unit: PositionUnit;
  /** Spans whose both ends fall on word or line boundaries. */
  aligned: number;
  /** Spans that fit in the text at all. */
  inRange: number;
  /** Non-empty spans scored. */
  total: number;
}

/** How well each candidate unit fits these spans on this text. */
export function scoreUnits(t: PreparedText, spans: readonly Span[]): UnitScore[] {
  const usable = spans.filter((s) => s.end > s.start && s.start >= 0);
  return POSITION_UNITS.map((unit) => {
    let aligned = 0;
    let inRange = 0;
    for (const s of usable) {
      const a = mapPosition(t, unit, s.start);
      const b = mapPosition(t, unit, s.end);
      if (!a || !b) continue;
      inRange++;
      if (a.exact && b.exact && isBoundary(t.normalized, a.floor) && isBoundary(t.normalized, b.ceil)) aligned++;
    }
    return { unit, aligned, inRange, total: usable.length };
  });
}

/**
 * The unit that fits best over all sources of one file (one tool wrote them
 * all): most spans in range and aligned; ties go to the earlier unit in
 * POSITION_UNITS, so undecidable files (ASCII, LF) are read as code points.
 */
export function chooseUnit(scores: readonly UnitScore[][]): PositionUnit {
  const sum = (unit: PositionUnit, key: 'aligned' | 'inRange') =>
    scores.reduce((n, list) => n + (list.find((s) => s.unit === unit)?.[key] ?? 0), 0);
  let best: PositionUnit = POSITION_UNITS[0]!;
  for (const unit of POSITION_UNITS) {
    const better = sum(unit, 'aligned') > sum(best, 'aligned') || (sum(unit, 'aligned') === sum(best, 'aligned') && sum(unit, 'inRange') > sum(best, 'inRange'));
    if (better) best = unit;
  }
  return best;
}

export interface ConvertedSpan {
  /** UTF-16 offsets in the normalised text; null when the span cannot be placed. */
  start: number | null;
  end: number | null;
  /** Both ends on word or line boundaries. */
  aligned: boolean;
  /** The end was past the text and was moved to its end. */
  clamped: boolean;
  /** Why the span has no place: it starts at or after the end of the text, or ends before it starts. */
  problem: 'starts-after-text' | 'reversed' | 'empty' | null;
}

/** Map spans counted in `unit` into the normalised text. A span end past the text is clamped to it; a start past it is a problem. */
export function convertSpans(t: PreparedText, spans: readonly Span[], unit: PositionUnit): ConvertedSpan[] {
  const length = unitLength(t, unit);
  return spans.map((s) => {
    if (s.end < s.start) return { start: null, end: null, aligned: false, clamped: false, problem: 'reversed' };
    if (s.end === s.start) return { start: null, end: null, aligned: false, clamped: false, problem: 'empty' };
    if (s.start >= length) return { start: null, end: null, aligned: false, clamped: false, problem: 'starts-after-text' };
    const clamped = s.end > length;
    const a = mapPosition(t, unit, s.start)!;
    const b = mapPosition(t, unit, Math.min(s.end, length))!;
    const start = a.floor;
    const end = b.ceil;
    if (end <= start) return { start: null, end: null, aligned: false, clamped, problem: 'empty' };
    const aligned = a.exact && b.exact && isBoundary(t.normalized, start) && isBoundary(t.normalized, end);
    return { start, end, aligned, clamped, problem: null };
  });
}

export interface SourcePositions {
  unit: PositionUnit;
  scores: UnitScore[];
  spans: ConvertedSpan[];
  /** Placed spans with an end inside a word. */
  misaligned: number;
}

/** One source on its own: score, choose, convert. The importer chooses once per file instead (chooseUnit over all sources). */
export function detectPositions(decoded: string, spans: readonly Span[]): SourcePositions & { text: PreparedText } {
  const text = prepareText(decoded);
  const scores = scoreUnits(text, spans);
  const unit = chooseUnit([scores]);
  const converted = convertSpans(text, spans, unit);
  return { unit, scores, spans: converted, misaligned: converted.filter((c) => c.problem === null && !c.aligned).length, text };
}
