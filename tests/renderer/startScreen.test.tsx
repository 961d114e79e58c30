// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/envelope';
import { NoClient } from '../../renderer/components/NoClient';
import { fakeClient, missingPath, pilotPath, studyPath } from './fakeClient';
import { renderApp } from './renderApp';

describe('start screen (browser host)', () => {
  it('lists recent projects, marking missing files', async () => {
    renderApp(fakeClient());
    const recent = await screen.findByRole('region', { name: 'Recent projects' });
    const items = within(recent).getAllByRole('button');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('Learning at work');
    expect(items[0]!.textContent).toContain(studyPath);
    expect(items[0]!.textContent).not.toContain('(missing)');
    expect(items[1]!.textContent).toContain(missingPath);
    expect(items[1]!.textContent).toContain('(missing)');
    expect(items[1]!.className).toContain('missing');
    expect(screen.queryByRole('button', { name: /close project/i })).toBeNull();
  });

  it('opens the project whose path is typed, with the Open button', async () => {
    const client = fakeClient();
    const { user } = renderApp(client);
    await user.type(await screen.findByLabelText('Project file path'), pilotPath);
    await user.click(screen.getByRole('button', { name: /^open/i }));
    await screen.findByRole('button', { name: /close project/i });
    expect(client.callsTo('project.open')).toEqual([{ path: pilotPath }]);
    expect(client.currentPath).toBe(pilotPath);
  });

  it('opens on Enter in the path field', async () => {
    const client = fakeClient();
    const { user } = renderApp(client);
    await user.type(await screen.findByLabelText('Project file path'), `${studyPath}{Enter}`);
    await waitFor(() => expect(client.callsTo('project.open')).toEqual([{ path: studyPath }]));
  });

  it('opens a recent project when its button is pressed', async () => {
    const client = fakeClient();
    const { user } = renderApp(client);
    const recent = await screen.findByRole('region', { name: 'Recent projects' });
    await user.click(within(recent).getByRole('button', { name: /Learning at work/ }));
    await screen.findAllByTestId('doc-item');
    expect(client.callsTo('project.open')).toEqual([{ path: studyPath }]);
  });

  it('creates a project from the typed path and optional name', async () => {
    const client = fakeClient();
    const { user } = renderApp(client);
    await user.type(await screen.findByLabelText('Project file path'), '/home/ana/fieldwork.qualia');
    await user.type(screen.getByLabelText(/name for a new project/i), '  Fieldwork 2025 ');
    await user.click(screen.getByRole('button', { name: /^create/i }));
    await screen.findByText('No documents in this project yet.');
    expect(client.callsTo('project.create')).toEqual([{ path: '/home/ana/fieldwork.qualia', name: 'Fieldwork 2025' }]);
    expect(screen.getByRole('banner').textContent).toContain('Fieldwork 2025');
  });

  it('asks for a path instead of calling the API with an empty one', async () => {
    const client = fakeClient();
    const { user } = renderApp(client);
    await user.click(await screen.findByRole('button', { name: /^open/i }));
    expect(screen.getByText(/type the path of a \.qualia file/i)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Project file path'));
    expect(client.callsTo('project.open')).toEqual([]);
  });

  it('shows an ApiError from project.open in an alert, and dismisses it', async () => {
    const client = fakeClient();
    const { user } = renderApp(client);
    await user.type(await screen.findByLabelText('Project file path'), '/home/ana/nope.qualia');
    await user.click(screen.getByRole('button', { name: /^open/i }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('/home/ana/nope.qualia: no such file');
    // Still on the start screen, ready for another try.
    expect(screen.getByLabelText('Project file path')).toBeTruthy();
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reports a failing transport without crashing the page', async () => {
    const client = fakeClient();
    client.handle('project.open', async () => {
      throw new ApiError('newer_schema', 'this project was saved by a newer Qualia (schema 9); update Qualia to open it');
    });
    const { user } = renderApp(client);
    await user.type(await screen.findByLabelText('Project file path'), studyPath);
    await user.click(screen.getByRole('button', { name: /^open/i }));
    expect((await screen.findByRole('alert')).textContent).toContain('newer Qualia');
  });

  it('Ctrl+O focuses the path field', async () => {
    const { user } = renderApp(fakeClient());
    const input = await screen.findByLabelText('Project file path');
    expect(document.activeElement).not.toBe(input);
    await user.keyboard('{Control>}o{/Control}');
    expect(document.activeElement).toBe(input);
  });
});

describe('start screen (desktop host)', () => {
  it('uses the native dialog to open, and opens the picked path', async () => {
    const client = fakeClient({ host: 'electron', pickedPath: studyPath });
    const { user } = renderApp(client);
    await user.click(await screen.findByRole('button', { name: 'Open project…' }));
    await screen.findAllByTestId('doc-item');
    expect(client.callsTo('project.pickFile')).toEqual([{ mode: 'open' }]);
    expect(client.callsTo('project.open')).toEqual([{ path: studyPath }]);
    expect(screen.queryByLabelText('Project file path')).toBeNull();
  });

  it('does nothing when the dialog is cancelled', async () => {
    const client = fakeClient({ host: 'electron', pickedPath: null });
    const { user, store } = renderApp(client);
    await user.click(await screen.findByRole('button', { name: 'Create project…' }));
    await waitFor(() => expect(store.getState().busy).toBe(false));
    expect(client.callsTo('project.pickFile')).toEqual([{ mode: 'create' }]);
    expect(client.callsTo('project.create')).toEqual([]);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Open or create a project' })).toBeTruthy();
  });
});

describe('without a client', () => {
  it('tells the user to open the URL printed by qualia serve', () => {
    render(<NoClient />);
    expect(document.body.textContent).toContain('Open the URL printed by qualia serve (it carries the access token)');
  });
});
