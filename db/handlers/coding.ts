// Contract handlers for the coding workspace: codebook, excerpts, memos, undo,
// search and auto-code. Every edit runs inside the undo log under a readable label.
import { basename, resolve } from 'node:path';
import type { Api } from '../../shared/api/contract';
import { mergeProjects } from '../services/merge';
import { ApiError } from '../../shared/api/envelope';
import { extendRange, mergeRanges } from '../../shared/text/extend';
import { listCoders, listCodes } from '../services/codebook';
import { codeExcerpts, codeImpact, createCode, deleteCode, findCode, mergeCodes, moveCode, splitCode, updateCode } from '../services/codes';
import {
  codeNames,
  deleteExcerpt,
  extentLabel,
  getExcerpt,
  insertExcerpt,
  listExcerpts,
  removeExcerptCode,
  setExcerptCode,
  updateExcerpt,
} from '../services/excerpts';
import { addCoder, deleteMemo, listMemos, saveMemo } from '../services/memos';
import { candidateDocuments, hitsIn, searchText, type SearchInput } from '../services/search';
import { getSettings, updateSettings } from '../services/settings';
import type { HandlerContext } from './context';

type CodingApi = Pick<
  Api,
  | 'coders.add' | 'project.settings' | 'project.updateSettings' | 'project.merge'
  | 'codes.create' | 'codes.update' | 'codes.move' | 'codes.merge' | 'codes.impact' | 'codes.delete' | 'codes.excerpts' | 'codes.split'
  | 'excerpts.list' | 'excerpts.create' | 'excerpts.update' | 'excerpts.setCode' | 'excerpts.removeCode' | 'excerpts.delete'
  | 'memos.list' | 'memos.save' | 'memos.delete'
  | 'edit.state' | 'edit.undo' | 'edit.redo'
  | 'search.text' | 'autocode.preview' | 'autocode.apply'
>;

export function codingHandlers({ need, undo }: HandlerContext): CodingApi {
  const change = <T>(label: string, fn: () => T): T => undo().run(label, fn);
  /** The coder whose work alone may be seen while blind coding hides the rest, else null. */
  const blindViewer = (coderId: string | null | undefined): string | null => {
    const s = getSettings(need());
    if (!s.blind || s.revealed) return null;
    if (!coderId) throw new ApiError('forbidden', 'blind coding is on: choose who you are first');
    return coderId;
  };

  const autocodeRanges = (input: SearchInput & { extent: 'hit' | 'sentence' | 'paragraph' | 'turn' }) => {
    const p = need();
    const turnsOf = p.sqlite.prepare(`SELECT start, "end" FROM segment WHERE document_id = ? AND kind = 'turn' ORDER BY start`);
    return candidateDocuments(p, input).flatMap((doc) => {
      const turns = input.extent === 'turn' ? (turnsOf.all(doc.id) as { start: number; end: number }[]) : [];
      const ranges = mergeRanges(hitsIn(doc.text, input).map((r) => extendRange(doc.text, r, input.extent, turns)));
      return ranges.map((r) => ({ documentId: doc.id, documentName: doc.name, start: r.start, end: r.end, text: doc.text.slice(r.start, r.end) }));
    });
  };

  return {
    'coders.add': async ({ name, colour }) => {
      const id = change(`add coder '${name}'`, () => addCoder(need(), name, colour));
      return listCoders(need()).find((c) => c.id === id)!;
    },
    'project.settings': async () => getSettings(need()),
    'project.merge': async ({ sourcePath }) => {
      if (resolve(sourcePath) === resolve(need().path)) throw new ApiError('bad_input', 'cannot merge a project into itself');
      return change(`merge ${basename(sourcePath)}`, () => mergeProjects(need(), sourcePath));
    },
    'project.updateSettings': async ({ byCoderId, ...patch }) => {
      const current = getSettings(need());
      // Once a project has an owner, only the owner may turn blind mode on or off, reveal, or hand over.
      if (current.ownerCoderId && byCoderId !== current.ownerCoderId) {
        const owner = listCoders(need()).find((c) => c.id === current.ownerCoderId)?.name ?? 'the owner';
        throw new ApiError('forbidden', `only the project owner (${owner}) can change blind mode`);
      }
      const next = current.ownerCoderId || !byCoderId || patch.ownerCoderId !== undefined ? patch : { ...patch, ownerCoderId: byCoderId };
      const label = patch.revealed ? 'reveal all codings' : patch.blind === true ? 'turn blind coding on' : patch.blind === false ? 'turn blind coding off' : 'change project settings';
      return change(label, () => updateSettings(need(), next));
    },

    'codes.create': async (d) => findCode(need(), change(`add code '${d.name}'`, () => createCode(need(), d))),
    'codes.update': async ({ id, ...patch }) => {
      change(`edit code '${findCode(need(), id).name}'`, () => updateCode(need(), id, patch));
      return findCode(need(), id);
    },
    'codes.move': async ({ id, parentId, position }) => {
      change(`move code '${findCode(need(), id).name}'`, () => moveCode(need(), id, parentId, position));
      return listCodes(need());
    },
    'codes.merge': async ({ sourceId, targetId }) => {
      const [a, b] = [findCode(need(), sourceId).name, findCode(need(), targetId).name];
      return change(`merge '${a}' into '${b}'`, () => mergeCodes(need(), sourceId, targetId));
    },
    'codes.impact': async ({ id }) => codeImpact(need(), id),
    'codes.excerpts': async ({ id, viewerCoderId }) => {
      const blind = blindViewer(viewerCoderId);
      return codeExcerpts(need(), id).filter((e) => blind === null || e.coderId === blind);
    },
    'codes.split': async ({ id, newName, excerptIds, byCoderId }) => {
      // In blind mode a coder can only move their own codings.
      const blind = blindViewer(byCoderId);
      if (blind !== null) {
        const mine = new Set(codeExcerpts(need(), id).filter((e) => e.coderId === blind).map((e) => e.excerptId));
        if (excerptIds.some((x) => !mine.has(x))) throw new ApiError('forbidden', 'blind coding is on: you can split only your own codings');
      }
      const r = change(`split '${findCode(need(), id).name}' into '${newName}'`, () => splitCode(need(), id, newName, excerptIds));
      return { code: findCode(need(), r.id), moved: r.moved };
    },
    'codes.delete': async ({ id }) => change(`delete code '${findCode(need(), id).name}'`, () => deleteCode(need(), id)),

    'excerpts.list': async ({ documentId, viewerCoderId }) => listExcerpts(need(), documentId, viewerCoderId),
    'excerpts.create': async (d) => {
      const p = need();
      const label = `apply ${codeNames(p, d.codes.map((c) => c.codeId))} to ${extentLabel(p, d.documentId, d.start, d.end)}`;
      return getExcerpt(p, change(label, () => insertExcerpt(p, d)));
    },
    'excerpts.update': async ({ id, ...patch }) => {
      const label = patch.memo !== undefined && patch.start === undefined && patch.end === undefined ? 'edit excerpt memo' : 'adjust excerpt';
      change(label, () => updateExcerpt(need(), id, patch));
      return getExcerpt(need(), id);
    },
    'excerpts.setCode': async ({ id, codeId, weight }) => {
      const p = need();
      const had = getExcerpt(p, id).codes.some((c) => c.codeId === codeId);
      change(had ? `set weight of ${codeNames(p, [codeId])}` : `apply ${codeNames(p, [codeId])}`, () => setExcerptCode(p, id, codeId, weight));
      return getExcerpt(p, id);
    },
    'excerpts.removeCode': async ({ id, codeId }) => {
      const p = need();
      const kept = change(`remove ${codeNames(p, [codeId])}`, () => removeExcerptCode(p, id, codeId));
      return kept ? getExcerpt(p, id) : null;
    },
    'excerpts.delete': async ({ id }) => {
      change('delete excerpt', () => deleteExcerpt(need(), id));
      return null;
    },

    'memos.list': async (filter) => listMemos(need(), filter),
    'memos.save': async (m) => {
      const id = change(m.id ? 'edit memo' : `add ${m.targetType} memo`, () => saveMemo(need(), m));
      const saved = listMemos(need(), {}).find((x) => x.id === id);
      if (!saved) throw new ApiError('not_found', 'memo vanished');
      return saved;
    },
    'memos.delete': async ({ id }) => {
      change('delete memo', () => deleteMemo(need(), id));
      return null;
    },

    'edit.state': async () => undo().state(),
    'edit.undo': async () => undo().undo(),
    'edit.redo': async () => undo().redo(),

    'search.text': async (q) => searchText(need(), q),
    'autocode.preview': async (q) => autocodeRanges(q),
    'autocode.apply': async ({ codeId, coderId, weight, ...q }) => {
      const p = need();
      const ranges = autocodeRanges(q);
      if (ranges.length === 0) return { created: 0 };
      const label = `auto-code ${codeNames(p, [codeId])} on ${ranges.length} passage${ranges.length === 1 ? '' : 's'}`;
      change(label, () => {
        for (const r of ranges) insertExcerpt(p, { documentId: r.documentId, coderId, start: r.start, end: r.end, codes: [{ codeId, weight: weight ?? null }] });
      });
      return { created: ranges.length };
    },
  };
}
