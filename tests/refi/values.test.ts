// Translations from REFI-QDA values to Qualia's, one rule at a time.
import { describe, expect, it } from 'vitest';
import { cleanCodeName, fieldSpec, normalColour, parseSourceDescription, splitSelectionDescription } from '../../shared/refi/importValues';

describe('REFI-QDA values on import', () => {
  it('colours: #RRGGBB in any case, bare hex, #RGB, .NET #AARRGGBB, rgb(); anything else is unreadable', () => {
    expect(['#46AA00', '46aa00', '#FF46AA00', 'rgb(70, 170, 0)', 'rgba(70,170,0,0.5)'].map(normalColour)).toEqual(Array(5).fill('#46aa00'));
    expect(normalColour('#4A0')).toBe('#44aa00');
    expect(['red', '#12345', 'rgb(300,0,0)', '', undefined].map(normalColour)).toEqual([null, null, null, null, null]);
  });

  it('variable types', () => {
    const spec = (type: Parameters<typeof fieldSpec>[0]['type'], description?: string) => fieldSpec({ guid: 'g', name: 'v', type, ...(description ? { description } : {}) });
    expect(spec('Integer').type).toBe('number');
    expect(spec('Float').type).toBe('number');
    expect(spec('DateTime').type).toBe('date');
    expect(spec('Boolean')).toMatchObject({ type: 'choice', choices: ['true', 'false'] });
    expect(['1', '0', 'true', null].map((v) => spec('Boolean').value(v))).toEqual(['true', 'false', 'true', null]);
    expect(spec('Text', 'Choices: ["sí","no"]')).toMatchObject({ type: 'choice', choices: ['sí', 'no'] });
    expect(spec('Text', 'Choices: not a list').type).toBe('text');
    expect(spec('Text', 'Notes about the variable').type).toBe('text');
  });

  it('code names never hold the path separator and are never empty', () => {
    expect(cleanCodeName('  Tecnología >  Robótica ')).toBe('Tecnología › Robótica');
    expect(cleanCodeName('a\n\tb')).toBe('a b');
    expect(cleanCodeName('   ')).toBe('(unnamed code)');
  });

  it('a TextSource Description: the lines a Qualia export writes, and the rest', () => {
    expect(parseSourceDescription('Kind: survey\nSource file: encuesta.csv')).toEqual({ kind: 'survey', sourceName: 'encuesta.csv', rest: '' });
    expect(parseSourceDescription('Recorded at the café.\nKind: interview')).toEqual({ kind: 'interview', sourceName: null, rest: 'Recorded at the café.' });
    expect(parseSourceDescription('Kind: podcast')).toEqual({ kind: null, sourceName: null, rest: 'Kind: podcast' });
  });

  it('a selection Description: weights by code GUID (any case), and the remaining text', () => {
    const d = splitSelectionDescription('weight=-1.5 code=1C7B7D4F-9A54-4D30-8B4F-2A3E4D5C6B71 (Tecnología)\nMuy claro.\nweight=2 code={1c7b7d4f-9a54-4d30-8b4f-2a3e4d5c6b72} (Familia)');
    expect([...d.weights]).toEqual([
      ['1c7b7d4f-9a54-4d30-8b4f-2a3e4d5c6b71', -1.5],
      ['1c7b7d4f-9a54-4d30-8b4f-2a3e4d5c6b72', 2],
    ]);
    expect(d.rest).toBe('Muy claro.');
  });
});
