import { describe, expect, it } from 'vitest';
import { extendRange, mergeRanges } from '../../shared/text/extend';

const text = 'Interviewer: ¿Y la tecnología? Cuéntame.\n\nRosa: Me gusta la plataforma. La tecnología ayuda poco, la verdad. Prefiero a mi compañera.\n';
const hit = (word: string, from = 0) => {
  const start = text.indexOf(word, from);
  return { start, end: start + word.length };
};
const slice = (r: { start: number; end: number }) => text.slice(r.start, r.end);

describe('extending a hit', () => {
  it('to its sentence, without the speaker label', () => {
    expect(slice(extendRange(text, hit('tecnología', 50), 'sentence'))).toBe('La tecnología ayuda poco, la verdad.');
    expect(slice(extendRange(text, hit('plataforma'), 'sentence'))).toBe('Me gusta la plataforma.');
    expect(slice(extendRange(text, hit('tecnología'), 'sentence'))).toBe('¿Y la tecnología?');
  });

  it('to its paragraph or turn, without the speaker label', () => {
    const para = slice(extendRange(text, hit('ayuda'), 'paragraph'));
    expect(para.startsWith('Me gusta')).toBe(true);
    expect(para.endsWith('compañera.')).toBe(true);
    const turn = hit('Rosa: Me gusta');
    expect(slice(extendRange(text, hit('ayuda'), 'turn', [{ start: turn.start, end: text.length - 1 }]))).toBe(para);
  });

  it('keeps a hit on the label itself', () => {
    expect(slice(extendRange(text, hit('Rosa'), 'paragraph')).startsWith('Rosa:')).toBe(true);
  });

  it('merges overlapping and touching ranges', () => {
    expect(mergeRanges([{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 3, end: 4 }, { start: 8, end: 12 }])).toEqual([{ start: 0, end: 4 }, { start: 5, end: 12 }]);
  });
});
