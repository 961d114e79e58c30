// windows-1252 by hand: Node 20's TextDecoder('windows-1252') decodes it as
// ISO-8859-1 (bytes 0x80–0x9F come out as C1 controls, so “ ” € … are lost),
// while browsers get it right. A fixed table behaves the same everywhere.

// 0x80–0x9F; 0 marks the five bytes windows-1252 leaves undefined.
const HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Offset of the first byte with no windows-1252 character (0x81, 0x8D, 0x8F, 0x90, 0x9D), or -1. */
export function firstUndefinedWindows1252(bytes: Uint8Array, from = 0): number {
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80 && b <= 0x9f && HIGH[b - 0x80] === 0) return i;
  }
  return -1;
}

/** Decodes windows-1252; call firstUndefinedWindows1252 first if undefined bytes must be refused. */
export function decodeWindows1252(bytes: Uint8Array): string {
  // The platform decoder turns every byte into the same code point (Node) or already
  // applies the table (browsers); either way only U+0080–U+009F can need the table.
  // Byte by byte in JavaScript took a third of a second per 17 MB of legacy files.
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(HIGH[c.charCodeAt(0) - 0x80]! || c.charCodeAt(0)));
}
