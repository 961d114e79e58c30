// fold() folds runs of ASCII at once and caches accented letters; it must give
// exactly what folding one character at a time gives, offsets included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldChar } from '../../shared/text/fold';

function reference(text: string): { text: string; origin: number[] } {
  const parts: string[] = [];
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = ch.length === 1 && ch.charCodeAt(0) < 128 ? ch.toLowerCase() : foldChar(ch);
    parts.push(f);
    for (let k = 0; k < f.length; k++) origin.push(i);
    i += ch.length;
  }
  origin.push(text.length);
  return { text: parts.join(''), origin };
}

const same = (text: string) => {
  const f = fold(text);
  expect({ text: f.text, origin: [...f.origin] }).toEqual(reference(text));
};

describe('fold', () => {
  it('drops accents and case and keeps each folded unit pointing at its original', () => {
    const f = fold('¿Formación? ÁRBOL 👍🏽 ok');
    expect(f.text).toBe('¿formacion? arbol 👍🏽 ok');
    expect(f.origin[f.text.indexOf('arbol')]).toBe('¿Formación? '.length);
    expect(f.origin[f.text.length]).toBe('¿Formación? ÁRBOL 👍🏽 ok'.length);
  });

  it('handles folds that grow the text, decomposed input and lone surrogates', () => {
    for (const t of ['한국어 텍스트', 'e\u0301te\u0301', 'a\ud800b\udc00c', 'ǅemal İstanbul ß', '']) same(t);
  });

  it('equals folding one character at a time', () => {
    const alphabet = fc.constantFrom(...'aZ 0\n\t¿?ñÑáÉüÜçœ—“”€한글👍🏽🤷‍♀️\u0301\ud800İǅ'.split(''));
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), same), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), same), { numRuns: 500 });
  });
});
