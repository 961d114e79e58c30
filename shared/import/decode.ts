// Bytes → string for transcripts. Pure (Uint8Array + TextDecoder) so the same
// code runs in the renderer and in Node. The rule that shapes everything here:
// never hand back U+FFFD. Either the bytes decode cleanly in the chosen
// encoding, or the user gets an ImportError naming the file, byte and line.
import { analyse } from 'chardet';
import { decodeWindows1252, firstUndefinedWindows1252 } from './cp1252';
import { baseName, ImportError } from './errors';

export interface DecodeOptions {
  fileName: string;
  /** Any WHATWG label ("utf-8", "windows-1252", "latin1", …); skips detection. */
  encoding?: string;
}

export interface DetectedEncoding {
  /** Name as the detector reported it (e.g. "ISO-8859-1", "UTF-8"). */
  encoding: string;
  /** 0–100. */
  confidence: number;
}

export interface DecodedText {
  /** Decoded text, BOM removed, otherwise untouched (see normalize.ts). */
  text: string;
  /** WHATWG name of the encoding actually used: "utf-8", "utf-16le", "windows-1252", … */
  encoding: string;
  /** What detection concluded; null when the user chose or nothing was convincing. */
  detected: DetectedEncoding | null;
  hadBom: boolean;
}

const BOMS: ReadonlyArray<{ bytes: number[]; encoding: string; name: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8', name: 'UTF-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le', name: 'UTF-16LE' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be', name: 'UTF-16BE' },
];

/**
 * Detection reads at most this much: about 3,000 words, plenty for the detector's
 * confidence (which is all it adds: a file that is not UTF-8 is read as windows-1252
 * either way). It runs every recogniser it has, multi-byte ones included, at about
 * 0.3 ms per kB here: 64 kB made it half the CPU time of importing 1,000 transcripts.
 */
const SAMPLE_BYTES = 16 * 1024;
/** Legacy encodings we accept from the detector. ISO-8859-1 is decoded as its superset windows-1252 (as WHATWG does). */
const LEGACY_CANDIDATES = new Set(['windows-1252', 'ISO-8859-1']);

export function decodeText(bytes: Uint8Array, opts: DecodeOptions): DecodedText {
  const name = baseName(opts.fileName);
  if (bytes.length === 0) throw new ImportError({ fileName: opts.fileName, code: 'empty' }, `${name} is empty.`);

  const bom = BOMS.find((b) => b.bytes.every((v, i) => bytes[i] === v));
  let encoding: string;
  let detected: DetectedEncoding | null;
  if (opts.encoding) {
    encoding = canonicalEncoding(opts.encoding, opts.fileName);
    detected = null;
  } else if (bom) {
    encoding = bom.encoding;
    detected = { encoding: bom.name, confidence: 100 };
  } else {
    ({ encoding, detected } = detect(bytes, opts.fileName));
  }

  const isUtf16 = encoding.startsWith('utf-16');
  if (!isUtf16) refuseBinaryBytes(bytes, opts.fileName);
  const skip = bom && bom.encoding === encoding ? bom.bytes.length : 0;
  let text: string;
  if (encoding === 'windows-1252') {
    if (firstUndefinedWindows1252(bytes, skip) >= 0) throw decodeError(bytes, encoding, skip, opts.fileName);
    text = decodeWindows1252(bytes.subarray(skip));
  } else {
    try {
      // ignoreBOM keeps the decoder from eating a BOM of another encoding silently;
      // we strip a matching one ourselves via `skip`.
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));
    } catch {
      throw decodeError(bytes, encoding, skip, opts.fileName);
    }
  }
  refuseBinaryText(text, opts.fileName);
  return { text, encoding, detected, hadBom: bom !== undefined };
}

function canonicalEncoding(label: string, fileName: string): string {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    throw new ImportError({ fileName, code: 'encoding' }, `${baseName(fileName)}: "${label}" is not an encoding this program knows.`);
  }
}

function detect(bytes: Uint8Array, fileName: string): { encoding: string; detected: DetectedEncoding | null } {
  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16) return { encoding: utf16, detected: { encoding: utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE', confidence: 80 } };
  refuseBinaryBytes(bytes, fileName);

  const scan = scanUtf8(bytes);
  // Valid UTF-8 wins outright: legacy text with accents almost never forms
  // valid multi-byte sequences by accident, and pure ASCII is UTF-8 too.
  if (scan.firstInvalid < 0) return { encoding: 'utf-8', detected: { encoding: 'UTF-8', confidence: 100 } };
  // Mostly-valid UTF-8 with a few bad bytes is a damaged UTF-8 file, not a
  // legacy one: decoding it as windows-1252 would turn every "ñ" into "Ã±".
  if (scan.multiByte > 0 && scan.multiByte * 2 >= scan.invalid) {
    throw decodeError(bytes, 'utf-8', 0, fileName);
  }
  const matches = analyse(bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes);
  const best = matches.find((m) => LEGACY_CANDIDATES.has(m.name));
  return { encoding: 'windows-1252', detected: best ? { encoding: best.name, confidence: best.confidence } : null };
}

/** UTF-16 without a BOM shows up as every other byte being NUL in mostly-Latin text. */
function sniffUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

export interface Utf8Scan {
  /** Offset of the first byte that does not start a valid sequence, or -1. */
  firstInvalid: number;
  invalid: number;
  /** Count of valid sequences of 2–4 bytes. */
  multiByte: number;
}

/** A strict UTF-8 validator (WHATWG rules: no overlongs, no surrogates, ≤ U+10FFFF). */
export function scanUtf8(bytes: Uint8Array, from = 0): Utf8Scan {
  let firstInvalid = -1;
  let invalid = 0;
  let multiByte = 0;
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    }
    let ok = need > 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) ok = false;
    }
    if (ok) {
      multiByte++;
      i += need + 1;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { firstInvalid, invalid, multiByte };
}

/** Offset of the first byte `encoding` cannot decode, starting after any BOM. */
export function firstBadByte(bytes: Uint8Array, encoding: string, from = 0): number {
  if (encoding === 'utf-8') return scanUtf8(bytes, from).firstInvalid;
  if (encoding === 'windows-1252') return firstUndefinedWindows1252(bytes, from);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const le = encoding === 'utf-16le';
    const unit = (i: number) => (le ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
    let i = from;
    for (; i + 1 < bytes.length; i += 2) {
      const u = unit(i);
      if (u >= 0xdc00 && u <= 0xdfff) return i;
      if (u >= 0xd800 && u <= 0xdbff) {
        const next = i + 3 < bytes.length ? unit(i + 2) : -1;
        if (next < 0xdc00 || next > 0xdfff) return i;
        i += 2;
      }
    }
    return i < bytes.length ? i : -1;
  }
  // Other encodings: feed one byte at a time; the decoder throws at the byte
  // that completes an impossible sequence. Only runs on the error path.
  const dec = new TextDecoder(encoding, { fatal: true });
  for (let i = from; i < bytes.length; i++) {
    try {
      dec.decode(bytes.subarray(i, i + 1), { stream: true });
    } catch {
      return i;
    }
  }
  try {
    dec.decode();
  } catch {
    return bytes.length - 1;
  }
  return -1;
}

/** 1-based line of `offset`, counting LF (or lone CR) in the file's own code units. */
export function lineAtByte(bytes: Uint8Array, offset: number, encoding: string): number {
  const step = encoding.startsWith('utf-16') ? 2 : 1;
  const le = encoding !== 'utf-16be';
  let line = 1;
  for (let i = 0; i + step <= offset; i += step) {
    const u = step === 1 ? bytes[i]! : le ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    if (u === 0x0a) line++;
    else if (u === 0x0d) {
      const j = i + step;
      const next = j + step > bytes.length ? -1 : step === 1 ? bytes[j]! : le ? bytes[j]! | (bytes[j + 1]! << 8) : (bytes[j]! << 8) | bytes[j + 1]!;
      if (next !== 0x0a) line++;
    }
  }
  return line;
}

function decodeError(bytes: Uint8Array, encoding: string, from: number, fileName: string): ImportError {
  const found = firstBadByte(bytes, encoding, from);
  const byteOffset = found < 0 ? Math.max(0, bytes.length - 1) : found;
  const line = lineAtByte(bytes, byteOffset, encoding);
  const shown = Array.from(bytes.subarray(byteOffset, byteOffset + (encoding.startsWith('utf-16') ? 2 : 1)))
    .map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`)
    .join(' ');
  const hint =
    encoding === 'utf-8'
      ? ' If the file came from an older Windows program, choose the windows-1252 encoding instead.'
      : ' Choose another encoding if this one is wrong.';
  return new ImportError(
    { fileName, code: 'decode', byteOffset, line },
    `${baseName(fileName)} is not valid ${encoding.toUpperCase()}: byte ${byteOffset} (line ${line}) is ${shown}, which cannot be decoded.${hint}`,
  );
}

const MAGIC: ReadonlyArray<{ bytes: number[]; what: string }> = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive (a .docx or .odt renamed?)' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Office (.doc) file' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' },
];

function binaryError(fileName: string, what: string, byteOffset?: number): ImportError {
  const where = byteOffset === undefined ? '' : ` (byte ${byteOffset})`;
  return new ImportError(
    { fileName, code: 'binary', ...(byteOffset === undefined ? {} : { byteOffset }) },
    `${baseName(fileName)} looks like a binary file, not text${where}: ${what}.`,
  );
}

function refuseBinaryBytes(bytes: Uint8Array, fileName: string): void {
  const magic = MAGIC.find((m) => m.bytes.every((v, i) => bytes[i] === v));
  if (magic) throw binaryError(fileName, `it starts like ${magic.what}`, 0);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw binaryError(fileName, 'it contains NUL bytes', nul);
}

/** Text has almost no control characters; binary data decoded as text has many. */
function refuseBinaryText(text: string, fileName: string): void {
  const n = Math.min(text.length, 65536);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const isControl = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
    if (isControl) controls++;
  }
  if (controls > 0 && controls > n * 0.02) throw binaryError(fileName, `${controls} of its first ${n} characters are control characters`);
}
