// The promise behind "normalise once at import": a phrase sits at the same
// offsets whatever encoding, BOM, line endings or Unicode form the file had.
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../shared/import/index';
import { cp1252, crlf, fixtureText, utf16, utf8, UTF16BE_BOM, UTF16LE_BOM, UTF8_BOM, withBom } from './helpers';

const source = fixtureText('entrevista-huerta.txt');
const PHRASE = 'la paciencia es la mitad del trabajo';

const variants: Array<[string, Uint8Array]> = [
  ['UTF-8', utf8(source)],
  ['UTF-8 with BOM and CRLF', withBom(UTF8_BOM, utf8(crlf(source)))],
  ['UTF-8, decomposed accents (NFD)', utf8(source.normalize('NFD'))],
  ['UTF-16LE with BOM', withBom(UTF16LE_BOM, utf16(source, 'le'))],
  ['UTF-16BE with BOM and CRLF', withBom(UTF16BE_BOM, utf16(crlf(source), 'be'))],
  ['windows-1252', cp1252(source)],
  ['windows-1252 with CRLF', cp1252(crlf(source))],
];

describe('the same transcript in different encodings', () => {
  const parsed = variants.map(([label, bytes]) => ({ label, r: parseTranscript('entrevista.txt', bytes) }));
  const reference = parsed[0]!.r;

  it('the fixture has Spanish letters, CP1252-only punctuation and a known phrase', () => {
    expect(source).toMatch(/ñ/);
    expect(source).toMatch(/á/);
    expect(source).toMatch(/[€“”…]/);
    expect(reference.text.indexOf(PHRASE)).toBeGreaterThan(0);
  });

  it.each(parsed.map((p) => [p.label, p.r] as const))('%s gives identical text, phrase offsets and segments', (_label, r) => {
    expect(r.text).toBe(reference.text);
    const start = r.text.indexOf(PHRASE);
    expect(start).toBe(reference.text.indexOf(PHRASE));
    expect(r.text.slice(start, start + PHRASE.length)).toBe(PHRASE);
    expect(r.segments).toEqual(reference.segments);
    expect(r.speakers).toEqual(['Entrevistador', 'ANA', 'P3']);
  });

  it('reports the encoding each variant was read in', () => {
    expect(parsed.map((p) => p.r.encoding)).toEqual(['utf-8', 'utf-8', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'windows-1252']);
    expect(parsed.map((p) => p.r.hadBom)).toEqual([false, true, false, true, true, false, false]);
    expect(parsed[5]!.r.warnings.join('\n')).toMatch(/entrevista\.txt: .*windows-1252/);
  });

  it('keeps an emoji as one code point whatever the UTF', () => {
    const withEmoji = source.replace('muy duro.', 'muy duro. 🌱');
    const a = parseTranscript('e.txt', utf8(withEmoji));
    const b = parseTranscript('e.txt', withBom(UTF16LE_BOM, utf16(crlf(withEmoji), 'le')));
    expect(b.text).toBe(a.text);
    expect(a.text).toContain('🌱');
    expect(b.segments).toEqual(a.segments);
  });
});
