import { describe, expect, it } from 'vitest';
import { cuePieces, plainText } from '../../shared/import/cues';
import { parseTranscript } from '../../shared/import/index';
import { isNormalized } from '../../shared/import/normalize';
import { cp1252, crlf, fixtureBytes, fixtureText, thrown, utf8, UTF8_BOM, withBom } from './helpers';

const view = (r: { text: string; segments: Array<{ kind: string; speaker: string | null; start: number; end: number; timeStartMs: number | null; timeEndMs: number | null }> }) =>
  r.segments.map((s) => ({ kind: s.kind, speaker: s.speaker, text: r.text.slice(s.start, s.end), from: s.timeStartMs, to: s.timeEndMs }));

describe('WebVTT', () => {
  it('turns voice tags into speaker turns, merging cues until the speaker changes', () => {
    const r = parseTranscript('voces.vtt', fixtureBytes('voces.vtt'));
    expect(r.format).toBe('vtt');
    expect(r.speakers).toEqual(['Marta', 'Julián']);
    expect(view(r)).toEqual([
      { kind: 'turn', speaker: 'Marta', text: 'Marta: Hoy hablamos de la cosecha de otoño en el pueblo. y de lo que cuesta madrugar.', from: 1000, to: 7250 },
      { kind: 'turn', speaker: 'Julián', text: 'Julián: ¡Eso sí que es verdad! & más en enero.', from: 7500, to: 10_000 },
      { kind: 'turn', speaker: 'Marta', text: 'Marta: ¿Cuántos años llevas?', from: 10_000, to: 12_000 },
      { kind: 'turn', speaker: 'Julián', text: 'Julián: Casi veinte. Veinte años y ni un día sin café ☕', from: 10_000, to: 14_000 },
    ]);
    // STYLE and NOTE blocks and the header never leak into the text.
    expect(r.text).not.toMatch(/cue\(|NOTE|ninguna|WEBVTT|Kind:/);
    expect(r.warnings).toEqual([]);
    expect(isNormalized(r.text)).toBe(true);
  });

  it('reads Zoom cues ("Name: text"), continuing the speaker on unlabelled cues', () => {
    const r = parseTranscript('zoom.vtt', fixtureBytes('zoom.vtt'));
    expect(r.speakers).toEqual(['Rosa Vidal (host)', 'Tomás Ng']);
    expect(view(r).map((s) => [s.speaker, s.text, s.from, s.to])).toEqual([
      ['Rosa Vidal (host)', 'Rosa Vidal (host): Can everyone hear me?', 400, 2100],
      ['Tomás Ng', 'Tomás Ng: Yes, loud and clear.', 2300, 3000],
      ['Rosa Vidal (host)', "Rosa Vidal (host): Great, then let's start with the first question. It's about the garden plots we visited in May.", 3900, 9200],
      ['Tomás Ng', 'Tomás Ng: Right. The one by the river flooded twice.', 10_000, 12_600],
    ]);
  });

  it('gives the same result for CRLF, a BOM and a missing blank line before a numeric id', () => {
    const lf = parseTranscript('zoom.vtt', fixtureBytes('zoom.vtt'));
    const squashed = fixtureText('zoom.vtt').replace('clear.\n\n3\n', 'clear.\n3\n');
    const r = parseTranscript('zoom.vtt', withBom(UTF8_BOM, utf8(crlf(squashed))));
    expect(r.text).toBe(lf.text);
    expect(r.segments).toEqual(lf.segments);
    expect(r.hadBom).toBe(true);
  });

  it('keeps speakerless cues as one paragraph each, with their times', () => {
    const r = parseTranscript('c.vtt', utf8('WEBVTT\n\n00:01.000 --> 00:02.000\nFirst line\n\n00:02.500 --> 00:04.000\nsecond line'));
    expect(view(r)).toEqual([
      { kind: 'paragraph', speaker: null, text: 'First line', from: 1000, to: 2000 },
      { kind: 'paragraph', speaker: null, text: 'second line', from: 2500, to: 4000 },
    ]);
  });

  it('warns about a missing header and stray text, and refuses a file without cues', () => {
    const r = parseTranscript('nohead.vtt', utf8('00:00:01.000 --> 00:00:02.000\nHi\n\nstray words\n\n00:00:03.000 --> 00:00:02.000\nBye\n'));
    expect(r.warnings).toEqual([
      'nohead.vtt: the first line is not "WEBVTT"; reading it as WebVTT anyway',
      'nohead.vtt: line 4: text outside any cue was ignored',
      'nohead.vtt: line 6: cue ends before it starts',
    ]);
    const e = thrown(() => parseTranscript('blank.vtt', utf8('WEBVTT\n\nNOTE nothing here\n')));
    expect(e).toMatchObject({ code: 'format', message: expect.stringMatching(/^blank\.vtt has no WebVTT cues/) });
  });

  it('cleans cue markup: tags, inline timestamps, entities, ruby, several voices in one cue', () => {
    expect(plainText('<b>Bold</b> <u>u</u> <ruby>漢<rt>kan</rt></ruby> a<00:00:02.000>b &lt;ok&gt; &#233;&#x1F331;')).toBe('Bold u 漢kan ab <ok> é🌱');
    expect(cuePieces('<v A>one</v><v B>two')).toEqual([
      { speaker: 'A', text: 'one' },
      { speaker: 'B', text: 'two' },
    ]);
    expect(cuePieces('>> Ana María: hola')).toEqual([{ speaker: 'Ana María', text: 'hola' }]);
  });
});

describe('SubRip', () => {
  it('reads "Name:" prefixes that appear only when the speaker changes', () => {
    const r = parseTranscript('podcast.srt', fixtureBytes('podcast.srt'));
    expect(r.format).toBe('srt');
    expect(view(r).map((s) => [s.speaker, s.text, s.from, s.to])).toEqual([
      ['Host', "Host: Welcome back to the show. Today we talk about seeds. It is a big topic, so let's go.", 250, 5500],
      ['Guest', 'Guest: Thanks for having me! I have been saving seeds for ten years.', 5800, 10_900],
      ['Host', 'Host: Ten years!', 11_000, 12_000],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('reads CRLF, a BOM and windows-1252 bytes to the same text', () => {
    const text = '1\n00:00:01,000 --> 00:00:02,000\nNiño: ¿Qué?\n\n2\n00:00:02,000 --> 00:00:03,000\nMamá: Nada…\n';
    const a = parseTranscript('a.srt', utf8(text));
    const b = parseTranscript('b.srt', withBom(UTF8_BOM, utf8(crlf(text))));
    const c = parseTranscript('c.srt', cp1252(crlf(text)));
    expect(b.text).toBe(a.text);
    expect(c.text).toBe(a.text);
    expect(c.encoding).toBe('windows-1252');
    expect(a.text).toBe('Niño: ¿Qué?\n\nMamá: Nada…');
    expect(a.speakers).toEqual(['Niño', 'Mamá']);
  });

  it('refuses a file with no cues', () => {
    expect(thrown(() => parseTranscript('empty.srt', utf8('just some words\n'))).message).toMatch(/^empty\.srt has no SubRip cues/);
  });
});
