// RefiProject → project.qde (QDA-XML 1.0, urn:QDA-XML:project:1.0). Elements come
// in the order Project.xsd's sequences demand; empty collections are left out
// because the schema requires at least one member wherever a collection appears.
//
// The XML comes out as a sequence of chunks of roughly CHUNK characters, and the
// sources and notes may be produced one at a time while it is written, so a large
// project (116 MB of XML for 200,000 selections) is exported without ever holding
// all of its selections or the whole text. writeProject joins the same chunks,
// so the streamed file and the string are the same bytes.
import { type RefiCase, type RefiCode, type RefiNote, type RefiProject, type RefiSelection, type RefiSet, type RefiTextSource, type RefiVariable, type RefiVariableValue, PROJECT_NS } from './model';
import { attr, attrs, dateTime, guid, isXsdBoolean, isXsdDate, isXsdDateTime, isXsdDecimal, isXsdInteger, rgb, text } from './xml';

const VALUE_ELEMENT: Record<RefiVariable['type'], { element: string; valid: (s: string) => boolean }> = {
  Text: { element: 'TextValue', valid: () => true },
  Boolean: { element: 'BooleanValue', valid: isXsdBoolean },
  Integer: { element: 'IntegerValue', valid: isXsdInteger },
  Float: { element: 'FloatValue', valid: isXsdDecimal },
  Date: { element: 'DateValue', valid: isXsdDate },
  DateTime: { element: 'DateTimeValue', valid: isXsdDateTime },
};

/**
 * A RefiProject whose sources and notes may be lazy. They are read in that order,
 * sources first, each exactly once, so a producer may find notes while making sources.
 */
export type RefiProjectStream = Omit<RefiProject, 'sources' | 'notes'> & { sources: Iterable<RefiTextSource>; notes: Iterable<RefiNote> };

/** Characters per chunk: large enough that a chunk costs little, small enough to hold many of. */
const CHUNK = 1 << 16;

export function writeProject(project: RefiProject): string {
  return Array.from(projectXmlChunks(project)).join('');
}

/** project.qde as chunks (each ends at an element boundary; an element with its content may exceed CHUNK). */
export function* projectXmlChunks(project: RefiProjectStream): Generator<string, void, undefined> {
  // Parts are appended by the helpers below and handed out whenever CHUNK is passed.
  let buf = '<?xml version="1.0" encoding="utf-8"?>\n';
  const put = (part: string) => {
    buf += part;
  };
  const full = () => buf.length >= CHUNK;
  const take = () => {
    const chunk = buf;
    buf = '';
    return chunk;
  };
  const variables = new Map(project.variables.map((v) => [v.guid, v]));

  const description = (pad: string, s: string | undefined) => {
    if (s) put(`${pad}<Description>${text(s)}</Description>\n`);
  };
  const refs = (pad: string, element: string, guids: string[], what: string) => {
    for (const g of guids) put(`${pad}<${element} targetGUID="${guid(g, what)}"/>\n`);
  };
  const values = (pad: string, list: RefiVariableValue[], owner: string) => {
    for (const v of list) {
      const variable = variables.get(v.variableGuid);
      if (!variable) throw new Error(`REFI-QDA export: ${owner} has a value for an unknown variable ${v.variableGuid}`);
      put(`${pad}<VariableValue>\n${pad}  <VariableRef targetGUID="${guid(v.variableGuid, `variable "${variable.name}"`)}"/>\n`);
      if (v.value !== null) {
        const { element, valid } = VALUE_ELEMENT[variable.type];
        if (!valid(v.value)) throw new Error(`REFI-QDA export: ${owner}: "${v.value}" is not a valid ${variable.type} for variable "${variable.name}"`);
        put(`${pad}  <${element}>${text(v.value)}</${element}>\n`);
      }
      put(`${pad}</VariableValue>\n`);
    }
  };

  put(
    `<Project${attrs([
      ['xmlns', PROJECT_NS],
      ['name', project.name],
      ['origin', project.origin],
      ['creatingUserGUID', project.creatingUserGuid && guid(project.creatingUserGuid, 'the project creator')],
      ['creationDateTime', dateTime(project.creationDateTime)],
    ])}>\n`,
  );

  if (project.users.length) {
    put('  <Users>\n');
    for (const u of project.users) put(`    <User${attrs([['guid', guid(u.guid, `user "${u.name ?? ''}"`)], ['name', u.name], ['id', u.id]])}/>\n`);
    put('  </Users>\n');
  }

  if (project.codes.length) {
    put('  <CodeBook>\n    <Codes>\n');
    const code = (c: RefiCode, pad: string) => {
      const open = `${pad}<Code${attrs([['guid', guid(c.guid, `code "${c.name}"`)], ['name', c.name], ['isCodable', c.isCodable], ['color', rgb(c.color)]])}`;
      if (!c.description && !c.noteGuids.length && !c.children.length) {
        put(`${open}/>\n`);
        return;
      }
      put(`${open}>\n`);
      description(`${pad}  `, c.description);
      refs(`${pad}  `, 'NoteRef', c.noteGuids, `a note of code "${c.name}"`);
      for (const child of c.children) code(child, `${pad}  `);
      put(`${pad}</Code>\n`);
    };
    for (const c of project.codes) code(c, '      ');
    put('    </Codes>\n  </CodeBook>\n');
  }

  if (project.variables.length) {
    put('  <Variables>\n');
    for (const v of project.variables) {
      const open = `    <Variable${attrs([['guid', guid(v.guid, `variable "${v.name}"`)], ['name', v.name], ['typeOfVariable', v.type]])}`;
      if (!v.description) put(`${open}/>\n`);
      else {
        put(`${open}>\n`);
        description('      ', v.description);
        put('    </Variable>\n');
      }
    }
    put('  </Variables>\n');
  }

  if (project.cases.length) {
    put('  <Cases>\n');
    for (const c of project.cases) {
      writeCase(c);
      if (full()) yield take();
    }
    put('  </Cases>\n');
  }
  function writeCase(c: RefiCase) {
    const what = `case "${c.name ?? c.guid}"`;
    put(`    <Case${attrs([['guid', guid(c.guid, what)], ['name', c.name]])}>\n`);
    description('      ', c.description);
    values('      ', c.values, what);
    refs('      ', 'SourceRef', c.sourceGuids, `a source of ${what}`);
    put('    </Case>\n');
  }

  // Whether there is any source (or note) is known only once the first arrives.
  let sources = 0;
  for (const s of project.sources) {
    if (sources++ === 0) put('  <Sources>\n');
    writeSource(s);
    if (full()) yield take();
  }
  if (sources) put('  </Sources>\n');
  function writeSource(s: RefiTextSource) {
    const what = `source "${s.name ?? s.guid}"`;
    put(
      `    <TextSource${attrs([
        ['guid', guid(s.guid, what)],
        ['name', s.name],
        ['richTextPath', s.richTextPath],
        ['plainTextPath', s.plainTextPath],
        ['creatingUser', s.creatingUser && guid(s.creatingUser, `the creator of ${what}`)],
        ['creationDateTime', dateTime(s.creationDateTime)],
      ])}>\n`,
    );
    description('      ', s.description);
    // Project.xsd: PlainTextContent or plainTextPath, never both; the path wins.
    if (s.plainTextContent !== undefined && s.plainTextPath === undefined) put(`      <PlainTextContent>${text(s.plainTextContent)}</PlainTextContent>\n`);
    for (const sel of s.selections) writeSelection(sel);
    refs('      ', 'NoteRef', s.noteGuids, `a note of ${what}`);
    values('      ', s.values, what);
    put('    </TextSource>\n');
  }
  // The hot path of a large export (one per excerpt and per coding): attributes are
  // written directly, and error texts are built only when a GUID is bad.
  function writeSelection(sel: RefiSelection) {
    let open = `      <PlainTextSelection guid="${guid(sel.guid, 'a PlainTextSelection')}"`;
    if (sel.name !== undefined) open += ` name="${attr(sel.name)}"`;
    open += ` startPosition="${sel.start}" endPosition="${sel.end}"`;
    if (sel.creatingUser !== undefined) open += ` creatingUser="${guid(sel.creatingUser, 'the creating user of a PlainTextSelection')}"`;
    const created = dateTime(sel.creationDateTime);
    if (created !== undefined) open += ` creationDateTime="${created}"`;
    put(`${open}>\n`);
    description('        ', sel.description);
    for (const c of sel.codings) {
      let coding = `        <Coding guid="${guid(c.guid, 'a Coding')}"`;
      if (c.creatingUser !== undefined) coding += ` creatingUser="${guid(c.creatingUser, 'the creating user of a Coding')}"`;
      const at = dateTime(c.creationDateTime);
      if (at !== undefined) coding += ` creationDateTime="${at}"`;
      put(`${coding}>\n          <CodeRef targetGUID="${guid(c.codeGuid, 'the code of a Coding')}"/>\n        </Coding>\n`);
    }
    for (const n of sel.noteGuids) put(`        <NoteRef targetGUID="${guid(n, 'a note of a PlainTextSelection')}"/>\n`);
    put('      </PlainTextSelection>\n');
  }

  let notes = 0;
  for (const n of project.notes) {
    if (notes++ === 0) put('  <Notes>\n');
    writeNote(n);
    if (full()) yield take();
  }
  if (notes) put('  </Notes>\n');
  function writeNote(n: RefiNote) {
    const what = `note "${n.name ?? n.guid}"`;
    put(
      `    <Note${attrs([
        ['guid', guid(n.guid, what)],
        ['name', n.name],
        ['plainTextPath', n.text === undefined ? n.plainTextPath : undefined],
        ['creatingUser', n.creatingUser && guid(n.creatingUser, `the creator of ${what}`)],
        ['creationDateTime', dateTime(n.creationDateTime)],
      ])}>\n`,
    );
    description('      ', n.description);
    // Project.xsd: PlainTextContent or plainTextPath, never both.
    if (n.text !== undefined) put(`      <PlainTextContent>${text(n.text)}</PlainTextContent>\n`);
    put('    </Note>\n');
  }

  if (project.sets.length) {
    put('  <Sets>\n');
    for (const s of project.sets) {
      writeSet(s);
      if (full()) yield take();
    }
    put('  </Sets>\n');
  }
  function writeSet(s: RefiSet) {
    const what = `set "${s.name}"`;
    put(`    <Set${attrs([['guid', guid(s.guid, what)], ['name', s.name]])}>\n`);
    description('      ', s.description);
    refs('      ', 'MemberCode', s.memberCodes, `a code in ${what}`);
    refs('      ', 'MemberSource', s.memberSources, `a source in ${what}`);
    refs('      ', 'MemberNote', s.memberNotes, `a note in ${what}`);
    put('    </Set>\n');
  }

  description('  ', project.description);
  refs('  ', 'NoteRef', project.noteGuids, 'a project note');
  put('</Project>\n');
  yield take();
}
