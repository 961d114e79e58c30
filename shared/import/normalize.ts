// Import normalises exactly once; everything stored afterwards (offsets,
// codings) indexes into this form, so it must be idempotent: running it on its
// own output changes nothing.

/** Unicode NFC, LF line endings, no leading BOM. */
export function normalizeText(text: string): string {
  let t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // CRLF first so that a CRLF pair becomes one LF, then lone CRs (old Mac files).
  if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
  // NFC before storing: the same word typed on macOS (NFD) and Windows (NFC)
  // must have the same length, or offsets of a phrase would differ by source.
  return t.normalize('NFC');
}

/** True when `text` is already what `normalizeText` would produce. */
export function isNormalized(text: string): boolean {
  return normalizeText(text) === text;
}
