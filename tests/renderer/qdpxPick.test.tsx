// @vitest-environment jsdom
// On the desktop the REFI-QDA dialogs offer "Choose…" (native dialogs filtered to
// .qdpx / .qualia) beside the typed paths; in the browser there is no such button.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type FakeOptions, fakeClient, studyPath } from './fakeClient';
import { renderApp } from './renderApp';

async function openStudy(opts: FakeOptions = {}) {
  const client = fakeClient({ openAtLaunch: studyPath, ...opts });
  const app = renderApp(client);
  await screen.findAllByTestId('doc-item');
  return { client, ...app };
}

describe('choosing REFI-QDA files with the native dialog', () => {
  it('export: Choose… asks for a .qdpx to save and fills the path', async () => {
    const { client, user } = await openStudy({ host: 'electron', pickedPath: '/home/ana/Escritorio/estudio.qdpx' });
    await user.click(screen.getByRole('button', { name: /^Project menu/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Export REFI-QDA (.qdpx)…' }));
    const dialog = screen.getByRole('dialog', { name: 'Export REFI-QDA' });
    await user.click(within(dialog).getByRole('button', { name: 'Choose where to save the .qdpx' }));
    expect(client.callsTo('project.pickFile')).toEqual([{ mode: 'create', kind: 'qdpx' }]);
    await waitFor(() => expect((within(dialog).getByLabelText(/Save as/) as HTMLInputElement).value).toBe('/home/ana/Escritorio/estudio.qdpx'));
  });

  it('import: one Choose… opens a .qdpx, the other picks the new .qualia; a cancelled dialog changes nothing', async () => {
    const { client, user } = await openStudy({ host: 'electron', pickedPath: null });
    await user.click(screen.getByRole('button', { name: /^Project menu/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Import REFI-QDA project (.qdpx)…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import REFI-QDA project' });
    await user.click(within(dialog).getByRole('button', { name: 'Choose the REFI-QDA file' }));
    await user.click(within(dialog).getByRole('button', { name: 'Choose the new project file' }));
    await waitFor(() => expect(client.callsTo('project.pickFile')).toEqual([{ mode: 'open', kind: 'qdpx' }, { mode: 'create', kind: 'project' }]));
    expect((within(dialog).getByLabelText('REFI-QDA file (.qdpx) on this computer') as HTMLInputElement).value).toBe('');
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });

  it('the browser host shows no Choose… buttons (paths are typed)', async () => {
    const { user } = await openStudy();
    await user.click(screen.getByRole('button', { name: /^Project menu/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Export REFI-QDA (.qdpx)…' }));
    expect(within(screen.getByRole('dialog', { name: 'Export REFI-QDA' })).queryByRole('button', { name: /^Choose/ })).toBeNull();
  });
});
