// decodeWindows1252 leans on the platform decoder and fixes up 0x80–0x9F; it must
// decode every byte exactly as the windows-1252 table says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from '../../shared/import/cp1252';

// The table, byte by byte: 0x80–0x9F from the code page, undefined bytes kept as C1 controls.
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];
const reference = (bytes: Uint8Array) => [...bytes].map((b) => String.fromCharCode(b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80]! : b)).join('');

describe('decodeWindows1252', () => {
  it('decodes curly quotes, the euro sign and Spanish letters', () => {
    expect(decodeWindows1252(new Uint8Array([0x93, 0x73, 0xed, 0x94, 0x20, 0x80, 0x35, 0x20, 0xf1, 0x85]))).toBe('“sí” €5 ñ…');
  });

  it('maps every byte value as the code page does', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(decodeWindows1252(all)).toBe(reference(all));
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => decodeWindows1252(b) === reference(b)), { numRuns: 500 });
  });
});
