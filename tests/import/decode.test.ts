import { describe, expect, it } from 'vitest';
import { decodeText, firstBadByte, lineAtByte, scanUtf8 } from '../../shared/import/decode';
import { ImportError } from '../../shared/import/errors';
import { cp1252, thrown, utf16, utf8, UTF16BE_BOM, UTF16LE_BOM, UTF8_BOM, withBom } from './helpers';

const SPANISH = 'Entrevistadora: ¿Qué tal el año? Begoña: Mañana sí, “bien”… 3 €\n';

describe('decodeText: BOM sniffing', () => {
  it('reads UTF-8 with a BOM and strips it', () => {
    const r = decodeText(withBom(UTF8_BOM, utf8(SPANISH + '🌱')), { fileName: 'a.txt' });
    expect(r).toMatchObject({ encoding: 'utf-8', hadBom: true, detected: { encoding: 'UTF-8', confidence: 100 } });
    expect(r.text).toBe(SPANISH + '🌱');
  });

  it('reads UTF-16LE and UTF-16BE with a BOM, including an emoji (surrogate pair)', () => {
    const le = decodeText(withBom(UTF16LE_BOM, utf16(SPANISH + '🌱', 'le')), { fileName: 'le.txt' });
    const be = decodeText(withBom(UTF16BE_BOM, utf16(SPANISH + '🌱', 'be')), { fileName: 'be.txt' });
    expect(le).toMatchObject({ encoding: 'utf-16le', hadBom: true, text: SPANISH + '🌱' });
    expect(be).toMatchObject({ encoding: 'utf-16be', hadBom: true, text: SPANISH + '🌱' });
  });

  it('recognises UTF-16LE without a BOM from its NUL pattern', () => {
    const r = decodeText(utf16('Interviewer: hello there, how was the harvest?\n', 'le'), { fileName: 'nobom.txt' });
    expect(r).toMatchObject({ encoding: 'utf-16le', hadBom: false });
    expect(r.text).toContain('harvest');
  });
});

describe('decodeText: detection without a BOM', () => {
  it('prefers UTF-8 when the bytes are valid UTF-8 (and ASCII is UTF-8)', () => {
    expect(decodeText(utf8(SPANISH), { fileName: 'u.txt' })).toMatchObject({ encoding: 'utf-8', hadBom: false, text: SPANISH });
    expect(decodeText(utf8('plain ascii\n'), { fileName: 'a.txt' }).encoding).toBe('utf-8');
  });

  it('falls back to windows-1252 for legacy Spanish bytes, keeping € and curly quotes', () => {
    const r = decodeText(cp1252(SPANISH.repeat(5)), { fileName: 'legacy.txt' });
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toBe(SPANISH.repeat(5));
    expect(r.detected === null || ['windows-1252', 'ISO-8859-1'].includes(r.detected.encoding)).toBe(true);
  });

  it('lets the user override the encoding (Latin-1 labels decode as windows-1252)', () => {
    const bytes = cp1252('señor');
    expect(decodeText(bytes, { fileName: 'x.txt', encoding: 'latin1' })).toMatchObject({ text: 'señor', encoding: 'windows-1252', detected: null });
    expect(thrown(() => decodeText(bytes, { fileName: 'x.txt', encoding: 'klingon-8' })).message).toMatch(/x\.txt: "klingon-8" is not an encoding/);
  });
});

describe('decodeText: undecodable bytes are reported, never replaced', () => {
  it('names the file, byte offset and line when UTF-8 is forced on legacy bytes', () => {
    const bytes = new Uint8Array([...utf8('line one\nline two\nni'), 0xf1, ...utf8('o\n')]);
    const e = thrown(() => decodeText(bytes, { fileName: 'notas.txt', encoding: 'utf-8' }));
    expect(e).toBeInstanceOf(ImportError);
    expect(e).toMatchObject({ fileName: 'notas.txt', code: 'decode', byteOffset: 20, line: 3 });
    expect(e.message).toContain('notas.txt');
    expect(e.message).toContain('byte 20 (line 3)');
    expect(e.message).toContain('0xF1');
  });

  it('treats mostly-valid UTF-8 with one bad byte as damaged, not as windows-1252 mojibake', () => {
    const bytes = new Uint8Array([...utf8('año\r\nniño\r\nmañana '), 0xe9, ...utf8(' y pequeño\r\n')]);
    const e = thrown(() => decodeText(bytes, { fileName: 'roto.txt' }));
    expect(e).toMatchObject({ code: 'decode', byteOffset: bytes.indexOf(0xe9), line: 3 });
    expect(e.message).toMatch(/^roto\.txt is not valid UTF-8: byte \d+ \(line 3\)/);
    expect(e.message).toContain('windows-1252');
  });

  it('reports a lone surrogate in UTF-16', () => {
    const body = utf16('ok\nok\n', 'le');
    const bytes = withBom(UTF16LE_BOM, new Uint8Array([...body, 0x00, 0xd8, 0x41, 0x00]));
    const e = thrown(() => decodeText(bytes, { fileName: 'u16.txt' }));
    expect(e).toMatchObject({ code: 'decode', byteOffset: 2 + body.length, line: 3 });
  });

  it('reports a UTF-8 BOM file whose body is not UTF-8', () => {
    const e = thrown(() => decodeText(withBom(UTF8_BOM, cp1252('canción\n')), { fileName: 'bom.txt' }));
    expect(e).toMatchObject({ code: 'decode', byteOffset: 3 + 5, line: 1 });
  });

  it('refuses the five bytes windows-1252 leaves undefined, and decodes the rest by its own table', () => {
    const bytes = new Uint8Array([...cp1252('“Año” …\n'), 0x81]);
    const e = thrown(() => decodeText(bytes, { fileName: 'w.txt', encoding: 'windows-1252' }));
    expect(e).toMatchObject({ code: 'decode', byteOffset: bytes.length - 1, line: 2 });
    // Node 20's own TextDecoder gets 0x93/0x94/0x85 wrong; ours must not.
    expect(decodeText(bytes.subarray(0, -1), { fileName: 'w.txt', encoding: 'cp1252' }).text).toBe('“Año” …\n');
  });

  it('helpers: scanUtf8, firstBadByte and lineAtByte agree', () => {
    const bytes = new Uint8Array([0x61, 0xc3, 0xb1, 0x0d, 0x0a, 0x62, 0xc3, 0x28]);
    expect(scanUtf8(bytes)).toEqual({ firstInvalid: 6, invalid: 1, multiByte: 1 });
    expect(firstBadByte(bytes, 'utf-8')).toBe(6);
    expect(lineAtByte(bytes, 6, 'utf-8')).toBe(2);
    expect(firstBadByte(new Uint8Array([0x82, 0xa0, 0x82]), 'shift_jis')).toBe(2);
    // Overlong encodings and surrogates are invalid UTF-8.
    expect(scanUtf8(new Uint8Array([0xc0, 0xaf])).firstInvalid).toBe(0);
    expect(scanUtf8(new Uint8Array([0xed, 0xa0, 0x80])).firstInvalid).toBe(0);
  });
});

describe('decodeText: refuses what is not text', () => {
  it('refuses an empty file', () => {
    const e = thrown(() => decodeText(new Uint8Array(), { fileName: 'vacío.txt' }));
    expect(e).toMatchObject({ code: 'empty', fileName: 'vacío.txt', message: 'vacío.txt is empty.' });
  });

  it('refuses a binary file renamed .txt (NUL bytes), naming where', () => {
    const bytes = new Uint8Array(256).map((_, i) => (i * 37 + 11) % 256);
    const e = thrown(() => decodeText(bytes, { fileName: 'photo.txt' }));
    expect(e).toMatchObject({ code: 'binary', fileName: 'photo.txt' });
    expect(e.message).toMatch(/^photo\.txt looks like a binary file, not text \(byte \d+\)/);
  });

  it('refuses a .docx renamed .txt by its zip signature', () => {
    const e = thrown(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), { fileName: 'informe.txt' }));
    expect(e.message).toBe('informe.txt looks like a binary file, not text (byte 0): it starts like a zip archive (a .docx or .odt renamed?).');
  });

  it('refuses text full of control characters even without NULs', () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x61));
    expect(thrown(() => decodeText(bytes, { fileName: 'ctl.txt' })).message).toMatch(/ctl\.txt looks like a binary file, not text: \d+ of its first 200 characters are control characters/);
  });
});
