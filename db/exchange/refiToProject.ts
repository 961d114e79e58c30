// Writing a read REFI-QDA project into a fresh, empty Qualia project, in one
// transaction. Mapping (documented for users in docs/refi-qda.md, "Import"):
//
// - Users → coders (names made unique). Codings with no user → a coder
//   "Imported (unknown coder)"; a user GUID the file does not list → "Unknown user …".
//   The user a Qualia export marks id="qualia:consensus" is the consensus layer again.
// - Codes → the code tree; colour → #rrggbb; Description → definition (plus
//   inclusion/exclusion/example/weight scale when a Qualia export wrote them).
// - Variables → descriptor fields; Cases → cases with values; a Case's SourceRefs → the document's case.
// - TextSources → documents (speaker turns found as on any import).
// - PlainTextSelections → excerpts: one per selection and coder, carrying every
//   code that coder applied there. Selection Description and Notes → the excerpt's memo.
// - Notes → memos on the project, a document or a code; Notes no one points to → project memos.
// - Sets with codes → themes (a Set's MemberNotes → memos on the theme). Sets of only
//   documents or notes have no Qualia counterpart and are reported as skipped.
//
// GUIDs become row ids when they are UUIDs (lower-cased), so a Qualia export
// imported again keeps its ids; anything else gets a new id.
import type { QdpxImportReport } from '../../shared/api/schemas';
import { codePointLength } from '../../shared/text/codePoints';
import type { ImportSegment } from '../../shared/import/types';
import type { RefiCode, RefiNote, RefiProject, RefiSelection, RefiTextSource } from '../../shared/refi/model';
import { cleanCodeName, fieldSpec, normalColour, parseSourceDescription, splitSelectionDescription, uniqueName } from '../../shared/refi/importValues';
import type { ConvertedSpan } from '../../shared/refi/positions';
import { parseCodeDescription } from '../../shared/refi/qualiaDescriptions';
import { isGuid } from '../../shared/refi/xml';
import { createHash } from 'node:crypto';
import { newId } from '../ids';
import type { ProjectDb } from '../open';
import { CONSENSUS_USER_ID } from './projectToRefi';

export interface PlacedSource {
  source: RefiTextSource;
  /** Name the document gets (before making it unique). */
  name: string;
  /** Normalised text and the structure found in it. */
  text: string;
  segments: ImportSegment[];
  speakers: string[];
  sourceName: string | null;
  sourceSha256: string;
  encoding: string | null;
  /** One per `source.selections`, in order. */
  spans: ConvertedSpan[];
}

export type ImportCounts = QdpxImportReport['counts'];
export type Skipped = QdpxImportReport['skipped'][number];

export interface WriteResult {
  counts: ImportCounts;
  /** Source GUID → the document's name. */
  documents: Map<string, string>;
  skipped: Skipped[];
  warnings: string[];
}

export const UNKNOWN_CODER = 'Imported (unknown coder)';
const PALETTE = ['#4c6ef5', '#e8590c', '#2b8a3e', '#c2255c', '#1098ad', '#7048e8', '#f08c00', '#5c940d', '#d6336c', '#0b7285'];

const selectionLabel = (sel: RefiSelection, docName: string) => `${docName} ${sel.start}–${sel.end}${sel.line ? ` (line ${sel.line})` : ''}`;

export function writeRefiProject(p: ProjectDb, refi: RefiProject, placed: PlacedSource[], notes: Map<string, string>): WriteResult {
  const s = p.sqlite;
  const counts: ImportCounts = { coders: 0, codes: 0, documents: 0, cases: 0, fields: 0, values: 0, excerpts: 0, codings: 0, memos: 0, themes: 0 };
  const skipped: Skipped[] = [];
  const warnings: string[] = [];
  const documents = new Map<string, string>();

  const used = new Set<string>();
  const idFor = (guid: string | undefined): string => {
    const g = guid?.replace(/^\{(.*)\}$/, '$1').toLowerCase();
    const id = g && isGuid(g) && !used.has(g) ? g : newId();
    used.add(id);
    return id;
  };

  s.transaction(() => {
    // Coders.
    const insCoder = s.prepare('INSERT INTO coder (id, name, colour, kind) VALUES (?, ?, ?, ?)');
    const coderNames = new Set<string>();
    const coderOf = new Map<string, string>();
    const addCoder = (guid: string | undefined, wanted: string, kind: 'person' | 'consensus' = 'person') => {
      const id = idFor(guid);
      insCoder.run(id, uniqueName(wanted, coderNames), PALETTE[counts.coders % PALETTE.length], kind);
      counts.coders++;
      return id;
    };
    for (const u of refi.users) {
      const name = u.name?.trim() || u.id?.trim() || `User ${u.guid.slice(0, 8)}`;
      if (coderOf.has(u.guid)) continue;
      coderOf.set(u.guid, addCoder(u.guid, name, u.id === CONSENSUS_USER_ID ? 'consensus' : 'person'));
    }
    const coderFor = (guid: string | undefined): string => {
      const key = guid ?? '';
      const known = coderOf.get(key);
      if (known) return known;
      const id = guid ? addCoder(undefined, `Unknown user ${guid.slice(0, 8)}`) : addCoder(undefined, UNKNOWN_CODER);
      if (guid) warnings.push(`codings by user ${guid}, who is not in the file's user list, belong to a coder "Unknown user ${guid.slice(0, 8)}"`);
      coderOf.set(key, id);
      return id;
    };

    // Memos (from Notes).
    const insMemo = s.prepare('INSERT INTO memo (id, coder_id, target_type, target_id, title, body) VALUES (?, ?, ?, ?, ?, ?)');
    const noteById = new Map(refi.notes.map((n) => [n.guid, n]));
    const usedNotes = new Set<string>();
    const memoFrom = (note: RefiNote | undefined, targetType: 'project' | 'document' | 'code' | 'theme', targetId: string | null) => {
      if (!note) return;
      const body = notes.get(note.guid);
      usedNotes.add(note.guid);
      if (body === undefined) {
        skipped.push({ kind: 'note', name: note.name?.trim() || note.guid, reason: 'it has no text' });
        return;
      }
      insMemo.run(idFor(note.guid), note.creatingUser ? coderFor(note.creatingUser) : null, targetType, targetId, note.name?.trim() ?? '', body);
      counts.memos++;
    };
    const memosOn = (guids: string[], type: 'project' | 'document' | 'code' | 'theme', target: string | null) => {
      for (const g of guids) {
        if (noteById.has(g)) memoFrom(noteById.get(g), type, target);
        else skipped.push({ kind: 'note', name: g, reason: `a ${type} points to a note the file does not contain` });
      }
    };

    // Codes.
    const insCode = s.prepare(
      `INSERT INTO code (id, parent_id, name, definition, inclusion, exclusion, example, colour, position, weight_min, weight_max, weight_labels)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const codeOf = new Map<string, string>();
    let badColours = 0;
    let notCodable = 0;
    const addCodes = (codes: RefiCode[], parentId: string | null) => {
      const siblings = new Set<string>();
      codes.forEach((c, position) => {
        const wanted = cleanCodeName(c.name);
        const name = uniqueName(wanted, siblings);
        if (name !== wanted) warnings.push(`two codes named "${wanted}" under the same parent: the second is "${name}"`);
        const colour = normalColour(c.color);
        if (c.color && !colour) badColours++;
        if (!c.isCodable) notCodable++;
        const texts = parseCodeDescription(c.description);
        const id = idFor(c.guid);
        insCode.run(id, parentId, name, texts.definition, texts.inclusion, texts.exclusion, texts.example, colour ?? PALETTE[counts.codes % PALETTE.length], position, texts.weight?.min ?? null, texts.weight?.max ?? null, JSON.stringify(texts.weight?.labels ?? {}));
        if (codeOf.has(c.guid)) warnings.push(`code GUID ${c.guid} is used twice; codings point to the first "${name}"`);
        else codeOf.set(c.guid, id);
        counts.codes++;
        addCodes(c.children, id);
        memosOn(c.noteGuids, 'code', id);
      });
    };
    addCodes(refi.codes, null);
    if (badColours) warnings.push(`${badColours} code colour(s) were not #RRGGBB and got a default colour`);
    if (notCodable) warnings.push(`${notCodable} code(s) are marked not codable in the file; Qualia lets any code be applied`);

    // Descriptor fields and cases.
    const fieldNames = new Set<string>();
    const fieldOf = new Map<string, { id: string; spec: ReturnType<typeof fieldSpec> }>();
    const insField = s.prepare('INSERT INTO descriptor_field (id, name, type, choices, position) VALUES (?, ?, ?, ?, ?)');
    refi.variables.forEach((v, i) => {
      const spec = fieldSpec(v);
      const id = idFor(v.guid);
      insField.run(id, uniqueName(v.name.trim() || `Variable ${i + 1}`, fieldNames), spec.type, JSON.stringify(spec.choices), i);
      fieldOf.set(v.guid, { id, spec });
      counts.fields++;
    });
    const insCase = s.prepare('INSERT INTO cases (id, name, position) VALUES (?, ?, ?)');
    const setValue = s.prepare('INSERT INTO case_value (id, case_id, field_id, value) VALUES (?, ?, ?, ?) ON CONFLICT (case_id, field_id) DO NOTHING');
    const caseNames = new Set<string>();
    const caseOfSource = new Map<string, string>();
    const caseByName = new Map<string, string>();
    let caseDescriptions = 0;
    refi.cases.forEach((c, i) => {
      const id = idFor(c.guid);
      const name = uniqueName(c.name?.trim() || `Case ${i + 1}`, caseNames);
      insCase.run(id, name, i);
      caseByName.set(name.toLocaleLowerCase(), id);
      counts.cases++;
      if (c.description) caseDescriptions++;
      for (const v of c.values) {
        const field = fieldOf.get(v.variableGuid);
        if (!field) continue;
        if (setValue.run(newId(), id, field.id, field.spec.value(v.value)).changes) counts.values++;
      }
      for (const g of c.sourceGuids) {
        if (caseOfSource.has(g)) warnings.push(`a source belongs to more than one case; it was linked to the first`);
        else caseOfSource.set(g, id);
      }
    });
    if (caseDescriptions) warnings.push(`${caseDescriptions} case description(s) were not kept (Qualia cases have no description)`);

    // Documents, segments and excerpts.
    const insDoc = s.prepare(
      `INSERT INTO document (id, name, kind, source_name, source_sha256, sha256, encoding, text, characters, case_id, position)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insSeg = s.prepare('INSERT INTO segment (id, document_id, kind, speaker, start, "end", time_start_ms, time_end_ms, case_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const insExcerpt = s.prepare('INSERT INTO excerpt (id, document_id, coder_id, start, "end", memo) VALUES (?, ?, ?, ?, ?, ?)');
    const insCoding = s.prepare('INSERT INTO excerpt_code (id, excerpt_id, code_id, weight) VALUES (?, ?, ?, ?)');
    const docNames = new Set<string>();
    let sourceValuesLost = 0;
    placed.forEach((ps, position) => {
      const src = ps.source;
      const name = uniqueName(ps.name, docNames);
      const described = parseSourceDescription(src.description);
      const speakerCases = ps.speakers.map((sp) => caseByName.get(sp.toLocaleLowerCase())).filter((c): c is string => c !== undefined);
      const caseId = caseOfSource.get(src.guid) ?? (speakerCases.length === 1 ? speakerCases[0]! : null);
      const docId = idFor(src.guid);
      const textHash = createHash('sha256').update(ps.text, 'utf8').digest('hex');
      insDoc.run(docId, name, described.kind ?? 'interview', described.sourceName ?? ps.sourceName, ps.sourceSha256, textHash, ps.encoding, ps.text, codePointLength(ps.text), caseId, position);
      documents.set(src.guid, name);
      counts.documents++;
      for (const seg of ps.segments) {
        const turnCase = seg.speaker ? (caseByName.get(seg.speaker.toLocaleLowerCase()) ?? null) : null;
        insSeg.run(newId(), docId, seg.kind, seg.speaker, seg.start, seg.end, seg.timeStartMs, seg.timeEndMs, turnCase);
      }
      if (described.rest) {
        insMemo.run(newId(), null, 'document', docId, 'Description', described.rest);
        counts.memos++;
      }
      memosOn(src.noteGuids, 'document', docId);
      for (const v of src.values) {
        const field = fieldOf.get(v.variableGuid);
        if (field && caseId && setValue.run(newId(), caseId, field.id, field.spec.value(v.value)).changes) counts.values++;
        else sourceValuesLost++;
      }

      src.selections.forEach((sel, i) => {
        const span = ps.spans[i]!;
        const label = selectionLabel(sel, name);
        if (span.start === null || span.end === null) {
          skipped.push({ kind: 'selection', name: label, reason: span.problem === 'reversed' ? 'it ends before it starts' : 'it selects no text' });
          return;
        }
        if (span.clamped) warnings.push(`selection ${label} ran past the end of the text; it now ends there`);
        if (sel.codings.length === 0) {
          skipped.push({ kind: 'selection', name: label, reason: 'it has no codings (Qualia keeps only coded excerpts)' });
          return;
        }
        const { weights, rest } = splitSelectionDescription(sel.description);
        const noteTexts = sel.noteGuids.map((g) => {
          usedNotes.add(g);
          return notes.get(g);
        });
        const memo = [rest, ...noteTexts].filter((t): t is string => Boolean(t?.trim())).join('\n\n');
        // One excerpt per coder: their codes at this place.
        const byCoder = new Map<string, Map<string, number | null>>();
        for (const c of sel.codings) {
          const codeId = codeOf.get(c.codeGuid);
          if (!codeId) {
            skipped.push({ kind: 'coding', name: label, reason: `its code ${c.codeGuid} is not in the codebook` });
            continue;
          }
          const coderId = coderFor(c.creatingUser ?? sel.creatingUser);
          const codes = byCoder.get(coderId) ?? new Map<string, number | null>();
          codes.set(codeId, weights.get(c.codeGuid) ?? null);
          byCoder.set(coderId, codes);
        }
        let first = true;
        for (const [coderId, codes] of byCoder) {
          const excerptId = idFor(first ? sel.guid : undefined);
          first = false;
          insExcerpt.run(excerptId, docId, coderId, span.start, span.end, memo);
          counts.excerpts++;
          for (const [codeId, weight] of codes) {
            insCoding.run(newId(), excerptId, codeId, weight);
            counts.codings++;
          }
        }
      });
    });
    if (sourceValuesLost) warnings.push(`${sourceValuesLost} variable value(s) set on documents without a case were not kept (Qualia keeps descriptors on cases)`);

    // Themes.
    const insTheme = s.prepare('INSERT INTO theme (id, name, description, position) VALUES (?, ?, ?, ?)');
    const insThemeCode = s.prepare('INSERT OR IGNORE INTO theme_code (id, theme_id, code_id) VALUES (?, ?, ?)');
    const themeNames = new Set<string>();
    for (const set of refi.sets) {
      const codeIds = set.memberCodes.map((g) => codeOf.get(g)).filter((c): c is string => c !== undefined);
      const label = set.name.trim() || 'unnamed set';
      const empty = set.memberCodes.length + set.memberSources.length + set.memberNotes.length === 0;
      if (codeIds.length === 0 && !empty && set.memberNotes.length === 0) {
        const what = set.memberSources.length ? `${set.memberSources.length} document(s)` : 'codes that are not in the codebook';
        skipped.push({ kind: 'set', name: label, reason: `it groups ${what}; Qualia has no document groups, only themes of codes` });
        continue;
      }
      const themeId = idFor(set.guid);
      insTheme.run(themeId, uniqueName(label, themeNames), set.description ?? '', counts.themes);
      counts.themes++;
      for (const codeId of codeIds) insThemeCode.run(newId(), themeId, codeId);
      if (set.memberSources.length) warnings.push(`set "${label}" also lists ${set.memberSources.length} document(s); the theme keeps only its codes`);
      memosOn(set.memberNotes, 'theme', themeId);
    }

    // The project itself, then every note nothing pointed to.
    if (refi.description?.trim()) {
      insMemo.run(newId(), null, 'project', null, 'Description', refi.description);
      counts.memos++;
    }
    memosOn(refi.noteGuids, 'project', null);
    for (const note of refi.notes) if (!usedNotes.has(note.guid)) memoFrom(note, 'project', null);
  })();

  return { counts, documents, skipped, warnings };
}
