import { describe, expect, it } from 'vitest';
import { isNormalized, normalizeText } from '../../shared/import/normalize';

describe('normalizeText', () => {
  it('composes to NFC, so a decomposed ñ has the same length as a composed one', () => {
    const nfd = 'Espan\u0303a y cafe\u0301';
    expect(normalizeText(nfd)).toBe('España y café');
    expect(normalizeText(nfd).length).toBe('España y café'.length);
  });

  it('turns CRLF and lone CR into LF and strips a leading BOM only', () => {
    expect(normalizeText('\uFEFFa\r\nb\rc\n\r\nd')).toBe('a\nb\nc\n\nd');
    expect(normalizeText('a\uFEFFb')).toBe('a\uFEFFb');
  });

  it('is idempotent', () => {
    const once = normalizeText('\uFEFFuno\r\n\r\ndos\u0301 🌱\r');
    expect(normalizeText(once)).toBe(once);
    expect(isNormalized(once)).toBe(true);
    expect(isNormalized('x\r\n')).toBe(false);
  });
});
