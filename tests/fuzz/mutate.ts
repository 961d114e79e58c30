// Byte-level mutations of a valid sample, drawn by fast-check so every run is
// reproducible from its seed and a failing input shrinks to the fewest, smallest
// edits. Positions are drawn as plain numbers and taken modulo the input length,
// so one arbitrary fits samples of any size.
import fc from 'fast-check';

export type Mutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'set'; at: number; value: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'token'; at: number; token: number }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; from: number; length: number; to: number; times: number }
  | { op: 'truncate'; at: number }
  | { op: 'splice'; at: number; other: number; from: number; length: number };

/**
 * Byte strings that steer parsers into their edge cases: line ends, quotes and
 * separators, BOMs, caption arrows, XML and zip markers, invalid UTF-8, NUL.
 */
export const TOKENS: readonly Uint8Array[] = [
  '\r', '\n', '\r\n', '\n\n', '"', ',', ';', '\t', '""', ':', ' --> ', '-->', 'WEBVTT', '00:00:00.000', '99:99:99,999',
  '<', '>', '&', '&amp;', '&#0;', '<![CDATA[', ']]>', '</w:t>', '<w:br/>', '<w:p>', 'xmlns', '=', '+', '-', '@', '>',
  '\u0000', '\uFEFF', '\u2028', '\uD83D\uDE00', 'PK\u0003\u0004', 'PK\u0005\u0006', 'Interviewer: ', 'Rosa: ',
].map((t) => new TextEncoder().encode(t)).concat([
  Uint8Array.of(0xff), Uint8Array.of(0xfe, 0xff), Uint8Array.of(0xff, 0xfe), Uint8Array.of(0xc3), Uint8Array.of(0xed, 0xa0, 0x80),
  Uint8Array.of(0xef, 0xbb, 0xbf), Uint8Array.of(0x80, 0x81, 0x8d, 0x8f, 0x90, 0x9d), new Uint8Array(64).fill(0x41),
]);

const pos = fc.nat({ max: 1 << 20 });

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: pos, bit: fc.nat({ max: 7 }) }),
  fc.record({ op: fc.constant('set' as const), at: pos, value: fc.nat({ max: 255 }) }),
  fc.record({ op: fc.constant('insert' as const), at: pos, bytes: fc.uint8Array({ minLength: 1, maxLength: 24 }) }),
  fc.record({ op: fc.constant('token' as const), at: pos, token: fc.nat({ max: TOKENS.length - 1 }) }),
  fc.record({ op: fc.constant('delete' as const), at: pos, length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ op: fc.constant('duplicate' as const), from: pos, length: fc.integer({ min: 1, max: 256 }), to: pos, times: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: pos }),
  fc.record({ op: fc.constant('splice' as const), at: pos, other: fc.nat({ max: 31 }), from: pos, length: fc.integer({ min: 1, max: 128 }) }),
);

export const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 6 });

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Apply the edits in order; `donors` are the other samples a splice copies from. */
export function mutate(input: Uint8Array, edits: readonly Mutation[], donors: readonly Uint8Array[]): Uint8Array {
  let b = input;
  for (const m of edits) {
    const at = (n: number, extra = 0) => n % (b.length + extra);
    switch (m.op) {
      case 'flip':
      case 'set': {
        if (!b.length) break;
        const i = at(m.at);
        b = b.slice();
        b[i] = m.op === 'flip' ? b[i]! ^ (1 << m.bit) : m.value;
        break;
      }
      case 'insert':
      case 'token': {
        const i = at(m.at, 1);
        b = concat(b.subarray(0, i), m.op === 'insert' ? m.bytes : TOKENS[m.token]!, b.subarray(i));
        break;
      }
      case 'delete': {
        if (!b.length) break;
        const i = at(m.at);
        b = concat(b.subarray(0, i), b.subarray(i + m.length));
        break;
      }
      case 'duplicate': {
        if (!b.length) break;
        const from = at(m.from);
        const piece = b.subarray(from, from + m.length);
        const to = at(m.to, 1);
        b = concat(b.subarray(0, to), ...Array<Uint8Array>(m.times).fill(piece), b.subarray(to));
        break;
      }
      case 'truncate':
        b = b.subarray(0, at(m.at, 1));
        break;
      case 'splice': {
        const donor = donors.length ? donors[m.other % donors.length]! : b;
        if (!donor.length) break;
        const from = m.from % donor.length;
        const i = at(m.at, 1);
        b = concat(b.subarray(0, i), donor.subarray(from, from + m.length), b.subarray(i));
        break;
      }
    }
  }
  return b;
}
