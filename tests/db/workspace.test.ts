import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoProject } from '../../db/demo/load';
import { memoryRecentStore } from '../../db/recent';
import { createWorkspace } from '../../db/workspace';
import { contract } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { useTempDir } from '../helpers/tmp';

const tempDir = useTempDir();
const workspace = () => createWorkspace({ host: 'browser', version: 'test', recent: memoryRecentStore() });

describe('workspace (the Api every host serves)', () => {
  it('creates, lists, closes and reopens a project, remembering it as recent', async () => {
    const w = workspace();
    const dir = tempDir();
    const created = await w.api['project.create']({ path: join(dir, 'Fieldwork'), name: 'Fieldwork 2026' });
    expect(created).toMatchObject({ name: 'Fieldwork 2026', path: join(dir, 'Fieldwork.qualia') });
    expect(await w.api['documents.list']({})).toEqual([]);
    expect(await w.api['project.close']({})).toBeNull();
    expect(await w.api['project.current']({})).toBeNull();
    expect(await dispatch(w.api, 'documents.list', {})).toMatchObject({ ok: false, error: { code: 'no_project' } });
    await w.api['project.open']({ path: join(dir, 'Fieldwork.qualia') });
    expect((await w.api['project.recent']({}))[0]).toMatchObject({ name: 'Fieldwork 2026', exists: true });
    w.close();
  });

  it('serves a demo document with its text and speaker turns; outputs satisfy the contract', async () => {
    const path = join(tempDir(), 'demo.qualia');
    createDemoProject(path).close();
    const w = workspace();
    await w.api['project.open']({ path });
    const docs = await w.api['documents.list']({});
    contract['documents.list'].output.parse(docs);
    const doc = await w.api['documents.get']({ id: docs[0]!.id });
    contract['documents.get'].output.parse(doc);
    expect(doc.text.length).toBeGreaterThan(1000);
    expect(doc.segments.some((s) => s.speaker === 'Interviewer')).toBe(true);
    // The document can also be found by its name (the CLI's convention).
    expect((await w.api['documents.get']({ id: docs[0]!.name })).id).toBe(docs[0]!.id);
    contract['cases.list'].output.parse(await w.api['cases.list']({}));
    contract['codes.list'].output.parse(await w.api['codes.list']({}));
    contract['coders.list'].output.parse(await w.api['coders.list']({}));
    contract['project.current'].output.parse(await w.api['project.current']({}));
    w.close();
  });

  it('says file dialogs are desktop-only in the browser host', async () => {
    expect(await dispatch(workspace().api, 'project.pickFile', { mode: 'open' })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});
