import { describe, expect, it } from 'vitest';
import { customSpeakerStyle, detectSpeakerStyle, findTurns, rankSpeakerStyles, speakerStyle } from '../../shared/import/speakers';
import { DEFAULT_SPEAKER_PATTERN } from '../../shared/text/segments';

/** Detects the style, then returns [speaker, text of segment] pairs. */
function turns(text: string) {
  const style = detectSpeakerStyle(text);
  const r = findTurns(text, style);
  return { id: style?.id ?? null, speakers: r.speakers, segs: r.segments.map((s) => [s.speaker, text.slice(s.start, s.end)] as const), r };
}

describe('speaker styles, each detected by default', () => {
  it('Name: text — Interviewer, I, P3, ANA, Entrevistador, and French "Interviewer1 :"', () => {
    const t = ['Interviewer: How did you start?', 'P3: By accident.', 'I: Tell me more.', 'ANA: Yo también.', 'Entrevistador: ¿Y luego?', 'Interviewer1 : Bon, alors.', 'P3: Then it stuck.', 'I: Right.'].join('\n');
    const { id, speakers, segs } = turns(t);
    expect(id).toBe('colon');
    expect(speakers).toEqual(['Interviewer', 'P3', 'I', 'ANA', 'Entrevistador', 'Interviewer1']);
    expect(segs[5]).toEqual(['Interviewer1', 'Interviewer1 : Bon, alors.']);
  });

  it('[00:12:03] Name: text, with the time kept on the segment', () => {
    const t = '[00:12:03] Laura: Empezamos.\n[00:12:09] Diego: Vale.\n[00:13:00] Laura: Primera pregunta.\n[01:02:03] Diego: Sí.';
    const { id, speakers, r } = turns(t);
    expect(id).toBe('stamp-colon');
    expect(speakers).toEqual(['Laura', 'Diego']);
    expect(r.segments.map((s) => s.timeStartMs)).toEqual([723_000, 729_000, 780_000, 3_723_000]);
  });

  it('Name [00:01:02] text (Trint), tolerating a stamp that lost its "]"', () => {
    const t = 'Title of the recording\n\nMarta Gil [00:00:02] Hola.\n\nPau Roig [00:00:05 Bien.\n\nMarta Gil [00:00:09] ¿Empezamos?\n\nPau Roig [00:00:12] Sí.';
    const { id, speakers, segs, r } = turns(t);
    expect(id).toBe('name-stamp');
    expect(speakers).toEqual(['Marta Gil', 'Pau Roig']);
    expect(segs[0]).toEqual([null, 'Title of the recording']);
    expect(segs[2]).toEqual(['Pau Roig', 'Pau Roig [00:00:05 Bien.']);
    expect(r.segments[2]!.timeStartMs).toBe(5000);
  });

  it('Name  0:03 alone on a line (Teams), text on the following lines', () => {
    const t = 'Ines Duarte   0:03\nGood morning everyone.\nShall we?\n\nKofi Mensah   0:09\nYes.\n\nInes Duarte   1:15\nOkay.\n\nKofi Mensah   1:20\nGo on.';
    const { id, segs, r } = turns(t);
    expect(id).toBe('name-time-line');
    expect(segs[0]).toEqual(['Ines Duarte', 'Ines Duarte   0:03\nGood morning everyone.\nShall we?']);
    expect(r.segments.map((s) => s.timeStartMs)).toEqual([3000, 9000, 75_000, 80_000]);
  });

  it('a time line then a name line (Teams pasted into Word)', () => {
    const t = 'ENTREVISTA\n\n0:0:0.0 \nSofía Ruiz\nBienvenido.\nSeguimos luego.\n\n0:0:37.100\nJon Etxeberria\nGracias.\n\n(0:1:02.500) sigue hablando\n\n0:1:12.860\nSofía Ruiz\nBien.\n\n0:2:4.63\nJon Etxeberria\nClaro.';
    const { id, speakers, segs, r } = turns(t);
    expect(id).toBe('time-line-name');
    expect(speakers).toEqual(['Sofía Ruiz', 'Jon Etxeberria']);
    expect(segs[0]).toEqual([null, 'ENTREVISTA']);
    // The turn keeps its unlabelled continuation paragraph.
    expect(segs[2]![1]).toBe('0:0:37.100\nJon Etxeberria\nGracias.\n\n(0:1:02.500) sigue hablando');
    expect(r.segments.map((s) => s.timeStartMs)).toEqual([null, 0, 37_100, 72_860, 124_630]);
  });

  it('### Name headings, ignoring a # title of another level', () => {
    const t = '# Transcript\n\n### Interviewer\nFirst question?\n\n### Respondent \n\nAn answer.\n\nMore of it.\n\n### Interviewer\nNext.\n\n### Respondent\nOk.';
    const { id, speakers, segs } = turns(t);
    expect(id).toBe('heading');
    expect(speakers).toEqual(['Interviewer', 'Respondent']);
    expect(segs[0]).toEqual([null, '# Transcript']);
    expect(segs[2]).toEqual(['Respondent', '### Respondent \n\nAn answer.\n\nMore of it.']);
  });

  it('**Name** text and **Name:** text', () => {
    const t = '**Interviewer** Welcome.\n\n**Team Lead** Thanks.\n\nA second paragraph.\n\n**Interviewer:** Next.\n\n**Team Lead**: Sure.';
    const { id, speakers, segs } = turns(t);
    expect(id).toBe('bold');
    expect(speakers).toEqual(['Interviewer', 'Team Lead']);
    expect(segs[1]).toEqual(['Team Lead', '**Team Lead** Thanks.\n\nA second paragraph.']);
  });

  it('[P1] bracketed ids', () => {
    const { id, speakers } = turns('[P1] one\n\n[P2] two\n\n[P1] three\n\n[P2] four\n\n[a]a comment anchor');
    expect(id).toBe('bracket');
    expect(speakers).toEqual(['P1', 'P2']);
  });
});

describe('choosing and applying a style', () => {
  it('picks the style that labels most lines', () => {
    const t = '**A** x\n\n**B** y\n\n**A** z\n\n**B** w\n\nNote: one\n\nNote: two';
    expect(rankSpeakerStyles(t).map((s) => [s.style.id, s.score])).toEqual([
      ['bold', 4],
      ['colon', 2],
    ]);
    expect(detectSpeakerStyle(t)?.id).toBe('bold');
  });

  it('finds no speakers in prose with a stray label', () => {
    const prose = Array.from({ length: 60 }, (_, i) => `Sentence number ${i} about gardens.`).join('\n\n') + '\n\nNote: one\n\nNote: two';
    expect(detectSpeakerStyle(prose)).toBeNull();
    const r = findTurns(prose, null);
    expect(r.segments.every((s) => s.kind === 'paragraph')).toBe(true);
    expect(r.segments).toHaveLength(62);
  });

  it('segments point into the unchanged text and never overlap', () => {
    const t = 'Intro line.\n\n  Interviewer: hi\ncontinued\n\nGuest: hello   \n\n\nInterviewer: bye\n';
    const r = findTurns(t, speakerStyle('colon')!);
    expect(r.text).toBe(t);
    expect(r.segments.map((s) => t.slice(s.start, s.end))).toEqual(['Intro line.', 'Interviewer: hi\ncontinued', 'Guest: hello', 'Interviewer: bye']);
    for (let i = 1; i < r.segments.length; i++) expect(r.segments[i]!.start).toBeGreaterThanOrEqual(r.segments[i - 1]!.end);
  });

  it('accepts a user-edited pattern and the existing DEFAULT_SPEAKER_PATTERN', () => {
    const t = 'Q) Where?\nA) Here.\nQ) When?';
    expect(findTurns(t, customSpeakerStyle('^(?<name>[QA])\\)')).speakers).toEqual(['Q', 'A']);
    expect(findTurns(t, /^([QA])\)/).segments.map((s) => s.speaker)).toEqual(['Q', 'A', 'Q']);
    expect(findTurns('[00:12:03] Laura: hola\n\nANA: sí', DEFAULT_SPEAKER_PATTERN).speakers).toEqual(['Laura', 'ANA']);
  });

  it('does not take long sentences ending in a colon, times or URLs for labels', () => {
    const t = 'Here is what we decided at the meeting today:\n10:30 start\nhttps://example.org\nAna: ok\nAna: bye';
    expect(findTurns(t, speakerStyle('colon')!).speakers).toEqual(['Ana']);
  });
});
