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
// Every row is read with one query per table (no query per excerpt), and each
// document's offsets are converted with one offset map, so the work is linear.
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

  // Sources and selections.
  const docs = s
    .prepare('SELECT id, name, kind, source_name AS sourceName, text, case_id AS caseId, created_at AS createdAt FROM document ORDER BY position, name')
    .all() as { id: string; name: string; kind: string; sourceName: string | null; text: string; caseId: string | null; createdAt: string }[];
  const codingsOf = new Map<string, { id: string; codeId: string; weight: number | null; createdAt: string }[]>();
  for (const c of s.prepare('SELECT id, excerpt_id AS excerptId, code_id AS codeId, weight, created_at AS createdAt FROM excerpt_code ORDER BY rowid').iterate() as Iterable<{
    id: string;
    excerptId: string;
    codeId: string;
    weight: number | null;
    createdAt: string;
  }>) {
    const list = codingsOf.get(c.excerptId);
    if (list) list.push(c);
    else codingsOf.set(c.excerptId, [c]);
  }
  const excerptsOf = new Map<string, { id: string; coderId: string; start: number; end: number; memo: string; createdAt: string }[]>();
  // Unordered (a full sort in SQLite costs more than sorting each document's few hundred in JS).
  for (const e of s.prepare('SELECT id, document_id AS documentId, coder_id AS coderId, start, "end", memo, created_at AS createdAt FROM excerpt').iterate() as Iterable<{
    id: string;
    documentId: string;
    coderId: string;
    start: number;
    end: number;
    memo: string;
    createdAt: string;
  }>) {
    const list = excerptsOf.get(e.documentId);
    if (list) list.push(e);
    else excerptsOf.set(e.documentId, [e]);
  }

  const notes: RefiNote[] = [];
  const sources = new Map<string, RefiTextSource>();
  // Only excerpts that memo rows point at need to be found again by id.
  const memoTargets = new Set((s.prepare("SELECT target_id AS id FROM memo WHERE target_type = 'excerpt'").all() as { id: string }[]).map((m) => m.id));
  const selections = new Map<string, RefiSelection>();
  const texts: RefiExport['texts'] = [];
  for (const d of docs) {
    const guid = asGuid(d.id);
    const map = offsetMap(d.text);
    const source: RefiTextSource = {
      guid,
      name: d.name,
      plainTextPath: `internal://${guid}.txt`,
      creationDateTime: d.createdAt,
      description: `Kind: ${d.kind}${d.sourceName ? `\nSource file: ${d.sourceName}` : ''}`,
      selections: [],
      noteGuids: [],
      values: [],
    };
    const excerpts = excerptsOf.get(d.id) ?? [];
    excerpts.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const e of excerpts) {
      if (e.start < 0 || e.end > d.text.length || e.start > e.end) {
        throw new ApiError('file_error', `excerpt ${e.id} (${e.start}–${e.end}) lies outside document "${d.name}" (${d.text.length} UTF-16 units); run "qualia check"`);
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
      for (const c of codingsOf.get(e.id) ?? []) {
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
        notes.push({ guid: note, name: `Memo on an excerpt of "${d.name}"`, ...(user ? { creatingUser: user } : {}), creationDateTime: e.createdAt, text: e.memo });
        sel.noteGuids.push(note);
      }
      source.selections.push(sel);
      if (memoTargets.has(e.id)) selections.set(e.id, sel);
    }
    sources.set(d.id, source);
    texts.push({ guid, text: d.text });
    const owner = d.caseId ? cases.get(d.caseId) : undefined;
    owner?.sourceGuids.push(guid);
  }

  // Memos.
  const project: RefiProject = {
    name: info.name,
    ...(opts.origin ? { origin: opts.origin } : {}),
    creationDateTime: info.createdAt,
    users,
    codes: roots,
    variables,
    cases: [...cases.values()],
    sources: [...sources.values()],
    otherSources: [],
    notes,
    sets: [...sets.values()],
    noteGuids: [],
  };
  const owner = getSettings(p).ownerCoderId;
  if (owner && userOf.has(owner)) project.creatingUserGuid = userOf.get(owner)!;

  const memos = s.prepare('SELECT id, coder_id AS coderId, target_type AS targetType, target_id AS targetId, title, body, created_at AS createdAt FROM memo ORDER BY created_at, id').all() as {
    id: string;
    coderId: string | null;
    targetType: string;
    targetId: string | null;
    title: string;
    body: string;
    createdAt: string;
  }[];
  for (const m of memos) {
    const guid = asGuid(m.id);
    let name = m.title;
    let attached = true;
    const target = m.targetId ?? '';
    switch (m.targetType) {
      case 'project':
        project.noteGuids.push(guid);
        name ||= 'Project memo';
        break;
      case 'document': {
        const src = sources.get(target);
        if (src) src.noteGuids.push(guid);
        attached = Boolean(src);
        name ||= `Memo on document "${src?.name ?? target}"`;
        break;
      }
      case 'code': {
        const code = codes.get(target);
        if (code) code.noteGuids.push(guid);
        attached = Boolean(code);
        name ||= `Memo on code "${code?.name ?? target}"`;
        break;
      }
      case 'excerpt': {
        const sel = selections.get(target);
        if (sel) sel.noteGuids.push(guid);
        attached = Boolean(sel);
        name ||= 'Memo on an excerpt';
        break;
      }
      case 'theme': {
        const set = sets.get(target);
        if (set) set.memberNotes.push(guid);
        attached = Boolean(set);
        name ||= `Memo on theme "${set?.name ?? target}"`;
        break;
      }
      default:
        attached = false;
        name ||= 'Memo';
    }
    const user = m.coderId ? userOf.get(m.coderId) : undefined;
    notes.push({
      guid,
      name: attached ? name : `${name} (its ${m.targetType} no longer exists)`,
      ...(user ? { creatingUser: user } : {}),
      creationDateTime: m.createdAt,
      text: m.body,
    });
  }
  return { project, texts };
}
