// A REFI-QDA codebook: a stand-alone .qdc file, or the CodeBook element inside a
// project. Elements are matched by local name, so every namespace seen in real
// files works (urn:QDA-XML:codebook:1.0, 0:4, 1:0, or the project's own), and
// MemberCode is read with either `guid` (Codebook.xsd) or `targetGUID` (Project.xsd).
import type { RefiCode, RefiCodebook, RefiSet } from './model';
import { RefiError } from './readError';
import { attr, kid, kids, parseXml, type XmlElement } from './readXml';

/** GUIDs are compared case-insensitively (MAXQDA and ATLAS.ti write upper case, NVivo and qc lower): kept lower-cased, without braces. */
export const guidOf = (s: string | undefined): string | undefined => {
  // GUIDType also allows the Windows form in braces: {xxxxxxxx-…}.
  const t = s?.trim().replace(/^\{(.*)\}$/, '$1').toLowerCase();
  return t ? t : undefined;
};

/** Text of a child like <Description>, or undefined when absent or blank. */
export function childText(el: XmlElement, name: string): string | undefined {
  const c = kid(el, name);
  return c && c.text.trim() ? c.text : undefined;
}

export function requireGuid(el: XmlElement, fileName: string, name = 'guid'): string {
  const g = guidOf(attr(el, name));
  if (!g) throw new RefiError('structure', { fileName, line: el.line }, `<${el.name}> has no ${name} attribute`);
  return g;
}

export function noteRefs(el: XmlElement): string[] {
  return kids(el, 'NoteRef')
    .map((n) => guidOf(attr(n, 'targetGUID')))
    .filter((g): g is string => g !== undefined);
}

function readCode(el: XmlElement, fileName: string): RefiCode {
  const code: RefiCode = {
    guid: requireGuid(el, fileName),
    name: attr(el, 'name') ?? '',
    isCodable: (attr(el, 'isCodable') ?? 'true').trim().toLowerCase() !== 'false',
    noteGuids: noteRefs(el),
    children: kids(el, 'Code').map((c) => readCode(c, fileName)),
  };
  const color = attr(el, 'color')?.trim();
  if (color) code.color = color;
  const description = childText(el, 'Description');
  if (description !== undefined) code.description = description;
  return code;
}

/** The top-level codes under a <Codes> element. */
export function readCodes(codesEl: XmlElement | undefined, fileName: string): RefiCode[] {
  return codesEl ? kids(codesEl, 'Code').map((c) => readCode(c, fileName)) : [];
}

const memberGuids = (el: XmlElement, name: string): string[] =>
  kids(el, name)
    .map((m) => guidOf(attr(m, 'targetGUID') ?? attr(m, 'guid')))
    .filter((g): g is string => g !== undefined);

export function readSet(el: XmlElement, fileName: string): RefiSet {
  const set: RefiSet = {
    guid: requireGuid(el, fileName),
    name: attr(el, 'name') ?? '',
    memberCodes: memberGuids(el, 'MemberCode'),
    memberSources: memberGuids(el, 'MemberSource'),
    memberNotes: memberGuids(el, 'MemberNote'),
  };
  const description = childText(el, 'Description');
  if (description !== undefined) set.description = description;
  return set;
}

/** A <CodeBook> element, wherever it sits. */
export function readCodebookElement(el: XmlElement, fileName: string): RefiCodebook {
  const book: RefiCodebook = {
    codes: readCodes(kid(el, 'Codes'), fileName),
    sets: kids(kid(el, 'Sets') ?? el, 'Set').map((s) => readSet(s, fileName)),
  };
  const origin = attr(el, 'origin');
  if (origin) book.origin = origin;
  return book;
}

/** A .qdc file's text → codebook. Throws RefiError (file and line) for XML or structure it cannot read. */
export function readCodebook(xml: string, fileName: string): RefiCodebook {
  const root = parseXml(xml, fileName);
  if (root.name === 'Project') {
    const inner = kid(root, 'CodeBook');
    if (!inner) throw new RefiError('structure', { fileName, line: root.line }, 'is a REFI-QDA project without a codebook');
    const book = readCodebookElement(inner, fileName);
    // In a project, code groups are project-level Sets.
    const projectSets = kid(root, 'Sets');
    if (projectSets) book.sets.push(...kids(projectSets, 'Set').map((s) => readSet(s, fileName)));
    return book;
  }
  if (root.name !== 'CodeBook') {
    throw new RefiError('structure', { fileName, line: root.line }, `is not a REFI-QDA codebook (its root element is <${root.name}>, expected <CodeBook>)`);
  }
  return readCodebookElement(root, fileName);
}
