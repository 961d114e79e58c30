// The coding methods of the fake Qualia: codebook, coders, blind mode, excerpts,
// memos, undo/redo (snapshots under the server's kind of labels), search and
// auto-code over the real pure search and extend helpers.
import type { Api } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/envelope';
import type { Code, Excerpt, Memo, ProjectSettings } from '../../shared/api/schemas';
import type { FakeProject } from './fakeClient';
import { memoSearchHandlers } from './fakeCodingSearch';

type CodingMethods =
  | 'coders.add' | 'project.settings' | 'project.updateSettings'
  | 'codes.create' | 'codes.update' | 'codes.move' | 'codes.merge' | 'codes.impact' | 'codes.delete'
  | 'excerpts.list' | 'excerpts.create' | 'excerpts.update' | 'excerpts.setCode' | 'excerpts.removeCode' | 'excerpts.delete'
  | 'edit.state' | 'edit.undo' | 'edit.redo';

export interface CodingData {
  excerpts: Excerpt[];
  memos: Memo[];
  settings: ProjectSettings;
  /** Counts the seeded codes start with (codings not held as excerpts here). */
  base: Map<string, number>;
  baseExcerpts: number;
  done: { label: string; before: string }[];
  undone: { label: string; before: string }[];
}

const data = new WeakMap<FakeProject, CodingData>();

/** The project's coding state, created on first use; tests seed excerpts and settings through it. */
export function codingData(p: FakeProject): CodingData {
  let d = data.get(p);
  if (!d) {
    d = {
      excerpts: [],
      memos: [],
      settings: { blind: false, revealed: false, ownerCoderId: null },
      base: new Map(p.codes.map((c) => [c.id, c.excerpts])),
      baseExcerpts: p.info.counts.excerpts,
      done: [],
      undone: [],
    };
    data.set(p, d);
  }
  return d;
}

let nextId = 0;
export const newId = (prefix: string) => `${prefix}-${++nextId}`;
export const now = () => new Date(Date.UTC(2025, 10, 20, 10, 0, nextId % 60)).toISOString();
export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export const snapshot = (p: FakeProject, d: CodingData) =>
  JSON.stringify({ codes: p.codes, coders: p.coders, info: p.info, excerpts: d.excerpts, memos: d.memos, settings: d.settings });
function restore(p: FakeProject, d: CodingData, json: string): void {
  const s = JSON.parse(json) as Pick<FakeProject, 'codes' | 'coders' | 'info'> & Pick<CodingData, 'excerpts' | 'memos' | 'settings'>;
  Object.assign(p, { codes: s.codes, coders: s.coders, info: s.info });
  Object.assign(d, { excerpts: s.excerpts, memos: s.memos, settings: s.settings });
}

/** Tree order with paths and positions, and live counts: what codes.list answers. */
export function settle(p: FakeProject, d: CodingData): void {
  const byParent = new Map<string | null, Code[]>();
  for (const c of p.codes) byParent.set(c.parentId, [...(byParent.get(c.parentId) ?? []), c]);
  const out: Code[] = [];
  const walk = (parent: string | null, prefix: string) =>
    (byParent.get(parent) ?? []).forEach((c, position) => {
      const path = prefix ? `${prefix} > ${c.name}` : c.name;
      const live = d.excerpts.filter((e) => e.codes.some((x) => x.codeId === c.id)).length;
      out.push({ ...c, path, position, excerpts: (d.base.get(c.id) ?? 0) + live });
      walk(c.id, path);
    });
  walk(null, '');
  p.codes = out;
  p.info = { ...p.info, counts: { ...p.info.counts, codes: out.length, coders: p.coders.length, excerpts: d.baseExcerpts + d.excerpts.length } };
}

/** An edit on the fake, recorded on its undo log under `label` (as the real server does). */
export function fakeChange(need: () => FakeProject) {
  return function change<T>(label: string, fn: (p: FakeProject, d: CodingData) => T): T {
    const p = need();
    const d = codingData(p);
    const before = snapshot(p, d);
    const result = fn(p, d);
    settle(p, d);
    d.done.push({ label, before });
    d.undone = [];
    return result;
  };
}

export const fakeCode = (need: () => FakeProject) => (id: string) => {
  const c = need().codes.find((x) => x.id === id);
  if (!c) throw new ApiError('not_found', `no code with id "${id}"`);
  return c;
};

export function codingHandlers(need: () => FakeProject): Pick<Api, CodingMethods> & ReturnType<typeof memoSearchHandlers> {
  const ctx = () => ({ p: need(), d: codingData(need()) });
  const change = fakeChange(need);
  const code = fakeCode(need);
  const excerpt = (id: string) => {
    const e = codingData(need()).excerpts.find((x) => x.id === id);
    if (!e) throw new ApiError('not_found', `no excerpt with id "${id}"`);
    return e;
  };
  const names = (ids: string[]) => ids.map((id) => `'${code(id).name}'`).join(', ');
  const checkWeight = (codeId: string, w: number | null | undefined) => {
    const c = code(codeId);
    if (w === null || w === undefined) return null;
    if (!c.weight) throw new ApiError('bad_input', `code "${c.name}" has no weight scale`);
    if (w < c.weight.min || w > c.weight.max) throw new ApiError('bad_input', `weight ${w} is outside ${c.name}'s scale`);
    return w;
  };
  const docText = (id: string) => {
    const doc = need().documents.find((x) => x.id === id);
    if (!doc) throw new ApiError('not_found', `no document with id "${id}"`);
    return doc.text;
  };
  const extent = (documentId: string, start: number, end: number) => {
    const text = docText(documentId).slice(start, end);
    const lines = text.split('\n').filter((l) => l.trim()).length;
    if (lines > 1) return `${lines} lines`;
    const words = text.trim().split(/\s+/).filter(Boolean).length;
    return words === 1 ? '1 word' : `${words} words`;
  };
  const subtree = (id: string): string[] => [id, ...need().codes.filter((c) => c.parentId === id).flatMap((c) => subtree(c.id))];
  const impact = (id: string) => {
    const ids = new Set(subtree(id));
    const excerpts = codingData(need()).excerpts.filter((e) => e.codes.some((c) => ids.has(c.codeId))).length;
    return { excerpts: excerpts + [...ids].reduce((n, c) => n + (codingData(need()).base.get(c) ?? 0), 0), descendants: ids.size - 1 };
  };
  const sibling = (parentId: string | null, name: string, except?: string) => {
    if (need().codes.some((c) => c.parentId === parentId && c.name === name && c.id !== except)) {
      throw new ApiError('conflict', `a code named "${name}" already exists there`);
    }
  };
  const insert = (d: CodingData, e: Omit<Excerpt, 'id' | 'createdAt' | 'memo'> & { memo?: string | undefined }) => {
    const text = docText(e.documentId);
    if (e.start < 0 || e.end > text.length || e.end <= e.start) throw new ApiError('bad_input', `range ${e.start}–${e.end} is not inside the document`);
    if (!need().coders.some((c) => c.id === e.coderId)) throw new ApiError('not_found', `no coder with id "${e.coderId}"`);
    const created: Excerpt = { ...e, memo: e.memo ?? '', id: newId('exc'), createdAt: now(), codes: e.codes.map((c) => ({ codeId: c.codeId, weight: checkWeight(c.codeId, c.weight) })) };
    d.excerpts.push(created);
    return created;
  };


  return {
    ...memoSearchHandlers({ need, data: () => ctx().d, change, insert, names }),
    'coders.add': async ({ name, colour }) => {
      if (need().coders.some((c) => c.name === name)) throw new ApiError('conflict', `a coder named "${name}" already exists`);
      const coder = { id: newId('coder'), name, colour: colour ?? '#4c6ef5', kind: 'person' as const };
      change(`add coder '${name}'`, (p) => p.coders.push(coder));
      return coder;
    },
    'project.settings': async () => clone(ctx().d.settings),
    'project.updateSettings': async ({ byCoderId: _by, ...patch }) => change('change project settings', (_, d) => clone((d.settings = { ...d.settings, ...patch }))),

    'codes.create': async ({ name, parentId, ...fields }) => {
      sibling(parentId ?? null, name);
      const id = newId('code');
      change(`add code '${name}'`, (p) =>
        p.codes.push({ id, parentId: parentId ?? null, name, path: name, colour: fields.colour ?? '#868e96', definition: fields.definition ?? '', inclusion: fields.inclusion ?? '', exclusion: fields.exclusion ?? '', example: fields.example ?? '', position: 0, weight: fields.weight ?? null, excerpts: 0 }),
      );
      return code(id);
    },
    'codes.update': async ({ id, name, colour, definition, weight }) => {
      const c = code(id);
      if (name && name !== c.name) sibling(c.parentId, name, id);
      change(`edit code '${c.name}'`, (p) => {
        p.codes = p.codes.map((x) => (x.id === id ? { ...x, name: name ?? x.name, colour: colour ?? x.colour, definition: definition ?? x.definition, weight: weight === undefined ? x.weight : weight } : x));
      });
      return code(id);
    },
    'codes.move': async ({ id, parentId, position }) => {
      const c = code(id);
      if (parentId && subtree(id).includes(parentId)) throw new ApiError('bad_input', `cannot move "${c.name}" inside itself`);
      change(`move code '${c.name}'`, (p) => {
        const rest = p.codes.filter((x) => x.id !== id);
        const siblings = rest.filter((x) => x.parentId === parentId);
        siblings.splice(Math.min(position, siblings.length), 0, { ...c, parentId });
        p.codes = [...rest.filter((x) => x.parentId !== parentId), ...siblings];
      });
      return clone(need().codes);
    },
    'codes.merge': async ({ sourceId, targetId }) => {
      const [a, b] = [code(sourceId), code(targetId)];
      if (sourceId === targetId || subtree(sourceId).includes(targetId)) throw new ApiError('bad_input', 'cannot merge a code into itself or its sub-codes');
      return change(`merge '${a.name}' into '${b.name}'`, (p, d) => {
        let moved = 0;
        for (const e of d.excerpts) {
          if (!e.codes.some((c) => c.codeId === sourceId)) continue;
          moved++;
          e.codes = e.codes.some((c) => c.codeId === targetId) ? e.codes.filter((c) => c.codeId !== sourceId) : e.codes.map((c) => (c.codeId === sourceId ? { ...c, codeId: targetId } : c));
        }
        d.base.set(targetId, (d.base.get(targetId) ?? 0) + (d.base.get(sourceId) ?? 0));
        p.codes = p.codes.filter((c) => c.id !== sourceId).map((c) => (c.parentId === sourceId ? { ...c, parentId: targetId } : c));
        return { moved };
      });
    },
    'codes.impact': async ({ id }) => impact(id),
    'codes.delete': async ({ id }) => {
      const result = impact(id);
      const ids = new Set(subtree(id));
      change(`delete code '${code(id).name}'`, (p, d) => {
        p.codes = p.codes.filter((c) => !ids.has(c.id));
        d.excerpts = d.excerpts.map((e) => ({ ...e, codes: e.codes.filter((c) => !ids.has(c.codeId)) })).filter((e) => e.codes.length > 0);
      });
      return result;
    },

    'excerpts.list': async ({ documentId, viewerCoderId }) => {
      const { d } = ctx();
      const hidden = d.settings.blind && !d.settings.revealed;
      if (hidden && !viewerCoderId) throw new ApiError('forbidden', 'blind coding is on: choose who you are to see your codings');
      return clone(d.excerpts.filter((e) => e.documentId === documentId && (!hidden || e.coderId === viewerCoderId)).sort((a, b) => a.start - b.start || a.end - b.end));
    },
    'excerpts.create': async ({ documentId, coderId, start, end, codes, memo }) => {
      const label = `apply ${names(codes.map((c) => c.codeId))} to ${extent(documentId, start, end)}`;
      return clone(change(label, (_, d) => insert(d, { documentId, coderId, start, end, memo, codes: codes.map((c) => ({ codeId: c.codeId, weight: c.weight ?? null })) })));
    },
    'excerpts.update': async ({ id, start, end, memo }) => {
      const e = excerpt(id);
      const [s, en] = [start ?? e.start, end ?? e.end];
      if (s < 0 || en > docText(e.documentId).length || en <= s) throw new ApiError('bad_input', `range ${s}–${en} is not inside the document or is empty`);
      const label = memo !== undefined && start === undefined && end === undefined ? 'edit excerpt memo' : 'adjust excerpt';
      change(label, () => Object.assign(excerpt(id), { start: s, end: en, memo: memo ?? e.memo }));
      return clone(excerpt(id));
    },
    'excerpts.setCode': async ({ id, codeId, weight }) => {
      const had = excerpt(id).codes.some((c) => c.codeId === codeId);
      const w = checkWeight(codeId, weight);
      change(had ? `set weight of ${names([codeId])}` : `apply ${names([codeId])}`, () => {
        const e = excerpt(id);
        e.codes = had ? e.codes.map((c) => (c.codeId === codeId ? { codeId, weight: w } : c)) : [...e.codes, { codeId, weight: w }];
      });
      return clone(excerpt(id));
    },
    'excerpts.removeCode': async ({ id, codeId }) => {
      excerpt(id);
      return change(`remove ${names([codeId])}`, (_, d) => {
        const e = excerpt(id);
        e.codes = e.codes.filter((c) => c.codeId !== codeId);
        if (e.codes.length === 0) d.excerpts = d.excerpts.filter((x) => x.id !== id);
        return e.codes.length ? clone(e) : null;
      });
    },
    'excerpts.delete': async ({ id }) => {
      excerpt(id);
      change('delete excerpt', (_, d) => (d.excerpts = d.excerpts.filter((x) => x.id !== id)));
      return null;
    },

    'edit.state': async () => ({ undo: ctx().d.done.at(-1)?.label ?? null, redo: ctx().d.undone.at(-1)?.label ?? null }),
    'edit.undo': async () => {
      const { p, d } = ctx();
      const step = d.done.pop();
      if (!step) throw new ApiError('bad_input', 'nothing to undo');
      d.undone.push({ label: step.label, before: snapshot(p, d) });
      restore(p, d, step.before);
      return { undo: d.done.at(-1)?.label ?? null, redo: step.label, undone: step.label };
    },
    'edit.redo': async () => {
      const { p, d } = ctx();
      const step = d.undone.pop();
      if (!step) throw new ApiError('bad_input', 'nothing to redo');
      d.done.push({ label: step.label, before: snapshot(p, d) });
      restore(p, d, step.before);
      return { undo: step.label, redo: d.undone.at(-1)?.label ?? null, redone: step.label };
    },

  };
}
