// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeClient, studyPath } from './fakeClient';
import { renderApp } from './renderApp';

async function openDocument(index: number) {
  const client = fakeClient({ openAtLaunch: studyPath });
  const app = renderApp(client);
  await app.user.click((await screen.findAllByTestId('doc-item'))[index]!);
  await screen.findByTestId('reader');
  const inspector = screen.getByRole('complementary', { name: 'Inspector' });
  return { client, inspector, ...app };
}

const docNames = () => screen.getAllByTestId('doc-item').map((i) => i.querySelector('.doc-name')?.textContent);

describe('document inspector edits', () => {
  it('renames with Enter; the list and the reader follow', async () => {
    const { client, inspector, user } = await openDocument(0);
    const name = within(inspector).getByLabelText('Name') as HTMLInputElement;
    expect(name.value).toBe('Interview 1');
    await user.clear(name);
    await user.type(name, 'Interview 1 (pilot){Enter}');
    await waitFor(() => expect(docNames()).toEqual(['Interview 1 (pilot)', 'Field notes — warehouse']));
    expect(client.callsTo('documents.rename')).toEqual([{ id: 'doc-lucia', name: 'Interview 1 (pilot)' }]);
    expect(screen.getByRole('heading', { level: 2, name: /^Interview 1 \(pilot\) — Lucía/ })).toBeTruthy();
    // Leaving the field afterwards does not rename again.
    await user.tab();
    expect(client.callsTo('documents.rename')).toHaveLength(1);
  });

  it('Escape cancels a rename', async () => {
    const { client, inspector, user } = await openDocument(0);
    const name = within(inspector).getByLabelText('Name') as HTMLInputElement;
    await user.type(name, ' draft{Escape}');
    expect(name.value).toBe('Interview 1');
    expect(document.activeElement).not.toBe(name);
    expect(client.callsTo('documents.rename')).toEqual([]);
  });

  it('reports a name that is taken and keeps the real one', async () => {
    const { inspector, user } = await openDocument(0);
    const name = within(inspector).getByLabelText('Name') as HTMLInputElement;
    await user.clear(name);
    await user.type(name, 'Field notes — warehouse{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('a document named "Field notes — warehouse" already exists');
    await waitFor(() => expect(name.value).toBe('Interview 1'));
    expect(docNames()).toEqual(['Interview 1', 'Field notes — warehouse']);
  });

  it('links a document to a case and unlinks it', async () => {
    const { client, inspector, user } = await openDocument(1);
    const select = within(inspector).getByLabelText('Case') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['— none —', 'Lucía']);
    expect(select.value).toBe('');

    await user.selectOptions(select, 'Lucía');
    expect(client.callsTo('documents.setCase')).toEqual([{ id: 'doc-notes', caseId: 'case-lucia' }]);
    await waitFor(() => expect(screen.getAllByTestId('doc-item')[1]!.textContent).toContain('Lucía'));
    // The case's descriptors now show in the inspector and the title.
    await waitFor(() => expect(inspector.textContent).toContain('novice'));
    expect(screen.getByRole('heading', { level: 2, name: /Field notes — warehouse — Lucía \(novice/ })).toBeTruthy();

    await user.selectOptions(select, '— none —');
    expect(client.callsTo('documents.setCase')[1]).toEqual({ id: 'doc-notes', caseId: null });
    await waitFor(() => expect(screen.getAllByTestId('doc-item')[1]!.textContent).toContain('no case'));
  });
});
