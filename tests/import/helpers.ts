// Byte builders for fixtures: the same text in each encoding a transcript
// arrives in. TextEncoder only does UTF-8, so the rest is done here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

export function withBom(bom: number[], body: Uint8Array): Uint8Array {
  const out = new Uint8Array(bom.length + body.length);
  out.set(bom, 0);
  out.set(body, bom.length);
  return out;
}

export const UTF8_BOM = [0xef, 0xbb, 0xbf];
export const UTF16LE_BOM = [0xff, 0xfe];
export const UTF16BE_BOM = [0xfe, 0xff];

export function utf16(s: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    const [a, b] = endian === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff];
    out[i * 2] = a;
    out[i * 2 + 1] = b;
  }
  return out;
}

// Written out rather than taken from TextDecoder: Node 20 decodes
// windows-1252 as ISO-8859-1, which is exactly what the importer must not do.
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

export function cp1252(s: string): Uint8Array {
  return new Uint8Array(
    [...s].map((ch) => {
      const c = ch.codePointAt(0)!;
      const b = CP1252_HIGH[ch] ?? (c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : undefined);
      if (b === undefined) throw new Error(`"${ch}" has no windows-1252 byte`);
      return b;
    }),
  );
}

export const crlf = (s: string): string => s.replace(/\n/g, '\r\n');

/** Catches the error a function throws, so its fields can be asserted. */
export function thrown(fn: () => unknown): Error & Record<string, unknown> {
  try {
    fn();
  } catch (e) {
    return e as Error & Record<string, unknown>;
  }
  throw new Error('expected an error');
}

export async function rejected(p: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await p;
  } catch (e) {
    return e as Error & Record<string, unknown>;
  }
  throw new Error('expected a rejection');
}
