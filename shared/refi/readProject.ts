// A REFI-QDA project (.qde, Project.xsd) → RefiProject. Tolerant of what real
// exports do: any namespace or prefix, a codebook pasted in under another
// namespace, no XML declaration or one in single quotes, sources without a
// name, GUIDs in either case (kept lower-cased here, so references match).
// Positions are kept as written; their unit is decided later against the text.
import type {
  RefiCase,
  RefiCoding,
  RefiNote,
  RefiOtherSource,
  RefiProject,
  RefiSelection,
  RefiTextSource,
  RefiUser,
  RefiVariable,
  RefiVariableType,
  RefiVariableValue,
} from './model';
import { RefiError } from './readError';
import { childText, guidOf, noteRefs, readCodebookElement, readSet, requireGuid } from './readCodebook';
import { attr, kid, kids, parseXml, type XmlElement } from './readXml';

const VARIABLE_TYPES: Record<string, RefiVariableType> = {
  text: 'Text',
  boolean: 'Boolean',
  integer: 'Integer',
  float: 'Float',
  date: 'Date',
  datetime: 'DateTime',
};

const VALUE_ELEMENTS = ['TextValue', 'BooleanValue', 'IntegerValue', 'FloatValue', 'DateValue', 'DateTimeValue'];
const OTHER_SOURCES = ['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource'] as const;

function setIf<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined && value !== '') target[key] = value;
}

function position(el: XmlElement, name: string, fileName: string): number {
  const raw = attr(el, name);
  if (raw === undefined) throw new RefiError('structure', { fileName, line: el.line }, `<${el.name}> has no ${name}`);
  if (!/^\s*\d+\s*$/.test(raw)) throw new RefiError('structure', { fileName, line: el.line }, `<${el.name}> ${name}="${raw}" is not a whole number ≥ 0`);
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new RefiError('structure', { fileName, line: el.line }, `<${el.name}> ${name}="${raw}" is too large`);
  return n;
}

function readValues(el: XmlElement): RefiVariableValue[] {
  const out: RefiVariableValue[] = [];
  for (const v of kids(el, 'VariableValue')) {
    const ref = kid(v, 'VariableRef');
    const variableGuid = ref ? guidOf(attr(ref, 'targetGUID')) : undefined;
    if (!variableGuid) continue;
    const valueEl = v.children.find((c) => VALUE_ELEMENTS.includes(c.name));
    out.push({ variableGuid, value: valueEl && valueEl.text.trim() !== '' ? valueEl.text.trim() : null });
  }
  return out;
}

function readCoding(el: XmlElement, fileName: string): RefiCoding | null {
  const ref = kid(el, 'CodeRef');
  const codeGuid = ref ? guidOf(attr(ref, 'targetGUID')) : undefined;
  if (!codeGuid) throw new RefiError('structure', { fileName, line: el.line }, '<Coding> has no <CodeRef targetGUID="…">');
  const coding: RefiCoding = { guid: guidOf(attr(el, 'guid')) ?? '', codeGuid };
  setIf(coding, 'creatingUser', guidOf(attr(el, 'creatingUser')));
  setIf(coding, 'creationDateTime', attr(el, 'creationDateTime'));
  return coding;
}

function readSelection(el: XmlElement, fileName: string): RefiSelection {
  const sel: RefiSelection = {
    guid: requireGuid(el, fileName),
    start: position(el, 'startPosition', fileName),
    end: position(el, 'endPosition', fileName),
    codings: kids(el, 'Coding')
      .map((c) => readCoding(c, fileName))
      .filter((c): c is RefiCoding => c !== null),
    noteGuids: noteRefs(el),
    line: el.line,
  };
  setIf(sel, 'name', attr(el, 'name'));
  setIf(sel, 'creatingUser', guidOf(attr(el, 'creatingUser')));
  setIf(sel, 'creationDateTime', attr(el, 'creationDateTime'));
  setIf(sel, 'description', childText(el, 'Description'));
  return sel;
}

/** A TextSource, or the plain-text Representation of a PDFSource (read under the PDF's GUID and name). */
function readTextSource(el: XmlElement, fileName: string, owner: XmlElement = el): RefiTextSource {
  const source: RefiTextSource = {
    guid: requireGuid(owner, fileName),
    selections: kids(el, 'PlainTextSelection').map((s) => readSelection(s, fileName)),
    noteGuids: [...new Set([...noteRefs(owner), ...(owner === el ? [] : noteRefs(el))])],
    values: readValues(owner),
    line: el.line,
  };
  setIf(source, 'name', attr(owner, 'name'));
  setIf(source, 'plainTextPath', attr(el, 'plainTextPath')?.trim());
  setIf(source, 'richTextPath', attr(owner, 'richTextPath')?.trim());
  const content = kid(el, 'PlainTextContent');
  if (content) source.plainTextContent = content.text;
  setIf(source, 'creatingUser', guidOf(attr(owner, 'creatingUser')));
  setIf(source, 'creationDateTime', attr(owner, 'creationDateTime'));
  setIf(source, 'description', childText(owner, 'Description'));
  return source;
}

function readNote(el: XmlElement, fileName: string): RefiNote {
  const note: RefiNote = { guid: requireGuid(el, fileName) };
  setIf(note, 'name', attr(el, 'name'));
  setIf(note, 'creatingUser', guidOf(attr(el, 'creatingUser')));
  setIf(note, 'creationDateTime', attr(el, 'creationDateTime'));
  setIf(note, 'description', childText(el, 'Description'));
  const content = kid(el, 'PlainTextContent');
  if (content) note.text = content.text;
  setIf(note, 'plainTextPath', attr(el, 'plainTextPath')?.trim());
  return note;
}

function readCase(el: XmlElement, fileName: string): RefiCase {
  const c: RefiCase = {
    guid: requireGuid(el, fileName),
    values: readValues(el),
    sourceGuids: kids(el, 'SourceRef')
      .map((s) => guidOf(attr(s, 'targetGUID')))
      .filter((g): g is string => g !== undefined),
  };
  setIf(c, 'name', attr(el, 'name'));
  setIf(c, 'description', childText(el, 'Description'));
  return c;
}

function readVariable(el: XmlElement, fileName: string): RefiVariable {
  const v: RefiVariable = {
    guid: requireGuid(el, fileName),
    name: attr(el, 'name') ?? '',
    type: VARIABLE_TYPES[(attr(el, 'typeOfVariable') ?? 'Text').trim().toLowerCase()] ?? 'Text',
  };
  setIf(v, 'description', childText(el, 'Description'));
  return v;
}

/** A .qde file's text → RefiProject. Throws RefiError (file and line) for XML or structure it cannot read. */
export function readProject(xml: string, fileName: string): RefiProject {
  const root = parseXml(xml, fileName);
  if (root.name === 'CodeBook') {
    throw new RefiError('structure', { fileName, line: root.line }, 'is a REFI-QDA codebook (.qdc), not a project; import it with "qualia codebook import"');
  }
  if (root.name !== 'Project') {
    throw new RefiError('structure', { fileName, line: root.line }, `is not a REFI-QDA project (its root element is <${root.name}>, expected <Project>)`);
  }
  const users: RefiUser[] = kids(kid(root, 'Users') ?? root, 'User').map((u) => {
    const user: RefiUser = { guid: requireGuid(u, fileName) };
    setIf(user, 'name', attr(u, 'name'));
    setIf(user, 'id', attr(u, 'id'));
    return user;
  });
  const codebookEl = kid(root, 'CodeBook');
  const codebook = codebookEl ? readCodebookElement(codebookEl, fileName) : { codes: [], sets: [] };
  const sourcesEl = kid(root, 'Sources');
  const sources: RefiTextSource[] = [];
  const otherSources: RefiOtherSource[] = [];
  for (const s of sourcesEl?.children ?? []) {
    if (s.name === 'TextSource') sources.push(readTextSource(s, fileName));
    else if ((OTHER_SOURCES as readonly string[]).includes(s.name)) {
      const representation = s.name === 'PDFSource' ? kid(s, 'Representation') : undefined;
      if (representation) {
        sources.push(readTextSource(representation, fileName, s));
        continue;
      }
      const other: RefiOtherSource = { guid: requireGuid(s, fileName), kind: s.name as RefiOtherSource['kind'] };
      setIf(other, 'name', attr(s, 'name'));
      setIf(other, 'path', attr(s, 'path')?.trim());
      otherSources.push(other);
    }
  }
  const project: RefiProject = {
    name: attr(root, 'name') ?? '',
    users,
    codes: codebook.codes,
    variables: kids(kid(root, 'Variables') ?? root, 'Variable').map((v) => readVariable(v, fileName)),
    cases: kids(kid(root, 'Cases') ?? root, 'Case').map((c) => readCase(c, fileName)),
    sources,
    otherSources,
    notes: kids(kid(root, 'Notes') ?? root, 'Note').map((n) => readNote(n, fileName)),
    // Project-level Sets, plus any a pasted-in codebook brought with it.
    sets: [...kids(kid(root, 'Sets') ?? root, 'Set').map((s) => readSet(s, fileName)), ...codebook.sets],
    noteGuids: noteRefs(root),
  };
  setIf(project, 'origin', attr(root, 'origin'));
  setIf(project, 'creatingUserGuid', guidOf(attr(root, 'creatingUserGUID')));
  setIf(project, 'creationDateTime', attr(root, 'creationDateTime'));
  setIf(project, 'description', childText(root, 'Description'));
  return project;
}
