// A Qualia project read into the REFI-QDA model (shared/refi/model.ts), plus the
// text of every source exactly as the archive will hold it. Mapping decisions,
// each documented for users in docs/refi-qda.md:
//
// - coders → Users; the consensus coder is a User too, named "… (consensus)" unless
//   its name already says so, with id="qualia:consensus".
// - codes → the Code tree; definition, inclusion, exclusion, example and the weight
//   scale go into the Description (shared/refi/qualiaDescriptions.ts).
// - descriptor fields → Variables. number → Integer or Float, date → Date or DateTime,
//   but only when every value fits that XSD type; otherwise the variable is Text so
//   no value is lost or rejected. choice → Text with its choices in the Description.
// - documents → TextSources with plainTextPath internal://<guid>.txt; excerpts → one
//   PlainTextSelection each (positions in code points, end exclusive) with one Coding
//   per code applied, creatingUser = the excerpt's coder; coding weights go into the
//   selection's Description.
// - memos → Notes. Project memos hang off the Project's NoteRefs, document memos off
//   their TextSource, code memos off their Code, excerpt memos (the memo column and
//   memo rows on an excerpt) off their PlainTextSelection, theme memos are MemberNotes
//   of the theme's Set. A memo whose target is gone is still exported, unreferenced.
// - themes → Sets of MemberCodes.
//
// A large project (1,000 transcripts, 200,000 excerpts) does not fit in memory as one
// model, so projectToRefiParts hands out one document at a time — its text, excerpts
// and codings read by three indexed queries — and the export writes each before
// reading the next. Everything a source or selection refers to (users, codes, cases,
// memo attachments) is read first; each document's offsets are converted with one
// offset map, so the work stays linear.
import { ApiError } from '../../shared/api/envelope';
import type { RefiCase, RefiCoding, RefiNote, RefiProject, RefiSelection, RefiTextSource, RefiUser, RefiVariable, RefiVariableType } from '../../shared/refi/model';
import { composeWeightsDescription, type SelectionWeight } from '../../shared/refi/qualiaDescriptions';
import { isXsdDate, isXsdDateTime, isXsdDecimal, isXsdInteger } from '../../shared/refi/xml';
import { offsetMap } from '../../shared/text/codePoints';
import type { ProjectDb } from '../open';
import { getSettings } from '../services/settings';
import { readCodes, readThemes } from './codebookToRefi';
import { asGuid, derivedGuid } from './refiGuids';

export interface RefiExport {
  project: RefiProject;
  /** Each TextSource's text, exactly as `sources/<guid>.txt` holds it (the stored, normalised text). */
  texts: { guid: string; text: string }[];
}

/**
 * The same project in parts, for writing without holding it all. Run it in one
 * synchronous pass (documents() to its end, then notes()): the rows are read as
 * the parts are taken, and nothing else may change the project in between.
 */
export interface RefiExportParts {
  /** Everything but the sources and notes, complete before the first document is read. */
  head: Omit<RefiProject, 'sources' | 'notes'>;
  /** Each document in project order: its TextSource and its text as `sources/<guid>.txt` holds it. */
  documents(): Generator<{ source: RefiTextSource; text: string }, void, undefined>;
  /** Memos on excerpts (found while reading the documents), then the memo rows. */
  notes(): Generator<RefiNote, void, undefined>;
}

/** The User id that marks Qualia's consensus layer, so a Qualia import can recognise it. */
export const CONSENSUS_USER_ID = 'qualia:consensus';

const WITH_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?$/;

/**
 * The XSD type a descriptor field's values all fit, and each value written in it.
 * Qualia stores values as typed text; a field typed "number" whose values were
 * later edited to "about 5" becomes Text rather than an invalid file.
 */
function variableType(type: string, values: string[]): { type: RefiVariableType; write: (v: string) => string } {
  const same = (v: string) => v;
  if (type === 'number') {
    if (values.every(isXsdInteger)) return { type: 'Integer', write: same };
    if (values.every(isXsdDecimal)) return { type: 'Float', write: same };
  }
  if (type === 'date' && values.length) {
    if (values.every(isXsdDate)) return { type: 'Date', write: same };
    const dateTime = (v: string) => {
      const m = WITH_TIME.exec(v);
      return m ? `${m[1]}T${m[2]}${m[3] ?? ':00'}` : v;
    };
    if (values.every((v) => isXsdDateTime(dateTime(v)))) return { type: 'DateTime', write: dateTime };
  }
  return { type: 'Text', write: same };
}

export function projectToRefi(p: ProjectDb, opts: { origin?: string } = {}): RefiExport {
  const parts = projectToRefiParts(p, opts);
  const sources: RefiTextSource[] = [];
  const texts: RefiExport['texts'] = [];
  for (const { source, text } of parts.documents()) {
    sources.push(source);
    texts.push({ guid: source.guid, text });
  }
  return { project: { ...parts.head, sources, notes: [...parts.notes()] }, texts };
}

interface DocumentRow {
  id: string;
  name: string;
  kind: string;
  sourceName: string | null;
  caseId: string | null;
  createdAt: string;
}
interface ExcerptRow {
  id: string;
  coderId: string;
  start: number;
  end: number;
  memo: string;
  createdAt: string;
}
interface CodingRow {
  id: string;
  excerptId: string;
  codeId: string;
  weight: number | null;
  createdAt: string;
}
interface MemoRow {
  id: string;
  coderId: string | null;
  targetType: string;
  targetId: string | null;
  title: string;
  body: string;
  createdAt: string;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export function projectToRefiParts(p: ProjectDb, opts: { origin?: string } = {}): RefiExportParts {
  const s = p.sqlite;
  const info = s.prepare('SELECT name, created_at AS createdAt FROM project LIMIT 1').get() as { name: string; createdAt: string };

  // Users.
  const coders = s.prepare('SELECT id, name, kind FROM coder ORDER BY kind DESC, name').all() as { id: string; name: string; kind: string }[];
  const userOf = new Map<string, string>();
  const users: RefiUser[] = coders.map((c) => {
    userOf.set(c.id, asGuid(c.id));
    if (c.kind !== 'consensus') return { guid: asGuid(c.id), name: c.name };
    return { guid: asGuid(c.id), name: /consensus/i.test(c.name) ? c.name : `${c.name} (consensus)`, id: CONSENSUS_USER_ID };
  });

  const { roots, byId: codes } = readCodes(p);
  const sets = readThemes(p, codes);

  // Variables and cases.
  const fields = s.prepare('SELECT id, name, type, choices FROM descriptor_field ORDER BY position, name').all() as { id: string; name: string; type: string; choices: string }[];
  const valueRows = (
    s
      .prepare(
        `SELECT v.case_id AS caseId, v.field_id AS fieldId, v.value
           FROM case_value v JOIN cases c ON c.id = v.case_id JOIN descriptor_field f ON f.id = v.field_id
          ORDER BY c.position, c.name, f.position, f.name`,
      )
      .all() as {
      caseId: string;
      fieldId: string;
      value: string | null;
    }[]
  ).filter((v): v is { caseId: string; fieldId: string; value: string } => v.value !== null && v.value !== '');
  const variables: RefiVariable[] = [];
  const writeValue = new Map<string, (v: string) => string>();
  for (const f of fields) {
    const { type, write } = variableType(f.type, valueRows.filter((v) => v.fieldId === f.id).map((v) => v.value));
    writeValue.set(f.id, write);
    let choices: string[] = [];
    try {
      choices = JSON.parse(f.choices) as string[];
    } catch {
      // A damaged choices list only loses the Description.
    }
    variables.push({ guid: asGuid(f.id), name: f.name, type, ...(f.type === 'choice' && choices.length ? { description: `Choices: ${JSON.stringify(choices)}` } : {}) });
  }
  const cases = new Map<string, RefiCase>();
  for (const c of s.prepare('SELECT id, name FROM cases ORDER BY position, name').all() as { id: string; name: string }[]) {
    cases.set(c.id, { guid: asGuid(c.id), name: c.name, values: [], sourceGuids: [] });
  }
  for (const v of valueRows) cases.get(v.caseId)?.values.push({ variableGuid: asGuid(v.fieldId), value: writeValue.get(v.fieldId)!(v.value) });

  // The documents without their texts; Cases (written before Sources) list their sources.
  const docs = s
    .prepare('SELECT id, name, kind, source_name AS sourceName, case_id AS caseId, created_at AS createdAt FROM document ORDER BY position, name')
    .all() as DocumentRow[];
  const docName = new Map<string, string>();
  for (const d of docs) {
    docName.set(d.id, d.name);
    if (d.caseId) cases.get(d.caseId)?.sourceGuids.push(asGuid(d.id));
  }

  // Memo rows, attached before anything is written: codes and sets are written before
  // the sources, and a source's or selection's NoteRefs are written with it.
  const memos = s.prepare('SELECT id, coder_id AS coderId, target_type AS targetType, target_id AS targetId, title, body, created_at AS createdAt FROM memo ORDER BY created_at, id').all() as MemoRow[];
  const projectNotes: string[] = [];
  const documentNotes = new Map<string, string[]>();
  const excerptNotes = new Map<string, string[]>();
  for (const m of memos) {
    const guid = asGuid(m.id);
    const target = m.targetId ?? '';
    if (m.targetType === 'project') projectNotes.push(guid);
    else if (m.targetType === 'document') push(documentNotes, target, guid);
    else if (m.targetType === 'code') codes.get(target)?.noteGuids.push(guid);
    else if (m.targetType === 'excerpt') push(excerptNotes, target, guid);
    else if (m.targetType === 'theme') sets.get(target)?.memberNotes.push(guid);
  }

  const head: RefiExportParts['head'] = {
    name: info.name,
    ...(opts.origin ? { origin: opts.origin } : {}),
    creationDateTime: info.createdAt,
    users,
    codes: roots,
    variables,
    cases: [...cases.values()],
    otherSources: [],
    sets: [...sets.values()],
    noteGuids: projectNotes,
  };
  const owner = getSettings(p).ownerCoderId;
  if (owner && userOf.has(owner)) head.creatingUserGuid = userOf.get(owner)!;

  const textOf = s.prepare('SELECT text FROM document WHERE id = ?').pluck();
  const excerptsOf = s.prepare('SELECT id, coder_id AS coderId, start, "end", memo, created_at AS createdAt FROM excerpt WHERE document_id = ?');
  const codingsOf = s.prepare(
    `SELECT c.id, c.excerpt_id AS excerptId, c.code_id AS codeId, c.weight, c.created_at AS createdAt
       FROM excerpt_code c JOIN excerpt e ON e.id = c.excerpt_id
      WHERE e.document_id = ? ORDER BY c.rowid`,
  );
  // Memos on excerpts: the memo column, found while reading the documents.
  const excerptMemos: RefiNote[] = [];
  // Excerpts a memo row was attached to (an excerpt memo whose excerpt is gone says so).
  const attached = new Set<string>();
  let documentsRead = false;

  function* documents(): Generator<{ source: RefiTextSource; text: string }, void, undefined> {
    excerptMemos.length = 0;
    attached.clear();
    documentsRead = false;
    for (const d of docs) {
      const text = textOf.get(d.id) as string;
      const guid = asGuid(d.id);
      const map = offsetMap(text);
      const source: RefiTextSource = {
        guid,
        name: d.name,
        plainTextPath: `internal://${guid}.txt`,
        creationDateTime: d.createdAt,
        description: `Kind: ${d.kind}${d.sourceName ? `\nSource file: ${d.sourceName}` : ''}`,
        selections: [],
        noteGuids: documentNotes.get(d.id) ?? [],
        values: [],
      };
      const codings = new Map<string, CodingRow[]>();
      for (const c of codingsOf.all(d.id) as CodingRow[]) push(codings, c.excerptId, c);
      const excerpts = excerptsOf.all(d.id) as ExcerptRow[];
      excerpts.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      for (const e of excerpts) {
        if (e.start < 0 || e.end > text.length || e.start > e.end) {
          throw new ApiError('file_error', `excerpt ${e.id} (${e.start}–${e.end}) lies outside document "${d.name}" (${text.length} UTF-16 units); run "qualia check"`);
        }
        const weights: SelectionWeight[] = [];
        const sel: RefiSelection = {
          guid: asGuid(e.id),
          start: map.toCodePoint(e.start),
          end: map.toCodePoint(e.end),
          creationDateTime: e.createdAt,
          codings: [],
          noteGuids: [],
        };
        const user = userOf.get(e.coderId);
        if (user) sel.creatingUser = user;
        for (const c of codings.get(e.id) ?? []) {
          const code = codes.get(c.codeId);
          if (!code) continue;
          const coding: RefiCoding = { guid: asGuid(c.id), codeGuid: code.guid, creationDateTime: c.createdAt };
          if (user) coding.creatingUser = user;
          sel.codings.push(coding);
          if (c.weight !== null) weights.push({ codeGuid: code.guid, codeName: code.name, weight: c.weight });
        }
        const description = composeWeightsDescription(weights);
        if (description) sel.description = description;
        if (e.memo) {
          const note = derivedGuid(`excerpt-memo:${e.id}`);
          excerptMemos.push({ guid: note, name: `Memo on an excerpt of "${d.name}"`, ...(user ? { creatingUser: user } : {}), creationDateTime: e.createdAt, text: e.memo });
          sel.noteGuids.push(note);
        }
        const rows = excerptNotes.get(e.id);
        if (rows) {
          sel.noteGuids.push(...rows);
          attached.add(e.id);
        }
        source.selections.push(sel);
      }
      yield { source, text };
    }
    documentsRead = true;
  }

  function* notes(): Generator<RefiNote, void, undefined> {
    // An internal ordering rule, not a user error: an excerpt's memo is known only once its document is read.
    if (!documentsRead) throw new Error('projectToRefiParts: notes() was read before documents() was read to its end');
    yield* excerptMemos;
    for (const m of memos) {
      let name = m.title;
      let isAttached = true;
      const target = m.targetId ?? '';
      switch (m.targetType) {
        case 'project':
          name ||= 'Project memo';
          break;
        case 'document': {
          const doc = docName.get(target);
          isAttached = doc !== undefined;
          name ||= `Memo on document "${doc ?? target}"`;
          break;
        }
        case 'code': {
          const code = codes.get(target);
          isAttached = Boolean(code);
          name ||= `Memo on code "${code?.name ?? target}"`;
          break;
        }
        case 'excerpt':
          isAttached = attached.has(target);
          name ||= 'Memo on an excerpt';
          break;
        case 'theme': {
          const set = sets.get(target);
          isAttached = Boolean(set);
          name ||= `Memo on theme "${set?.name ?? target}"`;
          break;
        }
        default:
          isAttached = false;
          name ||= 'Memo';
      }
      const user = m.coderId ? userOf.get(m.coderId) : undefined;
      yield {
        guid: asGuid(m.id),
        name: isAttached ? name : `${name} (its ${m.targetType} no longer exists)`,
        ...(user ? { creatingUser: user } : {}),
        creationDateTime: m.createdAt,
        text: m.body,
      };
    }
  }

  return { head, documents, notes };
}
