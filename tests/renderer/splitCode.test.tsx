// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProjectSettings } from '../../shared/api/schemas';
import { fakeClient, studyPath, studyProject } from './fakeClient';
import { codingData } from './fakeCoding';
import { excerptsAt } from './fakeExtras';
import { renderApp } from './renderApp';
import './codingSetup';

/** The study with three excerpts on Mentoring (two Ana's, one Ben's), the Codebook open on it. */
async function openSplit(settings: Partial<ProjectSettings> = {}) {
  const project = studyProject();
  const data = codingData(project);
  data.excerpts.push(
    ...excerptsAt(project, 'doc-lucia', 'coder-ana', 'c-mentoring', ['Mostly by watching Rocío', 'She let me handle the easy contracts first']),
    ...excerptsAt(project, 'doc-lucia', 'coder-ben', 'c-mentoring', ['aprendí más con Rocío']),
  );
  data.settings = { ...data.settings, ...settings };
  const client = fakeClient({ openAtLaunch: studyPath, projects: [project] });
  const app = renderApp(client);
  await screen.findAllByTestId('doc-item');
  await app.user.click(screen.getByRole('button', { name: 'Codebook' }));
  const tree = await screen.findByRole('tree', { name: 'Codebook' });
  const item = (name: string) => within(tree).getByText(name).closest<HTMLElement>('[role="treeitem"]')!;
  await app.user.click(item('Mentoring'));
  return { ...app, client, tree, item };
}

const checkboxes = (dialog: HTMLElement) => within(within(dialog).getByRole('list', { name: /^Excerpts of/ })).getAllByRole('checkbox') as HTMLInputElement[];

describe('split a code', () => {
  it('moves the ticked excerpts to a new sibling code, selects it and refreshes the counts', async () => {
    const { client, user, tree, item } = await openSplit();
    // (The fake's first codes.list carries the seeded counts only; live excerpts count after an edit.)
    await user.click(screen.getByRole('button', { name: 'Split…' }));
    const dialog = screen.getByRole('dialog', { name: "Split 'Mentoring'" });
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Name of the new code'));
    await waitFor(() => expect(checkboxes(dialog)).toHaveLength(3));
    expect(client.callsTo('codes.excerpts')).toEqual([{ id: 'c-mentoring', viewerCoderId: 'coder-ana' }]);
    const items = within(dialog).getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toContain('Interview 1 · Ana');
    expect(items[0]).toContain('Mostly by watching Rocío');
    expect(items[2]).toContain('Interview 1 · Ben');
    expect(dialog.textContent).toContain("beside 'Mentoring' under 'Learning'");

    const split = within(dialog).getByRole('button', { name: 'Split' }) as HTMLButtonElement;
    expect(split.disabled).toBe(true);
    await user.type(within(dialog).getByLabelText('Name of the new code'), 'Peripheral tasks');
    expect(split.disabled).toBe(true);
    await user.click(checkboxes(dialog)[0]!);
    await user.click(checkboxes(dialog)[1]!);
    expect(split.disabled).toBe(false);
    const all = within(dialog).getByRole('checkbox', { name: 'Select all (3)' }) as HTMLInputElement;
    expect(all.indeterminate).toBe(true);
    expect(dialog.textContent).toContain('2 excerpts of 3 chosen');

    await user.click(split);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(client.callsTo('codes.split')).toEqual([{ id: 'c-mentoring', newName: 'Peripheral tasks', excerptIds: ['x-c-mentoring-coder-ana-0', 'x-c-mentoring-coder-ana-1'], byCoderId: 'coder-ana' }]);
    await waitFor(() => expect(item('Peripheral tasks').getAttribute('aria-selected')).toBe('true'));
    expect(item('Peripheral tasks').getAttribute('aria-level')).toBe('2');
    expect(item('Peripheral tasks').textContent).toContain('2');
    expect(item('Mentoring').textContent).toContain('1,032');
    expect(within(tree).getAllByRole('treeitem').map((i) => i.querySelector('.code-name')!.textContent)).toEqual(['Learning', 'Mentoring', 'Peripheral tasks', 'Technology attitude']);
    expect((screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Peripheral tasks');
    expect(screen.getByRole('contentinfo').textContent).toContain("Undo: split 'Mentoring' into 'Peripheral tasks'");
    await waitFor(() => expect(document.activeElement).toBe(item('Peripheral tasks')));
  });

  it('selects all with one box, works from the keyboard, and shows a refused name in the dialog', async () => {
    const { client, user } = await openSplit();
    screen.getByRole('button', { name: 'Split…' }).focus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: "Split 'Mentoring'" });
    await waitFor(() => expect(checkboxes(dialog)).toHaveLength(3));
    await user.keyboard('Mentoring');
    await user.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('checkbox', { name: 'Select all (3)' }));
    await user.keyboard(' ');
    expect(checkboxes(dialog).every((c) => c.checked)).toBe(true);
    // Back to the name and Enter splits.
    await user.tab({ shift: true });
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toBe('a code named "Mentoring" already exists there'));
    expect(client.callsTo('codes.split')).toHaveLength(1);
    // Untick all, and Split is off again.
    await user.click(within(dialog).getByRole('checkbox', { name: 'Select all (3)' }));
    expect((within(dialog).getByRole('button', { name: 'Split' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('Escape closes without splitting', async () => {
    const { client, user } = await openSplit();
    await user.click(screen.getByRole('button', { name: 'Split…' }));
    await screen.findByRole('dialog', { name: "Split 'Mentoring'" });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(client.callsTo('codes.split')).toEqual([]);
  });

  it('in blind coding lists only the active coder’s excerpts', async () => {
    const { user } = await openSplit({ blind: true, ownerCoderId: 'coder-ana' });
    await user.click(screen.getByRole('button', { name: 'Split…' }));
    const dialog = screen.getByRole('dialog', { name: "Split 'Mentoring'" });
    await waitFor(() => expect(checkboxes(dialog)).toHaveLength(2));
    expect(dialog.textContent).toContain('Blind coding is on: only your excerpts are listed.');
    expect(dialog.textContent).not.toContain('aprendí más con Rocío');
  });

  it('says so when the code has no excerpts', async () => {
    const { user, item } = await openSplit();
    await user.click(item('Technology attitude'));
    await user.click(screen.getByRole('button', { name: 'Split…' }));
    const dialog = screen.getByRole('dialog', { name: "Split 'Technology attitude'" });
    expect(await within(dialog).findByText("'Technology attitude' has no excerpts to move.")).toBeTruthy();
    expect(dialog.textContent).toContain('at the top level');
  });
});
