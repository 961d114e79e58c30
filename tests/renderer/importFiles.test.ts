import { describe, expect, it } from 'vitest';
import { bytesToBase64, patternProblem, readWireFile } from '../../renderer/import/files';
import { base64ToBytes } from './fakeImport';

describe('files for import', () => {
  it('base64-encodes large files in chunks without overflowing the stack', async () => {
    // 2 MB (far past the argument limit of a spread) plus a remainder that is
    // not a multiple of the chunk or of 3.
    const bytes = new Uint8Array(2 * 1024 * 1024 + 7);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + (i >> 9)) & 0xff;
    const data = bytesToBase64(bytes);
    expect(data.length).toBe(4 * Math.ceil(bytes.length / 3));
    const back = base64ToBytes(data);
    expect(back.length).toBe(bytes.length);
    expect(back.findIndex((b, i) => b !== bytes[i])).toBe(-1);
  });

  it('reads a picked file into its wire shape', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xf1, 0x00]);
    const file = { name: 'a.txt', size: bytes.length, arrayBuffer: async () => bytes.buffer };
    expect(await readWireFile(file)).toEqual({ fileName: 'a.txt', data: '77u/QfEA' });
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });

  it('checks a speaker pattern the way the core compiles it', () => {
    expect(patternProblem('')).toBeNull();
    expect(patternProblem(String.raw`^([A-Z][\w ]+):\s`)).toBeNull();
    expect(patternProblem('^(\\w+')).toMatch(/^Not a valid pattern/);
    // Valid without the u flag, invalid with it.
    expect(patternProblem('\\-')).toMatch(/^Not a valid pattern/);
  });
});
