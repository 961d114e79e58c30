// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Excerpt } from '../../shared/api/schemas';
import { luciaText, studyProject } from './fakeClient';
import { codingData } from './fakeCoding';
import { openInterview, stripes } from './codingSetup';

const excerpt = (id: string, coderId: string, phrase: string, codeId: string): Excerpt => {
  const start = luciaText.indexOf(phrase);
  return { id, documentId: 'doc-lucia', coderId, start, end: start + phrase.length, memo: '', codes: [{ codeId, weight: null }], createdAt: '2025-11-01T10:00:00.000Z' };
};

function seeded(settings: { blind: boolean; ownerCoderId: string | null }) {
  const project = studyProject();
  const data = codingData(project);
  data.excerpts.push(excerpt('x-ana', 'coder-ana', 'Mostly by watching Rocío', 'c-mentoring'), excerpt('x-ben', 'coder-ben', 'nobody reads them', 'c-tech'));
  data.settings = { ...settings, revealed: false };
  return project;
}

const shownExcerpts = (reader: HTMLElement) => [...new Set(stripes(reader).map((s) => s.dataset.excerpt))];

async function chooseCoder(user: Awaited<ReturnType<typeof openInterview>>['user'], name: string) {
  await user.click(screen.getByRole('button', { name: /^Coder:/ }));
  const menu = screen.getByRole('dialog', { name: 'Coder and blind coding' });
  await user.click(within(menu).getByRole('radio', { name: name }));
  await user.keyboard('{Escape}');
}

describe('blind mode', () => {
  it('shows every coder’s excerpts when not blind', async () => {
    const { reader } = await openInterview({ projects: [seeded({ blind: false, ownerCoderId: null })] });
    await waitFor(() => expect(shownExcerpts(reader)).toEqual(['x-ana', 'x-ben']));
    expect(screen.queryByTestId('blind-state')).toBeNull();
  });

  it('hides the other coder’s work, asking for the active coder’s only', async () => {
    const { reader, user, client } = await openInterview({ projects: [seeded({ blind: true, ownerCoderId: 'coder-ana' })] });
    await waitFor(() => expect(shownExcerpts(reader)).toEqual(['x-ana']));
    expect(screen.getByTestId('blind-state').textContent).toBe('blind');
    expect(screen.getByTestId('active-coder').textContent).toBe('Ana');
    expect(client.callsTo('excerpts.list').at(-1)).toEqual({ documentId: 'doc-lucia', viewerCoderId: 'coder-ana' });

    await chooseCoder(user, 'Ben');
    await waitFor(() => expect(shownExcerpts(reader)).toEqual(['x-ben']));
    expect(screen.getByTestId('active-coder').textContent).toBe('Ben');
    expect(client.callsTo('excerpts.list').at(-1)).toEqual({ documentId: 'doc-lucia', viewerCoderId: 'coder-ben' });
    // Remembered for this project.
    expect(localStorage.getItem('qualia.activeCoder.proj-study')).toBe('coder-ben');
  });

  it('lets only the owner reveal; the first to switch it on becomes owner', async () => {
    const { reader, user, client } = await openInterview({ projects: [seeded({ blind: false, ownerCoderId: null })] });
    await user.click(screen.getByRole('button', { name: /^Coder:/ }));
    const menu = screen.getByRole('dialog', { name: 'Coder and blind coding' });
    await user.click(within(menu).getByRole('checkbox', { name: /Blind mode \(Ana becomes the owner\)/ }));
    await waitFor(() => expect(shownExcerpts(reader)).toEqual(['x-ana']));
    expect(client.callsTo('project.updateSettings')).toEqual([{ blind: true, revealed: false, ownerCoderId: 'coder-ana', byCoderId: 'coder-ana' }]);

    await user.click(within(menu).getByRole('radio', { name: 'Ben' }));
    await waitFor(() => expect(shownExcerpts(reader)).toEqual(['x-ben']));
    expect(within(menu).queryByRole('button', { name: 'Reveal all codings' })).toBeNull();
    expect(menu.textContent).toContain('Only Ana can change this.');

    await user.click(within(menu).getByRole('radio', { name: 'Ana' }));
    await user.click(await within(menu).findByRole('button', { name: 'Reveal all codings' }));
    await waitFor(() => expect(shownExcerpts(reader)).toEqual(['x-ana', 'x-ben']));
    expect(screen.getByTestId('blind-state').textContent).toBe('revealed');
  });

  it('adds a coder from the menu and codes as them', async () => {
    const { user, client } = await openInterview({ projects: [seeded({ blind: true, ownerCoderId: 'coder-ana' })] });
    await user.click(screen.getByRole('button', { name: /^Coder:/ }));
    await user.type(screen.getByRole('textbox', { name: "New coder's name" }), 'Carla{Enter}');
    await waitFor(() => expect(screen.getByTestId('active-coder').textContent).toBe('Carla'));
    expect(client.callsTo('coders.add')).toEqual([{ name: 'Carla' }]);
    expect(screen.getByRole('contentinfo').textContent).toContain("Undo: add coder 'Carla'");
  });
});
