// @vitest-environment jsdom
// "Excerpts here" lists a long transcript's excerpts a page at a time (thousands of
// buttons slowed the reader's scrolling); every excerpt is still reachable.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Excerpt } from '../../shared/api/schemas';
import { fakeClient, luciaText, studyPath } from './fakeClient';
import { renderApp } from './renderApp';

describe('"Excerpts here" in pages', () => {
  it('shows 200 at first, then the rest a page at a time, and starts again for another document', async () => {
    const client = fakeClient({ openAtLaunch: studyPath });
    const many = (documentId: string): Excerpt[] =>
      Array.from({ length: 230 }, (_, i) => ({
        id: `x-${i}`, documentId, coderId: i % 2 ? 'coder-ben' : 'coder-ana', start: i % 40, end: (i % 40) + 8, memo: '',
        createdAt: '2026-01-01T00:00:00.000Z', codes: [{ codeId: 'c-mentoring', weight: null }],
      }));
    client.handle('excerpts.list', async ({ documentId }) => many(documentId));
    const { user } = renderApp(client);
    const items = await screen.findAllByTestId('doc-item');
    await user.click(items[0]!);
    const inspector = await screen.findByRole('complementary', { name: 'Inspector' });
    const list = await within(inspector).findByRole('region', { name: 'Excerpts here (230)' });
    const buttons = () => within(list).getAllByRole('button').filter((b) => b.classList.contains('excerpt-item'));
    expect(buttons()).toHaveLength(200);
    expect(buttons()[0]!.textContent).toContain(luciaText.slice(0, 8));

    await user.click(within(list).getByRole('button', { name: 'Show 30 more (30 not shown)' }));
    expect(buttons()).toHaveLength(230);
    expect(within(list).queryByRole('button', { name: /^Show / })).toBeNull();

    await user.click(items[1]!);
    await waitFor(() => expect(buttons()).toHaveLength(200));
  });
});
