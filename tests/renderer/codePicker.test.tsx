// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { luciaText } from './fakeClient';
import { openInterview, selectPhrase, stripeCodes } from './codingSetup';

const dialog = () => screen.getByRole('dialog', { name: 'Apply codes' });
const offsetOf = (phrase: string) => luciaText.indexOf(phrase);

describe('code picker', () => {
  it('opens on a selection, snapped to whole words, and filters by typing', async () => {
    const { reader, user } = await openInterview();
    // "tching Roc" — half-words at both ends.
    selectPhrase(reader, 'watching Rocío', 3, 11);
    const picker = await screen.findByRole('dialog', { name: 'Apply codes' });
    expect(document.activeElement).toBe(within(picker).getByLabelText('Filter codes'));
    // The pending range is highlighted, grown to "watching Rocío".
    expect([...reader.querySelectorAll('.mark-pending')].map((m) => m.textContent).join('')).toBe('watching Rocío');

    await user.keyboard('tech');
    const items = within(picker).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([expect.stringContaining('Technology attitude')]);
    await user.clear(within(picker).getByLabelText('Filter codes'));
    await user.keyboard('mentor');
    expect(within(picker).getAllByRole('listitem')).toHaveLength(1);
  });

  it('applies the highlighted code with arrows and Enter', async () => {
    const { reader, user, client } = await openInterview();
    selectPhrase(reader, 'Mostly by watching Rocío');
    await screen.findByRole('dialog', { name: 'Apply codes' });
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Apply codes' })).toBeNull());
    expect(client.callsTo('excerpts.create')).toEqual([
      {
        documentId: 'doc-lucia',
        coderId: 'coder-ana',
        start: offsetOf('Mostly by watching Rocío'),
        end: offsetOf('Mostly by watching Rocío') + 'Mostly by watching Rocío'.length,
        codes: [{ codeId: 'c-mentoring', weight: null }],
      },
    ]);
    await waitFor(() => expect(stripeCodes(reader)).toEqual(['c-mentoring']));
    // The new excerpt is selected: the inspector shows it.
    const inspector = screen.getByRole('complementary', { name: 'Inspector' });
    expect(within(inspector).getByRole('heading', { name: 'Excerpt' })).toBeTruthy();
    expect(inspector.textContent).toContain('Mostly by watching Rocío');
    expect(inspector.textContent).toContain('Coded by Ana');
  });

  it('applies a code with its number key, as numbered in the code tree', async () => {
    const { reader, user, client } = await openInterview();
    const tree = screen.getByRole('region', { name: 'Codes' });
    expect(within(tree).getByText('Technology attitude').closest('li')!.querySelector('kbd')!.textContent).toBe('3');
    selectPhrase(reader, 'Honestly, nobody reads them.');
    await screen.findByRole('dialog', { name: 'Apply codes' });
    await user.keyboard('3');
    await waitFor(() => expect(client.callsTo('excerpts.create')).toHaveLength(1));
    expect((client.callsTo('excerpts.create')[0] as { codes: unknown }).codes).toEqual([{ codeId: 'c-tech', weight: null }]);
  });

  it('applies several checked codes at once, with a weight from the code scale', async () => {
    const { reader, user, client } = await openInterview();
    selectPhrase(reader, 'La tecnología ayuda');
    const picker = await screen.findByRole('dialog', { name: 'Apply codes' });
    await user.click(within(picker).getByRole('checkbox', { name: /Mentoring/ }));
    await user.click(within(picker).getByRole('checkbox', { name: /Technology attitude/ }));
    const weight = within(picker).getByRole('combobox', { name: 'Weight for Technology attitude' });
    expect([...(weight as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['no weight', '−2', '−1', '0', '+1', '+2']);
    await user.selectOptions(weight, '1');
    await user.click(within(picker).getByRole('button', { name: 'Apply 2 codes' }));
    await waitFor(() => expect(stripeCodes(reader)).toEqual(['c-mentoring', 'c-tech']));
    expect((client.callsTo('excerpts.create')[0] as { codes: unknown }).codes).toEqual([
      { codeId: 'c-mentoring', weight: null },
      { codeId: 'c-tech', weight: 1 },
    ]);
    const [, tech] = reader.querySelectorAll<HTMLElement>('[data-testid="stripe"]');
    expect(tech!.title).toBe('Mentoring, Technology attitude (+1) — Ana');
  });

  it('closes with Escape without coding', async () => {
    const { reader, user, client } = await openInterview();
    selectPhrase(reader, 'Honestly, nobody reads them.');
    await screen.findByRole('dialog', { name: 'Apply codes' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Apply codes' })).toBeNull();
    expect(client.callsTo('excerpts.create')).toEqual([]);
    expect(reader.querySelector('.mark-pending')).toBeNull();
  });

  it('codes a whole speaker turn from the toolbar', async () => {
    const { reader, user, client } = await openInterview();
    selectPhrase(reader, 'Honestly, nobody reads them.');
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Code this turn' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Apply Learning' }));
    await waitFor(() => expect(client.callsTo('excerpts.create')).toHaveLength(1));
    const { start, end } = client.callsTo('excerpts.create')[0] as { start: number; end: number };
    expect(luciaText.slice(start, end)).toBe('Honestly, nobody reads them. La tecnología ayuda, pero aprendí más con Rocío: ella me explicaba el porqué.');
  });
});
