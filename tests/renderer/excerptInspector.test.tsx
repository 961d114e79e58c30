// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { luciaText } from './fakeClient';
import { openInterview, selectPhrase, stripeCodes, stripes } from './codingSetup';

async function codedPassage() {
  const app = await openInterview();
  selectPhrase(app.reader, 'watching Rocío');
  const picker = await screen.findByRole('dialog', { name: 'Apply codes' });
  await app.user.click(within(picker).getByRole('checkbox', { name: /Mentoring/ }));
  await app.user.click(within(picker).getByRole('checkbox', { name: /Learning$/ }));
  await app.user.click(within(picker).getByRole('button', { name: 'Apply 2 codes' }));
  await waitFor(() => expect(stripeCodes(app.reader)).toEqual(['c-learning', 'c-mentoring']));
  return { ...app, inspector: screen.getByRole('complementary', { name: 'Inspector' }) };
}

const quote = (inspector: HTMLElement) => inspector.querySelector('blockquote')!.textContent;

describe('excerpt inspector', () => {
  it('moves the excerpt edges a word at a time', async () => {
    const { user, inspector, client } = await codedPassage();
    expect(quote(inspector)).toBe('watching Rocío');
    await user.click(within(inspector).getByRole('button', { name: 'Extend start by a word' }));
    await waitFor(() => expect(quote(inspector)).toBe('by watching Rocío'));
    await user.click(within(inspector).getByRole('button', { name: 'Extend end by a word' }));
    await waitFor(() => expect(quote(inspector)).toBe('by watching Rocío. She'));
    await user.click(within(inspector).getByRole('button', { name: 'Shrink start by a word' }));
    await waitFor(() => expect(quote(inspector)).toBe('watching Rocío. She'));
    const start = luciaText.indexOf('watching Rocío');
    expect(client.callsTo('excerpts.update').at(-1)).toEqual({ id: expect.any(String), start, end: start + 'watching Rocío. She'.length });
    expect(screen.getByRole('contentinfo').textContent).toContain('Undo: adjust excerpt');
  });

  it('removes one code, then the excerpt goes with its last', async () => {
    const { user, inspector, reader } = await codedPassage();
    await user.click(within(inspector).getByRole('button', { name: 'Remove Learning' }));
    await waitFor(() => expect(stripeCodes(reader)).toEqual(['c-mentoring']));
    await user.click(within(inspector).getByRole('button', { name: 'Remove Mentoring' }));
    await waitFor(() => expect(stripes(reader)).toEqual([]));
    expect(within(inspector).getByRole('heading', { name: 'Document' })).toBeTruthy();
  });

  it('adds a code from the inspector and deletes the excerpt after confirming', async () => {
    const { user, inspector, reader, client } = await codedPassage();
    await user.click(within(inspector).getByRole('button', { name: 'Add code…' }));
    const picker = await screen.findByRole('dialog', { name: 'Add codes to the excerpt' });
    await user.click(within(picker).getByRole('button', { name: 'Apply Technology attitude' }));
    await waitFor(() => expect(stripeCodes(reader)).toEqual(['c-learning', 'c-mentoring', 'c-tech']));
    expect(client.callsTo('excerpts.setCode')).toEqual([{ id: expect.any(String), codeId: 'c-tech', weight: null }]);

    await user.click(within(inspector).getByRole('button', { name: 'Delete…' }));
    await user.click(within(inspector).getByRole('button', { name: 'Delete excerpt' }));
    await waitFor(() => expect(stripes(reader)).toEqual([]));
  });

  it('selects an excerpt from "Excerpts here" with the keyboard', async () => {
    const { user, inspector } = await codedPassage();
    await user.click(within(inspector).getByRole('button', { name: '← Document' }));
    const list = within(inspector).getByRole('region', { name: 'Excerpts here (1)' });
    within(list).getByRole('button').focus();
    await user.keyboard('{Enter}');
    expect(within(inspector).getByRole('heading', { name: 'Excerpt' })).toBeTruthy();
  });
});
