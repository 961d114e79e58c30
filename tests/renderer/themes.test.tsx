// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ThemesView } from '../../renderer/views/themes/ThemesView';
import { renderView } from './analysisHelpers';

const column = (name: string) => screen.getAllByTestId('theme-column').find((c) => within(c).queryByRole('button', { name }))!;
const chips = (el: HTMLElement) => within(el).queryAllByTestId('code-chip').map((c) => c.textContent?.replace('×', ''));

async function openThemes() {
  const app = await renderView(<ThemesView />);
  await screen.findByRole('button', { name: 'Learning from colleagues' });
  return app;
}

describe('theme board', () => {
  it('shows one column per theme with its description and coloured code chips, beside the codes palette', async () => {
    await openThemes();
    const columns = screen.getAllByTestId('theme-column');
    expect(columns).toHaveLength(2);
    const others = column('Learning from colleagues');
    expect(others.textContent).toContain('Newcomers learn by watching someone more experienced');
    expect(chips(others)).toEqual(['Mentoring']);
    expect(chips(column('Doubts about e-learning'))).toEqual(['Technology attitude']);
    const swatch = within(others).getByTestId('code-chip').querySelector('.swatch') as HTMLElement;
    expect(swatch.style.backgroundColor).toBe('rgb(18, 184, 134)');
    // The palette offers every code, draggable.
    const palette = screen.getByRole('region', { name: 'Codes' });
    expect(chips(palette)).toEqual(['Learning', 'Mentoring', 'Technology attitude']);
    expect(within(palette).getAllByTestId('code-chip').every((c) => c.getAttribute('draggable') === 'true')).toBe(true);
  });

  it('adds a code with the keyboard alternative, the "Add code…" select', async () => {
    const { user, client } = await openThemes();
    const tech = column('Doubts about e-learning');
    const select = within(tech).getByLabelText('Add code to Doubts about e-learning');
    // Codes already in the theme are not offered again.
    expect([...(select as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['Add code…', 'Learning', 'Learning > Mentoring']);
    await user.selectOptions(select, 'c-mentoring');
    expect(client.callsTo('themes.addCode')).toEqual([{ id: 'theme-tech', codeId: 'c-mentoring' }]);
    await waitFor(() => expect(chips(column('Doubts about e-learning'))).toEqual(['Technology attitude', 'Mentoring']));
  });

  it('adds a code dropped on a theme column and ignores drops that carry no code', async () => {
    const { client } = await openThemes();
    const palette = screen.getByRole('region', { name: 'Codes' });
    const learning = within(palette).getAllByTestId('code-chip')[0]!;
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (t: string, v: string) => data.set(t, v),
      getData: (t: string) => data.get(t) ?? '',
      get types() {
        return [...data.keys()];
      },
      effectAllowed: 'all',
      dropEffect: 'none',
    };
    const target = column('Learning from colleagues');
    fireEvent.drop(target, { dataTransfer: { ...dataTransfer, getData: () => '', types: ['Files'] } });
    expect(client.callsTo('themes.addCode')).toEqual([]);
    fireEvent.dragStart(learning, { dataTransfer });
    fireEvent.dragOver(target, { dataTransfer });
    expect(target.classList.contains('over')).toBe(true);
    fireEvent.drop(target, { dataTransfer });
    expect(client.callsTo('themes.addCode')).toEqual([{ id: 'theme-others', codeId: 'c-learning' }]);
    await waitFor(() => expect(chips(column('Learning from colleagues'))).toEqual(['Mentoring', 'Learning']));
  });

  it('removes a code chip with its × button', async () => {
    const { user, client } = await openThemes();
    await user.click(screen.getByRole('button', { name: 'Remove Technology attitude from Doubts about e-learning' }));
    expect(client.callsTo('themes.removeCode')).toEqual([{ id: 'theme-tech', codeId: 'c-tech' }]);
    await waitFor(() => expect(chips(column('Doubts about e-learning'))).toEqual([]));
  });

  it('creates, renames, describes and (after confirming) deletes a theme', async () => {
    const { user, client } = await openThemes();
    await user.click(screen.getByRole('button', { name: 'New theme' }));
    await user.type(screen.getByLabelText('Theme name'), 'Trust{Enter}');
    expect(client.callsTo('themes.create')).toEqual([{ name: 'Trust' }]);
    // The new theme is selected and opened.
    expect(await screen.findByRole('heading', { level: 2, name: 'Trust' })).toBeTruthy();
    const trust = column('Trust');

    await user.click(within(trust).getByRole('button', { name: 'Rename' }));
    const input = within(trust).getByLabelText('Theme name');
    await user.clear(input);
    await user.type(input, 'Trust in colleagues{Enter}');
    await waitFor(() => expect(client.callsTo('themes.update')).toEqual([{ id: 'theme-new-1', name: 'Trust in colleagues' }]));

    const renamed = column('Trust in colleagues');
    await user.click(within(renamed).getByRole('button', { name: 'Describe' }));
    await user.type(within(renamed).getByLabelText('Theme description'), 'Who newcomers ask.');
    await user.click(within(renamed).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(column('Trust in colleagues').textContent).toContain('Who newcomers ask.'));

    await user.click(within(column('Trust in colleagues')).getByRole('button', { name: 'Delete' }));
    expect(client.callsTo('themes.delete')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Delete theme' }));
    expect(client.callsTo('themes.delete')).toEqual([{ id: 'theme-new-1' }]);
    await waitFor(() => expect(screen.getAllByTestId('theme-column')).toHaveLength(2));
    expect(screen.getByText(/Select a theme/)).toBeTruthy();
  });

  it('reports a refused name and keeps the editor open', async () => {
    const { user, store } = await openThemes();
    const tech = column('Doubts about e-learning');
    await user.click(within(tech).getByRole('button', { name: 'Rename' }));
    const input = within(tech).getByLabelText('Theme name');
    await user.clear(input);
    await user.type(input, 'Learning from colleagues{Enter}');
    await waitFor(() => expect(store.getState().error).toContain('already exists'));
    expect(within(tech).getByLabelText('Theme name')).toBeTruthy();
  });
});
