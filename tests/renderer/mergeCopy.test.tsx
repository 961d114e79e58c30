// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addedItems } from '../../renderer/components/MergeReport';
import { type FakeOptions, fakeClient, studyPath } from './fakeClient';
import { carlaCopyPath } from './fakeExtras';
import { renderApp } from './renderApp';
import './codingSetup';

async function openStudy(opts: FakeOptions = {}) {
  const client = fakeClient({ openAtLaunch: studyPath, ...opts });
  const app = renderApp(client);
  await screen.findAllByTestId('doc-item');
  const menuButton = screen.getByRole('button', { name: /^Project menu: Learning at work/ });
  return { client, menuButton, ...app };
}

const status = () => screen.getByRole('contentinfo');

describe('merge a copy', () => {
  it('is reached from the project menu by keyboard; Escape closes the menu and returns to its button', async () => {
    const { menuButton, user } = await openStudy();
    expect(menuButton.getAttribute('aria-haspopup')).toBe('menu');
    expect(menuButton.title).toBe(studyPath);
    menuButton.focus();
    await user.keyboard('{Enter}');
    const menu = screen.getByRole('menu', { name: 'Project' });
    expect(menu.textContent).toContain(studyPath);
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: 'Merge a copy…' }));
    expect(menuButton.getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(menuButton);
    // ArrowDown opens it too.
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menu', { name: 'Project' })).toBeTruthy();
  });

  it('merges a typed path (browser), reports what came in and the conflicts, and refreshes the project', async () => {
    const { client, menuButton, user } = await openStudy();
    menuButton.focus();
    await user.keyboard('{Enter}{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Merge a copy' });
    const path = within(dialog).getByLabelText(/Path of the copy/);
    expect(document.activeElement).toBe(path);
    expect(within(dialog).queryByRole('button', { name: 'Choose file…' })).toBeNull();

    // Merge with nothing typed says what is missing; a wrong path shows the server's words in the dialog.
    await user.keyboard('{Enter}');
    expect(within(dialog).getByRole('alert').textContent).toBe('Type the path of the copy (a .qualia file) first.');
    await user.type(path, '/tmp/nope.qualia{Enter}');
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toContain('/tmp/nope.qualia: no such file'));

    await user.clear(path);
    await user.type(path, `${carlaCopyPath}{Enter}`);
    const report = await within(dialog).findByTestId('merge-report');
    expect(client.callsTo('project.merge').at(-1)).toEqual({ sourcePath: carlaCopyPath });
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(report.textContent).toContain('Merged study-carla.qualia');
    expect(within(report).getByTestId('merge-added').textContent).toBe('1 coder');
    expect(report.textContent).toContain("Conflicting items kept this project's version");
    const table = within(report).getByRole('table', { name: '1 conflict' });
    expect([...table.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ['code', 'Learning > Mentoring', 'edited differently in the source (name, definition, colour or weight scale); kept this version'],
    ]);

    // The project around the dialog has caught up: coders, counts, and the named undo step.
    await waitFor(() => expect(status().textContent).toContain('3 coders'));
    expect(status().textContent).toContain('Undo: merge study-carla.qualia');
    expect(client.callsTo('documents.list').length).toBeGreaterThan(1);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Done' }));

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Merge a copy' })).toBeNull();
    expect(document.activeElement).toBe(menuButton);
    await user.click(screen.getByRole('button', { name: /^Coder:/ }));
    expect(within(screen.getByRole('dialog', { name: 'Coder and blind coding' })).getByRole('radio', { name: 'Carla' })).toBeTruthy();
    await user.keyboard('{Escape}');

    // Undo takes the whole merge back, and the documents and cases are read again.
    const reads = client.callsTo('documents.list').length;
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(status().textContent).toContain('Undid: merge study-carla.qualia'));
    expect(status().textContent).toContain('2 coders');
    expect(client.callsTo('documents.list').length).toBeGreaterThan(reads);
  });

  it('says so when the copy brings nothing new', async () => {
    const { user } = await openStudy();
    for (let i = 0; i < 2; i++) {
      await user.click(screen.getByRole('button', { name: /^Project menu/ }));
      await user.click(screen.getByRole('menuitem', { name: 'Merge a copy…' }));
      await user.type(screen.getByLabelText(/Path of the copy/), `${carlaCopyPath}{Enter}`);
      await screen.findByTestId('merge-report');
      if (i === 0) await user.click(screen.getByRole('button', { name: 'Done' }));
    }
    expect(screen.getByTestId('merge-report').textContent).toContain('Nothing new: this project already had everything in the copy.');
  });

  it('on the desktop chooses the copy with the native dialog', async () => {
    const { client, user } = await openStudy({ host: 'electron', pickedPath: carlaCopyPath });
    await user.click(screen.getByRole('button', { name: /^Project menu/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Merge a copy…' }));
    const dialog = screen.getByRole('dialog', { name: 'Merge a copy' });
    expect(within(dialog).queryByLabelText(/Path of the copy/)).toBeNull();
    const merge = within(dialog).getByRole('button', { name: 'Merge' }) as HTMLButtonElement;
    expect(merge.disabled).toBe(true);
    const choose = within(dialog).getByRole('button', { name: 'Choose file…' });
    expect(document.activeElement).toBe(choose);
    await user.click(choose);
    expect(client.callsTo('project.pickFile')).toEqual([{ mode: 'open', kind: 'project' }]);
    await waitFor(() => expect(within(dialog).getByTestId('merge-path').textContent).toBe(carlaCopyPath));
    await user.click(merge);
    expect((await within(dialog).findByTestId('merge-added')).textContent).toBe('1 coder');
  });

  it('a cancelled native dialog changes nothing', async () => {
    const { client, user } = await openStudy({ host: 'electron', pickedPath: null });
    await user.click(screen.getByRole('button', { name: /^Project menu/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Merge a copy…' }));
    const dialog = screen.getByRole('dialog', { name: 'Merge a copy' });
    await user.click(within(dialog).getByRole('button', { name: 'Choose file…' }));
    await waitFor(() => expect(client.callsTo('project.pickFile')).toHaveLength(1));
    expect(within(dialog).getByTestId('merge-path').textContent).toBe('No file chosen');
    expect((within(dialog).getByRole('button', { name: 'Merge' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog', { name: 'Merge a copy' })).toBeNull();
    expect(client.callsTo('project.merge')).toEqual([]);
  });

  it('names the non-zero counts in words', () => {
    expect(addedItems({ documents: 0, coders: 1, codes: 2, cases: 0, fields: 1, values: 3, excerpts: 113, codings: 1, memos: 0, themes: 0 })).toEqual([
      '1 coder',
      '2 codes',
      '1 descriptor field',
      '3 descriptor values',
      '113 excerpts',
      '1 coding',
    ]);
  });
});
