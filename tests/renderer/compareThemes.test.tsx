// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/envelope';
import { openCompare } from './fakeCompare';

const menu = (path: string) => screen.getByLabelText(`Add ${path} to a theme`) as HTMLSelectElement;
const optionsOf = (select: HTMLSelectElement) => [...select.options].map((o) => [o.textContent, o.disabled]);
const status = () => screen.getByTestId('compare-view').querySelector('.cmp-notice')?.textContent;

async function openTable(settings = {}) {
  const app = await openCompare(settings);
  await screen.findByTestId('compare-table');
  // The themes arrive with their own call.
  await waitFor(() => expect(menu('Learning').options).toHaveLength(4));
  return app;
}

describe('compare: building a theme from the agreement table', () => {
  it('lists the themes on each code row, ticking those that hold the code already', async () => {
    const { client } = await openTable();
    expect(client.callsTo('themes.list').length).toBeGreaterThan(0);
    expect(optionsOf(menu('Learning > Mentoring'))).toEqual([
      ['Add to theme…', false],
      ['✓ Learning from colleagues', true],
      ['Doubts about e-learning', false],
      ['New theme…', false],
    ]);
    expect(optionsOf(menu('Technology attitude'))[2]).toEqual(['✓ Doubts about e-learning', true]);
  });

  it('adds a code to an existing theme, says so, and does not open the code', async () => {
    const { user, client } = await openTable();
    await user.selectOptions(menu('Learning > Mentoring'), 'theme-tech');
    expect(client.callsTo('themes.addCode')).toEqual([{ id: 'theme-tech', codeId: 'c-mentoring' }]);
    await waitFor(() => expect(status()).toBe("Added 'Mentoring' to 'Doubts about e-learning'."));
    expect(screen.getByRole('status').textContent).toBe(status());
    expect(menu('Learning > Mentoring').value).toBe('');
    expect(optionsOf(menu('Learning > Mentoring'))[2]).toEqual(['✓ Doubts about e-learning', true]);
    expect(screen.queryByTestId('disagreements-panel')).toBeNull();
    expect(client.callsTo('consensus.disagreements')).toEqual([]);
    // The Themes view shows the code in that theme.
    await user.click(screen.getByRole('button', { name: 'Themes' }));
    const column = (await screen.findAllByTestId('theme-column')).find((c) => within(c).queryByRole('button', { name: 'Doubts about e-learning' }))!;
    await waitFor(() => expect(within(column).getAllByTestId('code-chip').map((c) => c.textContent?.replace('×', ''))).toEqual(['Technology attitude', 'Mentoring']));
  });

  it('creates a new theme holding the code from "New theme…", with Enter', async () => {
    const { user, client } = await openTable();
    await user.selectOptions(menu('Learning'), 'New theme…');
    const name = screen.getByLabelText('Name of the new theme for Learning');
    expect(document.activeElement).toBe(name);
    expect((screen.getByRole('button', { name: 'Create' }) as HTMLButtonElement).disabled).toBe(true);
    await user.type(name, 'Informal learning outweighs formal courses{Enter}');
    expect(client.callsTo('themes.create')).toEqual([{ name: 'Informal learning outweighs formal courses', codeIds: ['c-learning'] }]);
    await waitFor(() => expect(status()).toBe("Added 'Learning' to 'Informal learning outweighs formal courses'."));
    // The form closes; every row now offers the new theme, ticked on this one.
    expect(screen.queryByLabelText('Name of the new theme for Learning')).toBeNull();
    expect(optionsOf(menu('Learning'))[3]).toEqual(['✓ Informal learning outweighs formal courses', true]);
    expect(optionsOf(menu('Technology attitude'))[3]).toEqual(['Informal learning outweighs formal courses', false]);
    expect(screen.queryByTestId('disagreements-panel')).toBeNull();
  });

  it('cancels a new theme with Escape or Cancel, calling nothing', async () => {
    const { user, client } = await openTable();
    await user.selectOptions(menu('Learning'), 'New theme…');
    await user.type(screen.getByLabelText('Name of the new theme for Learning'), 'Half{Escape}');
    expect(screen.queryByLabelText('Name of the new theme for Learning')).toBeNull();
    await user.selectOptions(menu('Learning'), 'New theme…');
    expect((screen.getByLabelText('Name of the new theme for Learning') as HTMLInputElement).value).toBe('');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(menu('Learning').value).toBe('');
    expect(client.callsTo('themes.create')).toEqual([]);
    expect(status()).toBeUndefined();
  });

  it('keeps the form open and shows the refusal when the name is taken', async () => {
    const { user, client } = await openTable();
    await user.selectOptions(menu('Learning'), 'New theme…');
    await user.type(screen.getByLabelText('Name of the new theme for Learning'), 'Learning from colleagues{Enter}');
    expect(client.callsTo('themes.create')).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('a theme named "Learning from colleagues" already exists'));
    expect((screen.getByLabelText('Name of the new theme for Learning') as HTMLInputElement).value).toBe('Learning from colleagues');
    expect(status()).toBeUndefined();
  });

  it('reports a failed addition without claiming success', async () => {
    const { user, client } = await openTable();
    client.handle('themes.addCode', async () => {
      throw new ApiError('not_found', 'no theme with id "theme-tech"');
    });
    await user.selectOptions(menu('Learning'), 'theme-tech');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('no theme with id "theme-tech"'));
    expect(status()).toBeUndefined();
  });
});
