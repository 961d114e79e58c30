// @vitest-environment jsdom
// "Import REFI-QDA project (.qdpx)…" from the start screen and from the project
// menu: two typed paths, errors in the dialog, then the new project opens and the
// report stays on screen until read.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/envelope';
import type { QdpxImportReport } from '../../shared/api/schemas';
import { importedItems } from '../../renderer/components/QdpxImportReport';
import { type FakeClient, fakeClient, studyPath } from './fakeClient';
import { renderApp } from './renderApp';

const source = '/home/ana/exports/estudio.qdpx';

function report(path: string): QdpxImportReport {
  return {
    path,
    name: 'Estudio',
    origin: 'NVivo for Windows 12.6',
    counts: { coders: 2, codes: 152, documents: 2, cases: 0, fields: 0, values: 0, excerpts: 303, codings: 303, memos: 1, themes: 0 },
    positions: { unit: 'utf16', label: 'UTF-16 code units' },
    sources: [
      { name: 'Entrevistas', document: 'Entrevistas', from: 'text', entry: 'Sources/a.txt', selections: 303, placed: 303, aligned: 300, clamped: 0, bestUnit: 'utf16' },
      { name: 'Vacía', document: null, from: null, entry: null, selections: 0, placed: 0, aligned: 0, clamped: 0, bestUnit: null },
    ],
    skipped: [{ kind: 'source', name: 'Vacía', reason: 'its text file sources/b.txt is empty' }],
    warnings: ['1 code(s) are marked not codable in the file; Qualia lets any code be applied'],
  };
}

/** The host's import: a missing file is refused; otherwise the new project is created and opened, as the workspace does. */
function withImport(client: FakeClient) {
  client.handle('exchange.importQdpx', async ({ sourcePath, projectPath }) => {
    if (sourcePath !== source) throw new ApiError('not_found', `${sourcePath}: no such file`);
    const project = await client.call('project.create', { path: projectPath, name: 'Estudio' });
    return { project, report: report(projectPath) };
  });
  return client;
}

describe('import a REFI-QDA project', () => {
  it('from the start screen: suggests the new file beside the .qdpx, shows errors in the dialog, opens the project and shows the report', async () => {
    const client = withImport(fakeClient());
    const { user } = renderApp(client);
    await user.click(await screen.findByRole('button', { name: 'Import REFI-QDA project (.qdpx)…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import REFI-QDA project' });
    const from = within(dialog).getByLabelText('REFI-QDA file (.qdpx) on this computer');
    const to = within(dialog).getByLabelText('New project file (.qualia)');
    expect(document.activeElement).toBe(from);

    await user.keyboard('{Enter}');
    expect(within(dialog).getByRole('alert').textContent).toBe('Type the path of the REFI-QDA file (.qdpx) first.');

    await user.type(from, '/home/ana/nope.qdpx');
    // The new file is suggested beside the .qdpx and used when the field is left empty.
    expect((to as HTMLInputElement).placeholder).toBe('/home/ana/nope.qualia');
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toBe('/home/ana/nope.qdpx: no such file'));

    await user.clear(from);
    await user.type(from, `${source}{Enter}`);
    const shown = await screen.findByTestId('qdpx-import-report');
    expect(client.callsTo('exchange.importQdpx')).toEqual([
      { sourcePath: '/home/ana/nope.qdpx', projectPath: '/home/ana/nope.qualia' },
      { sourcePath: source, projectPath: '/home/ana/exports/estudio.qualia' },
    ]);
    expect(screen.queryByRole('dialog', { name: 'Import REFI-QDA project' })).toBeNull();
    const reportDialog = screen.getByRole('dialog', { name: 'Imported estudio.qdpx' });
    expect(shown.textContent).toContain('New project Estudio from a file written by NVivo for Windows 12.6, saved as /home/ana/exports/estudio.qualia.');
    expect(within(shown).getByTestId('qdpx-import-counts').textContent).toBe('2 documents152 codes303 excerpts303 codings2 coders1 memo');
    expect(within(shown).getByTestId('qdpx-import-positions').textContent).toContain('UTF-16 code units');
    const sources = within(shown).getByRole('table', { name: 'Codings placed per document' });
    expect([...sources.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent))).toEqual([['Entrevistas', '303 of 303', '300']]);
    const skipped = within(shown).getByRole('table', { name: '1 item not imported' });
    expect([...skipped.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent))).toEqual([['source', 'Vacía', 'its text file sources/b.txt is empty']]);
    expect(within(shown).getByRole('list', { name: 'Warnings' }).textContent).toContain('marked not codable');
    // The new project is open behind the report.
    expect(client.currentPath).toBe('/home/ana/exports/estudio.qualia');
    expect(screen.getByRole('button', { name: /^Project menu: Estudio/ })).toBeTruthy();
    expect(document.activeElement).toBe(within(reportDialog).getByRole('button', { name: 'Done' }));

    await user.keyboard('{Enter}');
    expect(screen.queryByTestId('qdpx-import-report')).toBeNull();
  });

  it('from the project menu, into a new project beside the open one', async () => {
    const client = withImport(fakeClient({ openAtLaunch: studyPath }));
    const { user } = renderApp(client);
    await screen.findAllByTestId('doc-item');
    await user.click(screen.getByRole('button', { name: /^Project menu: Learning at work/ }));
    await user.click(within(screen.getByRole('menu', { name: 'Project' })).getByRole('menuitem', { name: 'Import REFI-QDA project (.qdpx)…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import REFI-QDA project' });
    await user.type(within(dialog).getByLabelText('REFI-QDA file (.qdpx) on this computer'), source);
    await user.type(within(dialog).getByLabelText('New project file (.qualia)'), '/home/ana/estudio-nvivo.qualia');
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await screen.findByTestId('qdpx-import-report');
    expect(client.currentPath).toBe('/home/ana/estudio-nvivo.qualia');
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('lists only what came in', () => {
    expect(importedItems({ coders: 1, codes: 3, documents: 0, cases: 0, fields: 0, values: 0, excerpts: 0, codings: 0, memos: 0, themes: 1 })).toEqual(['3 codes', '1 coder', '1 theme']);
  });
});
