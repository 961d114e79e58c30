// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeClient, studyPath } from './fakeClient';
import { renderApp } from './renderApp';
import './codingSetup';

async function openCodebook() {
  const client = fakeClient({ openAtLaunch: studyPath });
  const app = renderApp(client);
  await screen.findAllByTestId('doc-item');
  await app.user.click(screen.getByRole('button', { name: 'Codebook' }));
  const tree = await screen.findByRole('tree', { name: 'Codebook' });
  return { ...app, client, tree };
}

const rows = (tree: HTMLElement) =>
  within(tree)
    .getAllByRole('treeitem')
    .map((i) => `${'  '.repeat(Number(i.getAttribute('aria-level')) - 1)}${i.querySelector('.code-name')!.textContent}`);
const item = (tree: HTMLElement, name: string) => within(tree).getByText(name).closest<HTMLElement>('[role="treeitem"]')!;

describe('codebook tree', () => {
  it('shows the hierarchy with live counts', async () => {
    const { tree } = await openCodebook();
    expect(rows(tree)).toEqual(['Learning', '  Mentoring', 'Technology attitude']);
    expect(item(tree, 'Mentoring').textContent).toContain('1,031');
    expect(item(tree, 'Learning').getAttribute('aria-expanded')).toBe('true');
  });

  it('creates a sub-code under the selected code', async () => {
    const { tree, user, client } = await openCodebook();
    await user.click(item(tree, 'Learning'));
    await user.click(screen.getByRole('button', { name: 'New sub-code' }));
    await user.type(screen.getByRole('textbox', { name: 'New code' }), 'Shadowing{Enter}');
    await waitFor(() => expect(rows(tree)).toEqual(['Learning', '  Mentoring', '  Shadowing', 'Technology attitude']));
    expect(client.callsTo('codes.create')).toEqual([{ name: 'Shadowing', parentId: 'c-learning' }]);
    // The new code is selected and open in the editor.
    expect(item(tree, 'Shadowing').getAttribute('aria-selected')).toBe('true');
    expect((screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Shadowing');
  });

  it('renames with F2, edits the definition and a weight scale with labels', async () => {
    const { tree, user, client } = await openCodebook();
    await user.click(item(tree, 'Mentoring'));
    await user.keyboard('{F2}');
    const name = screen.getByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(document.activeElement).toBe(name));
    await user.clear(name);
    await user.type(name, 'Mentoring by a senior');
    await user.type(screen.getByRole('textbox', { name: 'Use when' }), 'A named senior colleague guides.');
    await user.click(screen.getByRole('checkbox', { name: /Coders give a weight/ }));
    await user.type(screen.getByRole('textbox', { name: 'Label for −2' }), 'absent');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(rows(tree)).toContain('  Mentoring by a senior'));
    expect(client.callsTo('codes.update')).toEqual([
      { id: 'c-mentoring', name: 'Mentoring by a senior', inclusion: 'A named senior colleague guides.', weight: { min: -2, max: 2, labels: { '-2': 'absent' } } },
    ]);
    expect((screen.getByRole('textbox', { name: 'Use when' }) as HTMLTextAreaElement).value).toBe('A named senior colleague guides.');
    expect(screen.getByRole('contentinfo').textContent).toContain("Undo: edit code 'Mentoring'");
  });

  it('moves codes with the keyboard: down, indent and outdent', async () => {
    const { tree, user, client } = await openCodebook();
    await user.click(item(tree, 'Learning'));
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(rows(tree)).toEqual(['Technology attitude', 'Learning', '  Mentoring']));
    expect(client.callsTo('codes.move')).toEqual([{ id: 'c-learning', parentId: null, position: 1 }]);
    await waitFor(() => expect(document.activeElement).toBe(item(tree, 'Learning')));

    await user.click(item(tree, 'Learning'));
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await waitFor(() => expect(rows(tree)).toEqual(['Technology attitude', '  Learning', '    Mentoring']));
    await user.click(screen.getByRole('button', { name: 'Outdent' }));
    await waitFor(() => expect(rows(tree)).toEqual(['Technology attitude', 'Learning', '  Mentoring']));
    expect(client.callsTo('codes.move').slice(1)).toEqual([
      { id: 'c-learning', parentId: 'c-tech', position: 0 },
      { id: 'c-learning', parentId: null, position: 1 },
    ]);
  });

  it('moves through the tree with arrows, and closes and opens branches', async () => {
    const { tree, user } = await openCodebook();
    await user.click(item(tree, 'Learning'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(item(tree, 'Mentoring'));
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(item(tree, 'Learning'));
    await user.keyboard('{ArrowLeft}');
    expect(rows(tree)).toEqual(['Learning', 'Technology attitude']);
    await user.keyboard('{ArrowRight}');
    expect(rows(tree)).toEqual(['Learning', '  Mentoring', 'Technology attitude']);
  });

  it('drops a dragged code inside another', async () => {
    const { tree, client } = await openCodebook();
    fireEvent.dragStart(item(tree, 'Technology attitude'), { dataTransfer: { setData() {}, effectAllowed: '' } });
    fireEvent.dragOver(item(tree, 'Learning'), { dataTransfer: { dropEffect: '' } });
    fireEvent.drop(item(tree, 'Learning'), { dataTransfer: { getData: () => 'c-tech' } });
    await waitFor(() => expect(rows(tree)).toEqual(['Learning', '  Mentoring', '  Technology attitude']));
    expect(client.callsTo('codes.move')).toEqual([{ id: 'c-tech', parentId: 'c-learning', position: 1 }]);
  });

  it('asks before deleting, naming the excerpts and sub-codes that go with it', async () => {
    const { tree, user, client } = await openCodebook();
    await user.click(item(tree, 'Learning'));
    await user.keyboard('{Delete}');
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete code' });
    await waitFor(() => expect(dialog.textContent).toContain("Delete 'Learning'? 1,031 excerpts and 1 sub-code will be removed."));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(client.callsTo('codes.delete')).toEqual([]);

    await user.click(item(tree, 'Technology attitude'));
    await user.click(screen.getByRole('button', { name: 'Delete code…' }));
    const again = await screen.findByRole('alertdialog', { name: 'Delete code' });
    await waitFor(() => expect(again.textContent).toContain("Delete 'Technology attitude'? 7 excerpts will be removed."));
    await user.click(within(again).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(rows(tree)).toEqual(['Learning', '  Mentoring']));
    expect(client.callsTo('codes.delete')).toEqual([{ id: 'c-tech' }]);
  });

  it('merges a code into another', async () => {
    const { tree, user, client } = await openCodebook();
    await user.click(item(tree, 'Technology attitude'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Merge into' }), 'c-mentoring');
    await user.click(screen.getByRole('button', { name: 'Merge…' }));
    expect(screen.getByText(/Merge 'Technology attitude' into 'Mentoring'\?/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(rows(tree)).toEqual(['Learning', '  Mentoring']));
    expect(client.callsTo('codes.merge')).toEqual([{ sourceId: 'c-tech', targetId: 'c-mentoring' }]);
    expect(item(tree, 'Mentoring').getAttribute('aria-selected')).toBe('true');
  });
});
