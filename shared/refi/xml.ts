// The small XML toolkit the REFI-QDA writers share. We write XML by hand rather
// than through fast-xml-parser's XMLBuilder because (1) a project with 200,000
// selections would first have to become an equally large object tree, and (2) the
// builder neither removes characters XML 1.0 forbids nor protects tab/CR/LF in
// attribute values from attribute-value normalisation, both of which a researcher's
// memo or code name can contain. Every value goes through `text()` or `attr()`.

/**
 * Characters XML 1.0 cannot carry at all, not even as character references: C0
 * controls other than tab, LF and CR; unpaired surrogates; U+FFFE and U+FFFF.
 * They are replaced by U+FFFD (the replacement character) so the damage stays
 * visible in the receiving tool instead of silently shortening the text.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** True when `s` holds a character that `text()`/`attr()` would have to replace. */
export const hasForbiddenXmlChars = (s: string): boolean => {
  FORBIDDEN.lastIndex = 0;
  return FORBIDDEN.test(s);
};

const TEXT_SPECIAL = /[&<>\r]/;
const ATTR_SPECIAL = /[&<>"\t\n\r]/;
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // A parser turns a literal CR into LF in text, and tab/CR/LF into spaces in
  // attribute values; as references they survive.
  '\r': '&#13;',
  '\t': '&#9;',
  '\n': '&#10;',
};

function clean(s: string): string {
  FORBIDDEN.lastIndex = 0;
  return FORBIDDEN.test(s) ? s.replace(FORBIDDEN, '\uFFFD') : s;
}

/** Element content. */
export function text(s: string): string {
  const c = clean(s);
  return TEXT_SPECIAL.test(c) ? c.replace(/[&<>\r]/g, (ch) => ENTITY[ch]!) : c;
}

/** An attribute value, for use inside double quotes. */
export function attr(s: string): string {
  const c = clean(s);
  return ATTR_SPECIAL.test(c) ? c.replace(/[&<>"\t\n\r]/g, (ch) => ENTITY[ch]!) : c;
}

/** ` name="value"` for each pair whose value is defined. */
export function attrs(pairs: [string, string | number | boolean | undefined | null][]): string {
  let out = '';
  for (const [name, value] of pairs) {
    if (value === undefined || value === null) continue;
    out += ` ${name}="${typeof value === 'string' ? attr(value) : String(value)}"`;
  }
  return out;
}

/**
 * GUIDType of Project.xsd and Codebook.xsd: a UUID (8-4-4-4-12 hex digits),
 * optionally in braces. Checked by hand rather than by regular expression because
 * a large export checks well over a million of them.
 */
export function isGuid(s: string): boolean {
  let at = 0;
  let end = s.length;
  if (end === 38 && s.charCodeAt(0) === 0x7b && s.charCodeAt(37) === 0x7d) {
    at = 1;
    end = 37;
  } else if (end !== 36) return false;
  for (let i = at; i < end; i++) {
    const c = s.charCodeAt(i);
    const k = i - at;
    if (k === 8 || k === 13 || k === 18 || k === 23) {
      if (c !== 0x2d) return false;
    } else if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46))) return false;
  }
  return true;
}

/** The writers refuse a model with a bad GUID: a file that another tool rejects is worse than no file. */
export function guid(s: string, what: string): string {
  if (!isGuid(s)) throw new Error(`REFI-QDA export: ${what} has the id "${s}", which is not a GUID`);
  return s;
}

/** `#RRGGBB` (the RGBType pattern also allows #RGB, expanded here), or undefined when not a colour. */
export function rgb(colour: string | undefined): string | undefined {
  if (!colour) return undefined;
  const m = /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/.exec(colour.trim());
  if (!m) return undefined;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return `#${hex.toUpperCase()}`;
}

// xsd:dateTime: date, 'T', time with optional fraction, optional zone.
const DATE_TIME = /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-](0\d|1[0-3]):[0-5]\d|[+-]14:00)?$/;
const DATE = /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(Z|[+-](0\d|1[0-3]):[0-5]\d|[+-]14:00)?$/;

/** Days in each month exist (2023-02-29 does not); the patterns above only bound the digits. */
function realDay(s: string): boolean {
  const from = s.charCodeAt(0) === 0x2d ? 1 : 0;
  const dash = s.indexOf('-', from);
  const y = Number(s.slice(from, dash));
  const m = Number(s.slice(dash + 1, dash + 3));
  const d = Number(s.slice(dash + 4, dash + 6));
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

export const isXsdDateTime = (s: string): boolean => DATE_TIME.test(s) && realDay(s);
export const isXsdDate = (s: string): boolean => DATE.test(s) && realDay(s);

/** An optional dateTime attribute: written only when valid, since the attribute is optional and a bad one fails validation. */
export const dateTime = (s: string | undefined): string | undefined => (s && isXsdDateTime(s) ? s : undefined);

export const isXsdInteger = (s: string): boolean => /^[-+]?\d+$/.test(s);
/** xsd:decimal: no exponent, no NaN/INF. */
export const isXsdDecimal = (s: string): boolean => /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(s);
export const isXsdBoolean = (s: string): boolean => /^(?:true|false|1|0)$/.test(s);
