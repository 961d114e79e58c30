// RefiProject → project.qde (QDA-XML 1.0, urn:QDA-XML:project:1.0). Elements come
// in the order Project.xsd's sequences demand; empty collections are left out
// because the schema requires at least one member wherever a collection appears.
// The XML is built as an array of parts joined once, so writing grows linearly
// with the number of selections.
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

export function writeProject(project: RefiProject): string {
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>\n'];
  const variables = new Map(project.variables.map((v) => [v.guid, v]));

  const description = (pad: string, s: string | undefined) => {
    if (s) out.push(`${pad}<Description>${text(s)}</Description>\n`);
  };
  const refs = (pad: string, element: string, guids: string[], what: string) => {
    for (const g of guids) out.push(`${pad}<${element} targetGUID="${guid(g, what)}"/>\n`);
  };
  const values = (pad: string, list: RefiVariableValue[], owner: string) => {
    for (const v of list) {
      const variable = variables.get(v.variableGuid);
      if (!variable) throw new Error(`REFI-QDA export: ${owner} has a value for an unknown variable ${v.variableGuid}`);
      out.push(`${pad}<VariableValue>\n${pad}  <VariableRef targetGUID="${guid(v.variableGuid, `variable "${variable.name}"`)}"/>\n`);
      if (v.value !== null) {
        const { element, valid } = VALUE_ELEMENT[variable.type];
        if (!valid(v.value)) throw new Error(`REFI-QDA export: ${owner}: "${v.value}" is not a valid ${variable.type} for variable "${variable.name}"`);
        out.push(`${pad}  <${element}>${text(v.value)}</${element}>\n`);
      }
      out.push(`${pad}</VariableValue>\n`);
    }
  };

  out.push(
    `<Project${attrs([
      ['xmlns', PROJECT_NS],
      ['name', project.name],
      ['origin', project.origin],
      ['creatingUserGUID', project.creatingUserGuid && guid(project.creatingUserGuid, 'the project creator')],
      ['creationDateTime', dateTime(project.creationDateTime)],
    ])}>\n`,
  );

  if (project.users.length) {
    out.push('  <Users>\n');
    for (const u of project.users) out.push(`    <User${attrs([['guid', guid(u.guid, `user "${u.name ?? ''}"`)], ['name', u.name], ['id', u.id]])}/>\n`);
    out.push('  </Users>\n');
  }

  if (project.codes.length) {
    out.push('  <CodeBook>\n    <Codes>\n');
    const code = (c: RefiCode, pad: string) => {
      const open = `${pad}<Code${attrs([['guid', guid(c.guid, `code "${c.name}"`)], ['name', c.name], ['isCodable', c.isCodable], ['color', rgb(c.color)]])}`;
      if (!c.description && !c.noteGuids.length && !c.children.length) {
        out.push(`${open}/>\n`);
        return;
      }
      out.push(`${open}>\n`);
      description(`${pad}  `, c.description);
      refs(`${pad}  `, 'NoteRef', c.noteGuids, `a note of code "${c.name}"`);
      for (const child of c.children) code(child, `${pad}  `);
      out.push(`${pad}</Code>\n`);
    };
    for (const c of project.codes) code(c, '      ');
    out.push('    </Codes>\n  </CodeBook>\n');
  }

  if (project.variables.length) {
    out.push('  <Variables>\n');
    for (const v of project.variables) {
      const open = `    <Variable${attrs([['guid', guid(v.guid, `variable "${v.name}"`)], ['name', v.name], ['typeOfVariable', v.type]])}`;
      if (!v.description) out.push(`${open}/>\n`);
      else {
        out.push(`${open}>\n`);
        description('      ', v.description);
        out.push('    </Variable>\n');
      }
    }
    out.push('  </Variables>\n');
  }

  if (project.cases.length) {
    out.push('  <Cases>\n');
    for (const c of project.cases) writeCase(c);
    out.push('  </Cases>\n');
  }
  function writeCase(c: RefiCase) {
    const what = `case "${c.name ?? c.guid}"`;
    out.push(`    <Case${attrs([['guid', guid(c.guid, what)], ['name', c.name]])}>\n`);
    description('      ', c.description);
    values('      ', c.values, what);
    refs('      ', 'SourceRef', c.sourceGuids, `a source of ${what}`);
    out.push('    </Case>\n');
  }

  if (project.sources.length) {
    out.push('  <Sources>\n');
    for (const s of project.sources) writeSource(s);
    out.push('  </Sources>\n');
  }
  function writeSource(s: RefiTextSource) {
    const what = `source "${s.name ?? s.guid}"`;
    out.push(
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
    if (s.plainTextContent !== undefined && s.plainTextPath === undefined) out.push(`      <PlainTextContent>${text(s.plainTextContent)}</PlainTextContent>\n`);
    for (const sel of s.selections) writeSelection(sel);
    refs('      ', 'NoteRef', s.noteGuids, `a note of ${what}`);
    values('      ', s.values, what);
    out.push('    </TextSource>\n');
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
    out.push(`${open}>\n`);
    description('        ', sel.description);
    for (const c of sel.codings) {
      let coding = `        <Coding guid="${guid(c.guid, 'a Coding')}"`;
      if (c.creatingUser !== undefined) coding += ` creatingUser="${guid(c.creatingUser, 'the creating user of a Coding')}"`;
      const at = dateTime(c.creationDateTime);
      if (at !== undefined) coding += ` creationDateTime="${at}"`;
      out.push(`${coding}>\n          <CodeRef targetGUID="${guid(c.codeGuid, 'the code of a Coding')}"/>\n        </Coding>\n`);
    }
    for (const n of sel.noteGuids) out.push(`        <NoteRef targetGUID="${guid(n, 'a note of a PlainTextSelection')}"/>\n`);
    out.push('      </PlainTextSelection>\n');
  }

  if (project.notes.length) {
    out.push('  <Notes>\n');
    for (const n of project.notes) writeNote(n);
    out.push('  </Notes>\n');
  }
  function writeNote(n: RefiNote) {
    const what = `note "${n.name ?? n.guid}"`;
    out.push(
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
    if (n.text !== undefined) out.push(`      <PlainTextContent>${text(n.text)}</PlainTextContent>\n`);
    out.push('    </Note>\n');
  }

  if (project.sets.length) {
    out.push('  <Sets>\n');
    for (const s of project.sets) writeSet(s);
    out.push('  </Sets>\n');
  }
  function writeSet(s: RefiSet) {
    const what = `set "${s.name}"`;
    out.push(`    <Set${attrs([['guid', guid(s.guid, what)], ['name', s.name]])}>\n`);
    description('      ', s.description);
    refs('      ', 'MemberCode', s.memberCodes, `a code in ${what}`);
    refs('      ', 'MemberSource', s.memberSources, `a source in ${what}`);
    refs('      ', 'MemberNote', s.memberNotes, `a note in ${what}`);
    out.push('    </Set>\n');
  }

  description('  ', project.description);
  refs('  ', 'NoteRef', project.noteGuids, 'a project note');
  out.push('</Project>\n');
  return out.join('');
}
