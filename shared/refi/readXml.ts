// Safe XML reading for REFI-QDA files (.qde, .qdc). Every file is treated as
// hostile: a document type declaration is refused before any parsing, because
// it is the only way to bring in external entities (XXE) or exponential entity
// expansion ("billion laughs"), and REFI-QDA never needs one. Elements are
// matched by their local name, so the same reader accepts the codebook
// namespaces seen in real files (urn:QDA-XML:codebook:1.0, 0:4, 1:0) and any
// prefix a tool chose.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { scanUtf8 } from '../import/decode';
import { RefiError } from './readError';

export interface XmlElement {
  /** Local name, without namespace prefix. */
  name: string;
  /** Attributes by local name, entities decoded. */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (text and CDATA children joined), entities decoded. */
  text: string;
  /** 1-based line of the element's start tag. */
  line: number;
}

/** Deeper nesting than this is refused (a code tree is rarely deeper than 10). */
const MAX_NESTING = 500;

const BOM_UTF8 = [0xef, 0xbb, 0xbf];

/** Bytes of an XML file → string: BOM, then the encoding declaration, else UTF-8; undecodable bytes are an error naming the line. */
export function decodeXmlBytes(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0) throw new RefiError('empty', { fileName }, 'the file is empty');
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (BOM_UTF8.every((v, i) => bytes[i] === v)) return decodeStrict(bytes.subarray(3), 'utf-8', fileName, 3);
  if (b0 === 0xff && b1 === 0xfe) return decodeStrict(bytes.subarray(2), 'utf-16le', fileName, 2);
  if (b0 === 0xfe && b1 === 0xff) return decodeStrict(bytes.subarray(2), 'utf-16be', fileName, 2);
  // "<?" in UTF-16 without a BOM.
  if (b0 === 0x3c && b1 === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) return decodeStrict(bytes, 'utf-16le', fileName, 0);
  if (b0 === 0x00 && b1 === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f) return decodeStrict(bytes, 'utf-16be', fileName, 0);
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 200)));
  const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1]?.trim().toLowerCase();
  // A declaration saying UTF-16 on bytes that are plainly single-byte is a tool's mistake; read them as UTF-8.
  const encoding = !declared || declared.startsWith('utf-16') || declared === 'unicode' ? 'utf-8' : declared;
  return decodeStrict(bytes, encoding, fileName, 0);
}

function decodeStrict(bytes: Uint8Array, encoding: string, fileName: string, skipped: number): string {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    throw new RefiError('xml', { fileName }, `declares the encoding "${encoding}", which this program cannot read`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    const bad = encoding === 'utf-8' ? Math.max(0, scanUtf8(bytes).firstInvalid) : 0;
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    const where = encoding === 'utf-8' ? ` (byte ${bad + skipped})` : '';
    throw new RefiError('xml', { fileName, line }, `is not valid ${encoding.toUpperCase()}${where}; the file is damaged or was saved in another encoding`);
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

const ENTITY = /&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The five predefined entities and character references; anything else stays as written (there is no DTD to define it). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name]!;
    const cp = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
    // NUL and surrogates are not XML characters; keep the reference visible rather than invent one.
    if (!Number.isFinite(cp) || cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return whole;
    return String.fromCodePoint(cp);
  });
}

type Ordered = Record<string, unknown>;

/**
 * Parse one XML document into a tree of elements with local names. Throws
 * RefiError naming the file and line for a DOCTYPE/ENTITY declaration, for XML
 * that is not well-formed, and for a file without exactly one root element.
 */
export function parseXml(input: string, fileName: string): XmlElement {
  const xml = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (!xml.trim()) throw new RefiError('empty', { fileName }, 'the file is empty');
  const starts = lineStarts(xml);

  const declaration = /<!\s*(DOCTYPE|ENTITY)\b/i.exec(xml);
  if (declaration) {
    throw new RefiError(
      'unsafe',
      { fileName, line: lineAt(starts, declaration.index) },
      `contains a <!${declaration[1]!.toUpperCase()}> declaration; REFI-QDA files never need one, and it can pull in outside files or expand without limit, so the file is refused`,
    );
  }

  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  if (valid !== true) throw notWellFormed(valid.err, xml, starts, fileName);

  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: false,
    htmlEntities: false,
    cdataPropName: '#cdata',
    ignoreDeclaration: true,
    ignorePiTags: true,
    captureMetaData: true,
    maxNestedTags: MAX_NESTING,
  });
  let parsed: Ordered[];
  try {
    parsed = parser.parse(xml) as Ordered[];
  } catch (err) {
    const message = (err as Error).message;
    if (/nested tags/i.test(message)) throw new RefiError('unsafe', { fileName }, `nests elements more than ${MAX_NESTING} levels deep; refused as unsafe`);
    throw new RefiError('xml', { fileName }, `is not well-formed XML: ${message}`);
  }
  const meta = XMLParser.getMetaDataSymbol() as unknown as symbol;
  const roots = parsed.map((node) => toElement(node, meta, starts)).filter((e): e is XmlElement => e !== null);
  if (roots.length !== 1) {
    throw new RefiError('xml', { fileName, line: roots[1]?.line }, roots.length === 0 ? 'has no root element' : `has ${roots.length} root elements; an XML file has exactly one`);
  }
  return roots[0]!;
}

function notWellFormed(err: { code: string; msg: string; line: number; col: number }, xml: string, starts: number[], fileName: string): RefiError {
  // Cut off inside a tag (`<Code gu`): the validator then complains about attributes; say what happened.
  const body = xml.trimEnd();
  const lastOpen = body.lastIndexOf('<');
  if (lastOpen > body.lastIndexOf('>')) {
    const tag = /^<\/?([^\s/>]+)/.exec(body.slice(lastOpen))?.[1] ?? 'element';
    return new RefiError('xml', { fileName, line: lineAt(starts, lastOpen) }, `the file ends before <${tag}> is closed: it is truncated or damaged`);
  }
  // The validator reports unclosed elements at line 1; the useful place is where the file stops.
  const unclosed = /^Invalid '\[(.*)\]' found\.$/s.exec(err.msg) ?? /^Unclosed tag '(.*)'\.$/.exec(err.msg);
  if (unclosed) {
    const names = unclosed[1]!.split(',').map((s) => s.trim().replace(/^"|"$/g, '')).filter(Boolean);
    const last = xml.trimEnd().length - 1;
    const innermost = names[names.length - 1] ?? 'element';
    return new RefiError('xml', { fileName, line: lineAt(starts, Math.max(0, last)) }, `the file ends before <${innermost}> is closed (${names.length} element(s) left open): it is truncated or damaged`);
  }
  return new RefiError('xml', { fileName, line: err.line }, `is not well-formed XML (column ${err.col}): ${err.msg}`);
}

function toElement(node: Ordered, meta: symbol, starts: number[]): XmlElement | null {
  const name = Object.keys(node).find((k) => k !== ':@');
  if (name === undefined || name === '#text' || name === '#cdata' || name.startsWith('?')) return null;
  const rawAttrs = (node[':@'] ?? {}) as Record<string, string>;
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, v] of Object.entries(rawAttrs)) attrs[k] = decodeEntities(String(v));
  const children: XmlElement[] = [];
  let text = '';
  for (const child of (node[name] ?? []) as Ordered[]) {
    if ('#text' in child) text += decodeEntities(String(child['#text']));
    else if ('#cdata' in child) text += ((child['#cdata'] ?? []) as Ordered[]).map((c) => String(c['#text'] ?? '')).join('');
    else {
      const el = toElement(child, meta, starts);
      if (el) children.push(el);
    }
  }
  const startIndex = (node as Record<symbol, { startIndex?: number } | undefined>)[meta]?.startIndex ?? 0;
  return { name, attrs, children, text, line: lineAt(starts, startIndex) };
}

/** Child elements with this local name. */
export const kids = (el: XmlElement, name: string): XmlElement[] => el.children.filter((c) => c.name === name);
/** The first child element with this local name. */
export const kid = (el: XmlElement, name: string): XmlElement | undefined => el.children.find((c) => c.name === name);

/** An attribute by local name; a differently-cased spelling (targetGuid) is accepted too. */
export function attr(el: XmlElement, name: string): string | undefined {
  const exact = el.attrs[name];
  if (exact !== undefined) return exact;
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(el.attrs)) if (k.toLowerCase() === lower) return v;
  return undefined;
}
