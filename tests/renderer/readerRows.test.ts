// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../shared/api/schemas';
import { findSegments } from '../../shared/text/segments';
import { buildRows, findSpeakerLabel, visibleText } from '../../renderer/reader/rows';
import { luciaText, withoutLabels } from './fakeClient';

const segmentsOf = (text: string): Segment[] => findSegments(text).map((s, i) => ({ id: `s${i}`, ...s }));

describe('reader rows', () => {
  it('strips only the speaker label and keeps every other character', () => {
    const rows = buildRows({ text: luciaText, segments: segmentsOf(luciaText) });
    expect(rows.map((r) => r.speaker)).toEqual(['Interviewer', 'Lucía', 'Interviewer', 'Lucía']);
    expect(visibleText(luciaText, rows)).toBe(withoutLabels(luciaText));
  });

  it('keeps a timestamp before the label in the text', () => {
    const text = '[00:12:03] Laura: We started in March.\n\n[00:12:09] Interviewer: Why then?';
    const rows = buildRows({ text, segments: segmentsOf(text) });
    expect(rows.map((r) => r.speaker)).toEqual(['Laura', 'Interviewer']);
    expect(visibleText(text, rows)).toBe('[00:12:03] We started in March.\n\n[00:12:09] Why then?');
  });

  it('strips nothing when a turn does not open with its speaker label', () => {
    const text = 'Hello there.';
    expect(findSpeakerLabel(text, { start: 0, end: text.length, speaker: 'Ana' })).toBeNull();
    const rows = buildRows({ text, segments: [{ id: 'a', kind: 'turn', speaker: 'Ana', start: 0, end: text.length }] });
    expect(rows).toEqual([{ key: 'a', speaker: 'Ana', spans: [{ start: 0, end: 12, gap: false }] }]);
  });

  it('keeps text outside segments: blank runs join the row before, other text gets its own row', () => {
    const text = 'Title line\n\nAna: Hi.\n\n(inaudible)\n\nBo: Yes.\n';
    const ana = text.indexOf('Ana');
    const bo = text.indexOf('Bo:');
    const segments: Segment[] = [
      { id: 'ana', kind: 'turn', speaker: 'Ana', start: ana, end: ana + 'Ana: Hi.'.length },
      { id: 'bo', kind: 'turn', speaker: 'Bo', start: bo, end: bo + 'Bo: Yes.'.length },
    ];
    const rows = buildRows({ text, segments });
    expect(rows.map((r) => [r.key, r.speaker])).toEqual([
      ['text-0', null],
      ['ana', 'Ana'],
      ['text-' + (ana + 8), null],
      ['bo', 'Bo'],
    ]);
    expect(visibleText(text, rows)).toBe('Title line\n\nHi.\n\n(inaudible)\n\nYes.\n');
  });

  it('never shows text twice when segments overlap or overrun the text', () => {
    const text = 'abcdefghij';
    const segments: Segment[] = [
      { id: 'a', kind: 'paragraph', speaker: null, start: 0, end: 6 },
      { id: 'b', kind: 'paragraph', speaker: null, start: 4, end: 99 },
    ];
    expect(visibleText(text, buildRows({ text, segments }))).toBe(text);
  });

  it('renders a document without segments as one row', () => {
    const text = 'Just text, 😊 no structure.';
    expect(visibleText(text, buildRows({ text, segments: [] }))).toBe(text);
  });
});
