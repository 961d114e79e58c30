// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../shared/api/schemas';
import { createStore } from '../../renderer/store';
import { fakeClient, studyPath, studyProject } from './fakeClient';

describe('store', () => {
  it('never rejects: failures land in the error state', async () => {
    const client = fakeClient();
    client.handle('project.recent', async () => {
      throw new Error('socket hang up');
    });
    const store = createStore(client);
    await expect(store.getState().init()).resolves.toBeUndefined();
    expect(store.getState().error).toContain('socket hang up');
    expect(store.getState().ready).toBe(true);
    await expect(store.getState().selectDocument('doc-lucia')).resolves.toBeUndefined();
    expect(store.getState().error).toBe('no project is open');
    store.getState().dismissError();
    expect(store.getState().error).toBeNull();
  });

  it('keeps the latest document when answers arrive out of order', async () => {
    const client = fakeClient({ openAtLaunch: studyPath });
    const [lucia, notes] = studyProject().documents as [DocumentDetail, DocumentDetail];
    let releaseSlow!: () => void;
    client.handle('documents.get', async ({ id }) => {
      if (id === lucia.id) await new Promise<void>((r) => (releaseSlow = r));
      return id === lucia.id ? lucia : notes;
    });
    const store = createStore(client);
    await store.getState().init();
    const slow = store.getState().selectDocument(lucia.id);
    await store.getState().selectDocument(notes.id);
    releaseSlow();
    await slow;
    expect(store.getState().selectedDocumentId).toBe(notes.id);
    expect(store.getState().document?.id).toBe(notes.id);
  });

  it('loads documents, cases, codes and coders with the project and clears them on close', async () => {
    const store = createStore(fakeClient());
    await store.getState().init();
    await store.getState().openProject(studyPath);
    const s = store.getState();
    expect([s.documents.length, s.cases.cases.length, s.codes.length, s.coders.length]).toEqual([2, 1, 3, 2]);
    await s.closeProject();
    const t = store.getState();
    expect([t.project, t.documents.length, t.codes.length, t.document]).toEqual([null, 0, 0, null]);
    expect(t.recent[0]?.path).toBe(studyPath);
  });
});
