// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openInterview, selectPhrase, stripes } from './codingSetup';

describe('memos', () => {
  it('adds project and document memos, finds them by an accent-free search, and edits one', async () => {
    const { user, client } = await openInterview();
    const inspector = screen.getByRole('complementary', { name: 'Inspector' });
    const memos = within(inspector).getByRole('region', { name: 'Memos' });
    await user.click(within(memos).getByRole('button', { name: 'Show' }));
    await user.click(within(memos).getByRole('button', { name: 'New project memo' }));
    await user.type(within(memos).getByRole('textbox', { name: 'Title' }), 'Sampling');
    await user.type(within(memos).getByRole('textbox', { name: 'Memo' }), 'Two more interviews in logística.');
    await user.click(within(memos).getByRole('button', { name: 'Save memo' }));
    await user.click(within(memos).getByRole('button', { name: 'New document memo' }));
    await user.type(within(memos).getByRole('textbox', { name: 'Title' }), 'Rocío as mentor');
    await user.click(within(memos).getByRole('button', { name: 'Save memo' }));
    await waitFor(() => expect(within(memos).getAllByRole('listitem')).toHaveLength(2));
    expect(client.callsTo('memos.save')).toEqual([
      { coderId: 'coder-ana', targetType: 'project', targetId: null, title: 'Sampling', body: 'Two more interviews in logística.' },
      { coderId: 'coder-ana', targetType: 'document', targetId: 'doc-lucia', title: 'Rocío as mentor', body: '' },
    ]);

    await user.type(within(memos).getByRole('searchbox', { name: 'Search memos' }), 'logistica');
    await waitFor(() => expect(within(memos).getAllByRole('listitem').map((li) => li.querySelector('.memo-item-title')!.textContent)).toEqual(['Sampling']));
    expect(within(memos).getByRole('listitem').textContent).toContain('Project · Ana');

    await user.click(within(memos).getByRole('button', { name: /Sampling/ }));
    const body = within(memos).getByRole('textbox', { name: 'Memo' });
    await user.type(body, ' And one in Sales.');
    await user.click(within(memos).getByRole('button', { name: 'Save memo' }));
    await waitFor(() => expect(client.callsTo('memos.save')).toHaveLength(3));
    expect(client.callsTo('memos.save')[2]).toMatchObject({ id: expect.any(String), body: 'Two more interviews in logística. And one in Sales.' });
  });

  it('keeps an excerpt memo on the excerpt and lists it with the others', async () => {
    const { user, reader, client } = await openInterview();
    selectPhrase(reader, 'Mostly by watching Rocío');
    await screen.findByRole('dialog', { name: 'Apply codes' });
    await user.keyboard('2');
    await waitFor(() => expect(stripes(reader)).toHaveLength(1));
    await user.type(screen.getByLabelText('Memo'), 'Classic shadowing.');
    await user.click(screen.getByRole('button', { name: 'Save memo' }));
    await waitFor(() => expect(client.callsTo('excerpts.update')).toEqual([{ id: expect.any(String), memo: 'Classic shadowing.' }]));
    expect(stripes(reader)[0]!.title).toContain('has a memo');

    const memos = screen.getByRole('region', { name: 'Memos' });
    await user.click(within(memos).getByRole('button', { name: 'Show' }));
    await user.selectOptions(within(memos).getByRole('combobox', { name: 'Which memos' }), 'excerpt');
    expect(await within(memos).findByText('Classic shadowing.')).toBeTruthy();
  });
});
