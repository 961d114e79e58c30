// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeClient, studyPath } from './fakeClient';
import { renderApp } from './renderApp';
import { openInterview, stripeCodes } from './codingSetup';

async function search(user: ReturnType<typeof renderApp>['user'], query: string) {
  const box = screen.getByRole('searchbox', { name: 'Search documents' });
  await user.clear(box);
  await user.type(box, `${query}{Enter}`);
  return screen.findByRole('complementary', { name: 'Search' });
}

describe('search and auto-code', () => {
  it('finds accented words typed without accents, grouped by document, and jumps to a hit', async () => {
    const client = fakeClient({ openAtLaunch: studyPath });
    const { user } = renderApp(client);
    await screen.findAllByTestId('doc-item');
    // Ctrl+F reaches the search box from anywhere.
    await user.keyboard('{Control>}f{/Control}');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search documents' }));
    const panel = await search(user, 'tecnologia');
    const hits = await within(panel).findAllByTestId('search-hit');
    expect(hits.map((h) => h.querySelector('mark')!.textContent)).toEqual(['tecnología', 'tecnología']);
    expect(within(panel).getByRole('heading', { name: 'Interview 1 (2)' })).toBeTruthy();
    expect(client.callsTo('search.text')).toEqual([{ query: 'tecnologia', mode: 'words', limit: 500 }]);

    await user.click(hits[1]!);
    const reader = await screen.findByTestId('reader');
    await waitFor(() => expect(reader.querySelector('.mark-hit')?.textContent).toBe('tecnología'));
    expect(reader.querySelector('.mark-hit')!.closest('[data-row-index]')!.textContent).toContain('La tecnología ayuda');
  });

  it('reports a bad regular expression in the panel', async () => {
    const { user } = await openInterview();
    const panel = await search(user, 'tecno(');
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Match' }), 'regex');
    await waitFor(() => expect(panel.textContent).toContain('not a valid regular expression'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('previews auto-coding grown to sentences, then applies it as one undoable step', async () => {
    const { user, client, reader } = await openInterview();
    const panel = await search(user, 'tecnologia');
    await within(panel).findAllByTestId('search-hit');
    const auto = within(panel).getByRole('region', { name: 'Auto-code the hits' });
    await user.selectOptions(within(auto).getByRole('combobox', { name: 'Code' }), 'c-tech');
    await user.selectOptions(within(auto).getByRole('combobox', { name: 'Weight for Technology attitude' }), '1');
    expect(within(auto).getByRole('button', { name: /^Apply/ })).toHaveProperty('disabled', true);
    await user.click(within(auto).getByRole('button', { name: 'Preview' }));
    const passages = await within(auto).findByRole('list', { name: 'Passages to code' });
    expect(within(passages).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      // The shared extend helper starts a paragraph's first sentence at the speaker label.
      'Interview 1: And the online courses about tecnología?',
      'Interview 1: La tecnología ayuda, pero aprendí más con Rocío: ella me explicaba el porqué.',
    ]);
    await user.click(within(auto).getByRole('button', { name: 'Apply to 2 passages' }));
    await waitFor(() => expect(within(auto).getByRole('status').textContent).toBe('Created 2 excerpts — one step to undo.'));
    expect(client.callsTo('autocode.apply')).toEqual([
      { query: 'tecnologia', mode: 'words', limit: 500, extent: 'sentence', codeId: 'c-tech', coderId: 'coder-ana', weight: 1 },
    ]);
    await waitFor(() => expect(stripeCodes(reader)).toEqual(['c-tech', 'c-tech']));
    expect(screen.getByRole('contentinfo').textContent).toContain("Undo: auto-code 'Technology attitude' on 2 passages");
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(stripeCodes(reader)).toEqual([]));
  });
});
