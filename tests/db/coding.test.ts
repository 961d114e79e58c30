import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoProject } from '../../db/demo/load';
import { memoryRecentStore } from '../../db/recent';
import { createWorkspace } from '../../db/workspace';
import { dispatch } from '../../shared/api/dispatch';
import { useTempDir } from '../helpers/tmp';

const tempDir = useTempDir();

async function demo() {
  const path = join(tempDir(), 'demo.qualia');
  createDemoProject(path).close();
  const w = createWorkspace({ host: 'browser', version: 'test', recent: memoryRecentStore() });
  await w.api['project.open']({ path });
  const api = w.api;
  const doc = (await api['documents.get']({ id: (await api['documents.list']({}))[0]!.id }));
  const coders = await api['coders.list']({});
  const codes = await api['codes.list']({});
  const code = (path: string) => codes.find((c) => c.path === path)!;
  const count = async () => (await api['project.current']({}))!.counts.excerpts;
  return { w, api, doc, ana: coders.find((c) => c.name === 'Ana')!, bruno: coders.find((c) => c.name === 'Bruno')!, code, count };
}

describe('coding with undo/redo', () => {
  it('applies two codes with a weight, names the action, and undoes/redoes it exactly', async () => {
    const { api, doc, ana, code, count } = await demo();
    const before = await count();
    const phrase = doc.text.indexOf('\n\n') + 2;
    const x = await api['excerpts.create']({
      documentId: doc.id, coderId: ana.id, start: phrase, end: phrase + 40,
      codes: [{ codeId: code('Learning > Mentoring').id }, { codeId: code('Technology attitude').id, weight: 1 }],
    });
    expect(x.codes).toEqual(expect.arrayContaining([{ codeId: code('Technology attitude').id, weight: 1 }]));
    expect(await count()).toBe(before + 1);
    const state = await api['edit.state']({});
    expect(state.undo).toMatch(/^apply 'Mentoring', 'Technology attitude' to \d+ words?$/);

    expect((await api['edit.undo']({})).undone).toBe(state.undo);
    expect(await count()).toBe(before);
    expect((await api['edit.redo']({})).redone).toBe(state.undo);
    expect(await count()).toBe(before + 1);
    const again = (await api['excerpts.list']({ documentId: doc.id, viewerCoderId: null })).find((e) => e.id === x.id);
    expect(again).toEqual(x);
  });

  it('refuses a weight outside the scale, a weight on an unweighted code, and an empty range', async () => {
    const { api, doc, ana, code } = await demo();
    const base = { documentId: doc.id, coderId: ana.id, start: 10, end: 20 };
    for (const [codes, message] of [
      [[{ codeId: code('Technology attitude').id, weight: 3 }], /outside Technology attitude's scale -2…2/],
      [[{ codeId: code('Learning > LPP').id, weight: 1 }], /has no weight scale/],
    ] as const) {
      expect(await dispatch(api, 'excerpts.create', { ...base, codes })).toMatchObject({ ok: false, error: { message: expect.stringMatching(message) } });
    }
    expect(await dispatch(api, 'excerpts.create', { ...base, end: 10, codes: [{ codeId: code('Learning > LPP').id }] })).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(await dispatch(api, 'excerpts.create', { ...base, end: doc.text.length + 1, codes: [{ codeId: code('Learning > LPP').id }] })).toMatchObject({ ok: false });
  });

  it('adjusts boundaries, edits the memo, removes codes (the last one removes the excerpt), all undoable', async () => {
    const { api, doc, ana, code, count } = await demo();
    const x = await api['excerpts.create']({ documentId: doc.id, coderId: ana.id, start: 5, end: 30, codes: [{ codeId: code('Learning > LPP').id }] });
    const moved = await api['excerpts.update']({ id: x.id, start: 7, end: 35, memo: 'boundary widened' });
    expect(moved).toMatchObject({ start: 7, end: 35, memo: 'boundary widened' });
    await api['edit.undo']({});
    expect((await api['excerpts.list']({ documentId: doc.id, viewerCoderId: null })).find((e) => e.id === x.id)).toMatchObject({ start: 5, end: 30, memo: '' });
    const n = await count();
    expect(await api['excerpts.removeCode']({ id: x.id, codeId: code('Learning > LPP').id })).toBeNull();
    expect(await count()).toBe(n - 1);
    await api['edit.undo']({});
    expect(await count()).toBe(n);
  });

  it('blind mode shows a coder only their own codings until revealed', async () => {
    const { api, doc, ana, bruno } = await demo();
    await api['project.updateSettings']({ blind: true, ownerCoderId: ana.id });
    const asBruno = await api['excerpts.list']({ documentId: doc.id, viewerCoderId: bruno.id });
    expect(asBruno.length).toBeGreaterThan(0);
    expect(asBruno.every((e) => e.coderId === bruno.id)).toBe(true);
    expect(await dispatch(api, 'excerpts.list', { documentId: doc.id, viewerCoderId: null })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Counts in the code tree are the viewer's own too.
    const mine = (await api['codes.list']({ viewerCoderId: bruno.id })).reduce((n, c) => n + c.excerpts, 0);
    const everyone = (await api['codes.list']({})).reduce((n, c) => n + c.excerpts, 0);
    expect(mine).toBeGreaterThan(0);
    expect(mine).toBeLessThan(everyone);
    // Only the owner reveals.
    expect(await dispatch(api, 'project.updateSettings', { revealed: true, byCoderId: bruno.id })).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'only the project owner (Ana) can change blind mode' } });
    await api['project.updateSettings']({ revealed: true, byCoderId: ana.id });
    const all = await api['excerpts.list']({ documentId: doc.id, viewerCoderId: bruno.id });
    expect(new Set(all.map((e) => e.coderId))).toEqual(new Set([ana.id, bruno.id]));
  });
});

describe('codebook edits', () => {
  it('creates, renames, moves, merges and deletes codes, each undoable', async () => {
    const { api, code } = await demo();
    const peer = await api['codes.create']({ name: 'Peer support', parentId: code('Learning').id, definition: 'Help from colleagues at the same level.' });
    expect(peer.path).toBe('Learning > Peer support');
    expect(await dispatch(api, 'codes.create', { name: 'Peer support', parentId: code('Learning').id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await api['codes.update']({ id: peer.id, name: 'Peer help', colour: '#123456' });
    const tree = await api['codes.move']({ id: peer.id, parentId: null, position: 0 });
    expect(tree[0]).toMatchObject({ id: peer.id, path: 'Peer help', colour: '#123456' });
    expect(await dispatch(api, 'codes.move', { id: code('Learning').id, parentId: code('Learning > LPP').id, position: 0 })).toMatchObject({ ok: false, error: { message: expect.stringContaining('inside itself') } });

    const mentoring = code('Learning > Mentoring');
    const informal = code('Learning > Informal learning');
    const { moved } = await api['codes.merge']({ sourceId: informal.id, targetId: mentoring.id });
    expect(moved).toBeGreaterThan(0);
    const after = await api['codes.list']({});
    expect(after.find((c) => c.id === informal.id)).toBeUndefined();
    expect(after.find((c) => c.id === mentoring.id)!.excerpts).toBeLessThanOrEqual(mentoring.excerpts + informal.excerpts);
    expect((await api['edit.state']({})).undo).toBe("merge 'Informal learning' into 'Mentoring'");
    await api['edit.undo']({});
    expect((await api['codes.list']({})).find((c) => c.id === informal.id)!.excerpts).toBe(informal.excerpts);

    const impact = await api['codes.impact']({ id: code('Learning').id });
    expect(impact.descendants).toBe(5);
    expect(impact.excerpts).toBeGreaterThan(20);
    const before = (await api['project.current']({}))!.counts;
    await api['codes.delete']({ id: code('Learning').id });
    expect((await api['project.current']({}))!.counts.excerpts).toBeLessThan(before.excerpts);
    await api['edit.undo']({});
    expect((await api['project.current']({}))!.counts).toEqual(before);
  });
});

describe('search and auto-code', () => {
  it('finds an accented word without its accent, with context, and auto-codes the hits as one undoable action', async () => {
    const { api, ana, code, count } = await demo();
    const hits = await api['search.text']({ query: 'tecnologia', mode: 'words', limit: 1000 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.match.toLowerCase().startsWith('tecnolog'))).toBe(true);
    expect(hits.some((h) => h.match === 'tecnología')).toBe(true);
    expect(await api['search.text']({ query: 'tecnolog', mode: 'prefix', limit: 1000 })).not.toHaveLength(0);
    expect(await dispatch(api, 'search.text', { query: '([', mode: 'regex' })).toMatchObject({ ok: false, error: { code: 'bad_input' } });

    const preview = await api['autocode.preview']({ query: 'tecnologia', mode: 'words', limit: 1000, extent: 'sentence' });
    expect(preview.length).toBeGreaterThan(0);
    expect(preview.every((r) => /tecnolog/i.test(r.text) && r.text.length > 'tecnología'.length)).toBe(true);
    const before = await count();
    const { created } = await api['autocode.apply']({ query: 'tecnologia', mode: 'words', limit: 1000, extent: 'sentence', codeId: code('Technology attitude').id, coderId: ana.id, weight: 0 });
    expect(created).toBe(preview.length);
    expect(await count()).toBe(before + created);
    expect((await api['edit.state']({})).undo).toMatch(/^auto-code 'Technology attitude' on \d+ passages?$/);
    await api['edit.undo']({});
    expect(await count()).toBe(before);
  });

  it('keeps memos searchable across projects, documents, codes and excerpts', async () => {
    const { api, ana, code } = await demo();
    await api['memos.save']({ coderId: ana.id, targetType: 'code', targetId: code('Learning > LPP').id, title: 'Scope', body: 'Incluye la participación periférica' });
    const found = await api['memos.list']({ query: 'participacion' });
    expect(found.map((m) => m.title)).toContain('Scope');
    expect((await api['memos.list']({ targetType: 'excerpt' })).length).toBeGreaterThan(0);
  });
});

describe('splitting a code', () => {
  it('moves the chosen excerpts to a new sibling code, undoably', async () => {
    const { api, code } = await demo();
    const lpp = code('Learning > LPP');
    const excerpts = await api['codes.excerpts']({ id: lpp.id });
    expect(excerpts).toHaveLength(lpp.excerpts);
    const chosen = excerpts.slice(0, 3).map((e) => e.excerptId);
    const { code: peripheral, moved } = await api['codes.split']({ id: lpp.id, newName: 'Peripheral tasks', excerptIds: chosen });
    expect(moved).toBe(3);
    expect(peripheral).toMatchObject({ path: 'Learning > Peripheral tasks', excerpts: 3 });
    const after = await api['codes.list']({});
    expect(after.find((c) => c.id === lpp.id)!.excerpts).toBe(lpp.excerpts - 3);
    expect((await api['edit.state']({})).undo).toBe("split 'LPP' into 'Peripheral tasks'");
    await api['edit.undo']({});
    expect((await api['codes.list']({})).find((c) => c.id === lpp.id)!.excerpts).toBe(lpp.excerpts);
    expect(await dispatch(api, 'codes.split', { id: lpp.id, newName: 'X', excerptIds: ['not-an-excerpt'] })).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });
});

describe('agreement among three coders', () => {
  it('reports Fleiss κ and α per code through the API', async () => {
    const { api, doc, ana, bruno, code } = await demo();
    const carla = await api['coders.add']({ name: 'Carla' });
    await api['excerpts.create']({ documentId: doc.id, coderId: carla.id, start: 100, end: 300, codes: [{ codeId: code('Learning > Mentoring').id }] });
    const r = await api['agreement.multi']({ coders: [ana.id, bruno.id, carla.id] });
    expect(r.coders).toEqual(['Ana', 'Bruno', 'Carla']);
    const mentoring = r.byCode.find((x) => x.code === 'Learning > Mentoring')!;
    expect(mentoring.histogram).toHaveLength(4);
    expect(mentoring.histogram.reduce((a, b) => a + b, 0)).toBe(r.units);
    expect(mentoring.fleissKappa).not.toBeNull();
    expect(mentoring.alpha).not.toBeNull();
  });
});

describe('every edit can be undone', () => {
  it('memos, weights, deletions, coders and settings come back exactly', async () => {
    const { api, doc, ana, code } = await demo();
    const snapshot = async () => ({
      memos: await api['memos.list']({}),
      excerpts: await api['excerpts.list']({ documentId: doc.id, viewerCoderId: ana.id }),
      coders: await api['coders.list']({}),
      settings: await api['project.settings']({}),
      themes: await api['themes.list']({}),
    });
    const before = await snapshot();
    const some = before.excerpts[0]!;
    const edits: [string, () => Promise<unknown>][] = [
      ['add project memo', () => api['memos.save']({ coderId: ana.id, targetType: 'project', targetId: null, title: 'Plan', body: 'Segunda ronda' })],
      ['set weight', async () => {
        const tech = before.excerpts.find((e) => e.codes.some((c) => c.codeId === code('Technology attitude').id))!;
        return api['excerpts.setCode']({ id: tech.id, codeId: code('Technology attitude').id, weight: -2 });
      }],
      ['delete excerpt', () => api['excerpts.delete']({ id: some.id })],
      ['add coder', () => api['coders.add']({ name: 'Carla' })],
      ['blind on', () => api['project.updateSettings']({ blind: true, byCoderId: ana.id })],
      ['theme', () => api['themes.create']({ name: 'Nuevo', codeIds: [code('Learning > LPP').id] })],
    ];
    for (const [, edit] of edits) await edit();
    expect(await snapshot()).not.toEqual(before);
    for (let i = 0; i < edits.length; i++) await api['edit.undo']({});
    expect(await snapshot()).toEqual(before);
    for (let i = 0; i < edits.length; i++) await api['edit.redo']({});
    expect((await api['coders.list']({})).map((c) => c.name)).toContain('Carla');
    expect((await api['project.settings']({})).blind).toBe(true);
    expect((await api['excerpts.list']({ documentId: doc.id, viewerCoderId: ana.id })).find((e) => e.id === some.id)).toBeUndefined();
  });
});

describe('splitting in blind mode', () => {
  it('shows and moves only the coder’s own codings', async () => {
    const { api, ana, bruno, code } = await demo();
    await api['project.updateSettings']({ blind: true, byCoderId: ana.id });
    const lpp = code('Learning > LPP');
    const mine = await api['codes.excerpts']({ id: lpp.id, viewerCoderId: bruno.id });
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e) => e.coderId === bruno.id)).toBe(true);
    const anas = (await api['codes.excerpts']({ id: lpp.id, viewerCoderId: ana.id }))[0]!;
    expect(await dispatch(api, 'codes.split', { id: lpp.id, newName: 'X', excerptIds: [anas.excerptId], byCoderId: bruno.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await api['codes.split']({ id: lpp.id, newName: 'Peripheral', excerptIds: [mine[0]!.excerptId], byCoderId: bruno.id })).moved).toBe(1);
  });
});
