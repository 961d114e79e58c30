// Position units of PlainTextSelections: detection from the data (not `origin`)
// and conversion into Qualia's normalised text, with CRLF, a BOM, emoji and NFD.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../shared/import/normalize';
import { chooseUnit, convertSpans, detectPositions, isBoundary, POSITION_UNITS, type PositionUnit, prepareText, scoreUnits } from '../../shared/refi/positions';
import { LUCIA_LINES, OWEN_LINES, positionsOf } from './fixtures';

const BOM = '\uFEFF';
const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n';
const lf = (lines: string[]) => lines.join('\n') + '\n';

/** Detect, convert, and read back each span's text from the normalised text. */
function readBack(raw: string, spans: { start: number; end: number }[]) {
  const d = detectPositions(raw, spans);
  return { unit: d.unit, texts: d.spans.map((s) => (s.start === null ? null : d.text.normalized.slice(s.start, s.end!))), misaligned: d.misaligned, scores: d.scores };
}

const PHRASES = ['que era ingeniera', 'Fue difícil al principio', 'Hoy enseño robótica', 'niños de la escuela pública', '¿Y hoy?', 'Aprendí con mi abuela'];

describe('position unit detection', () => {
  it('NVivo for Windows: UTF-16 code units over the raw text with a BOM and CRLF (BOM not counted, CRLF as two)', () => {
    const raw = BOM + crlf(LUCIA_LINES);
    const spans = PHRASES.map((p) => positionsOf(raw, p, 'utf16'));
    const r = readBack(raw, spans);
    expect(r.unit).toBe('utf16');
    expect(r.texts).toEqual(PHRASES);
    expect(r.misaligned).toBe(0);
  });

  it('the standard: code points over the raw text (emoji count once)', () => {
    const raw = crlf(LUCIA_LINES);
    const spans = PHRASES.map((p) => positionsOf(raw, p, 'codepoints'));
    const r = readBack(raw, spans);
    expect(r.unit).toBe('codepoints');
    expect(r.texts).toEqual(PHRASES);
  });

  it('code points after folding CRLF into one line end', () => {
    const raw = crlf([...LUCIA_LINES, ...OWEN_LINES]);
    const phrases = [...PHRASES, 'Zoë showed me the new dashboard', 'The café meetings helped'];
    const r = readBack(raw, phrases.map((p) => positionsOf(raw, p, 'codepoints-lf')));
    expect(r.unit).toBe('codepoints-lf');
    expect(r.texts).toEqual(phrases);
  });

  it('UTF-16 after folding CRLF', () => {
    const raw = crlf([...LUCIA_LINES, ...OWEN_LINES]);
    const phrases = [...PHRASES, 'Zoë showed me the new dashboard', 'The café meetings helped'];
    const r = readBack(raw, phrases.map((p) => positionsOf(raw, p, 'utf16-lf')));
    expect(r.unit).toBe('utf16-lf');
    expect(r.texts).toEqual(phrases);
  });

  it('undecidable text (ASCII, LF) is read as code points, the standard unit', () => {
    const raw = lf(['Interviewer: How was it?', 'Sam: Fine, mostly.', 'Interviewer: Mostly?', 'Sam: The first week was hard.']);
    const spans = ['How was it?', 'The first week was hard.'].map((p) => positionsOf(raw, p, 'utf16'));
    const r = readBack(raw, spans);
    expect(r.scores.every((s) => s.aligned === 2)).toBe(true);
    expect(r.unit).toBe('codepoints');
    expect(r.texts).toEqual(['How was it?', 'The first week was hard.']);
  });

  it('is decided over all sources of a file together (one tool wrote them)', () => {
    const a = prepareText(BOM + crlf(LUCIA_LINES));
    const b = prepareText(lf(['Interviewer: How was it?', 'Sam: Fine.']));
    const scoresA = scoreUnits(a, PHRASES.map((p) => positionsOf(BOM + crlf(LUCIA_LINES), p, 'utf16')));
    const scoresB = scoreUnits(b, [{ start: 13, end: 24 }]);
    expect(chooseUnit([scoresB])).toBe('codepoints');
    expect(chooseUnit([scoresA, scoresB])).toBe('utf16');
  });

  it('NFD text (as macOS writes it): positions counted over the NFD code points land on the NFC text', () => {
    const raw = lf(LUCIA_LINES).normalize('NFD');
    const phrases = PHRASES.map((p) => p.normalize('NFD'));
    const r = readBack(raw, phrases.map((p) => positionsOf(raw, p, 'codepoints')));
    expect(r.unit).toBe('codepoints');
    expect(r.texts).toEqual(PHRASES.map((p) => p.normalize('NFC')));
  });
});

describe('span conversion', () => {
  it('clamps an end past the text, refuses a start past it, reports reversed and empty spans', () => {
    const raw = 'Hola, ¿qué tal? 😀';
    const t = prepareText(raw);
    const [clamped, after, reversed, empty] = convertSpans(t, [{ start: 6, end: 99 }, { start: 40, end: 50 }, { start: 5, end: 2 }, { start: 3, end: 3 }], 'codepoints');
    expect(clamped).toMatchObject({ start: 6, end: raw.length, clamped: true, problem: null });
    expect(t.normalized.slice(clamped!.start!, clamped!.end!)).toBe('¿qué tal? 😀');
    expect(after).toMatchObject({ start: null, problem: 'starts-after-text' });
    expect(reversed).toMatchObject({ start: null, problem: 'reversed' });
    expect(empty).toMatchObject({ start: null, problem: 'empty' });
  });

  it('a position inside a surrogate pair or a CRLF widens the span to whole characters and counts as not aligned', () => {
    const raw = 'ab 😀 cd\r\nef';
    const t = prepareText(raw);
    const [inPair, inCrlf] = convertSpans(t, [{ start: 4, end: 8 }, { start: 7, end: 9 }], 'utf16');
    expect(t.normalized.slice(inPair!.start!, inPair!.end!)).toBe('😀 cd');
    expect(inPair!.aligned).toBe(false);
    expect(t.normalized.slice(inCrlf!.start!, inCrlf!.end!)).toBe('d\n');
    expect(inCrlf!.aligned).toBe(false);
  });

  it('word boundaries: letters, digits and marks on both sides are inside a word', () => {
    const s = 'año 2024, niño😀x';
    expect(isBoundary(s, 0)).toBe(true);
    expect(isBoundary(s, 1)).toBe(false);
    expect(isBoundary(s, 3)).toBe(true);
    expect(isBoundary(s, 6)).toBe(false);
    expect(isBoundary(s, s.indexOf('😀'))).toBe(true);
    expect(isBoundary(s, s.indexOf('😀') + 1)).toBe(true);
    expect(isBoundary(s, s.length)).toBe(true);
  });
});

// A text as tokens, so every boundary between tokens is known in every unit and in the normalised text.
const WORDS = ['la', 'formación', 'tecnología', 'niño', 'café', 'Zoë', 'über', 'año', 'ok', '😀', '👩🏽‍🔬', '🤖', 'naïve'];
const token = fc.oneof(
  fc.record({ word: fc.constantFrom(...WORDS), nfd: fc.boolean() }).map(({ word, nfd }) => (nfd ? word.normalize('NFD') : word)),
  fc.constantFrom(' ', ', ', '\r\n', '\n', '\t'),
);

function unitLengthOf(piece: string, unit: PositionUnit): number {
  const t = unit.endsWith('-lf') ? piece.replace(/\r\n?/g, '\n') : piece;
  return unit.startsWith('codepoints') ? [...t].length : t.length;
}

describe('conversion property', () => {
  it('every token boundary, counted in any unit over the raw text, maps to the same boundary of the normalised text', () => {
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 40 }), fc.boolean(), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }), (tokens, bom, pairs) => {
        const raw = (bom ? BOM : '') + tokens.join('');
        const t = prepareText(raw);
        expect(t.normalized).toBe(normalizeText(raw));
        const norm = [0];
        for (const tok of tokens) norm.push(norm[norm.length - 1]! + normalizeText(tok.normalize('NFC')).length);
        for (const unit of POSITION_UNITS) {
          const at = [0];
          for (const tok of tokens) at.push(at[at.length - 1]! + unitLengthOf(tok, unit));
          const spans = pairs
            .map(([a, b]) => [a % (tokens.length + 1), b % (tokens.length + 1)].sort((x, y) => x - y) as [number, number])
            .filter(([a, b]) => norm[b]! > norm[a]!);
          const converted = convertSpans(t, spans.map(([a, b]) => ({ start: at[a]!, end: at[b]! })), unit);
          converted.forEach((c, i) => {
            const [a, b] = spans[i]!;
            expect(c).toMatchObject({ start: norm[a], end: norm[b], problem: null, clamped: false });
          });
        }
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });
});
