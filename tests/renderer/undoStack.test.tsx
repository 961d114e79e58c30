// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openInterview, selectPhrase, stripeCodes } from './codingSetup';

const status = () => screen.getByRole('contentinfo');

async function codeMentoring(app: Awaited<ReturnType<typeof openInterview>>) {
  selectPhrase(app.reader, 'Mostly by watching Rocío');
  await screen.findByRole('dialog', { name: 'Apply codes' });
  await app.user.keyboard('2');
  await waitFor(() => expect(stripeCodes(app.reader)).toEqual(['c-mentoring']));
}

describe('undo and redo', () => {
  it('names the next undo in the status bar and on the Undo button', async () => {
    const app = await openInterview();
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveProperty('disabled', true);
    await codeMentoring(app);
    await waitFor(() => expect(status().textContent).toContain("Undo: apply 'Mentoring' to 4 words"));
    expect(screen.getByRole('button', { name: 'Undo' }).title).toBe("Undo: apply 'Mentoring' to 4 words (Ctrl+Z)");
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z and Ctrl+Y, refreshing stripes and counts', async () => {
    const app = await openInterview();
    const tree = screen.getByRole('region', { name: 'Codes' });
    const mentoringCount = () => within(tree).getByText('Mentoring').closest('li')!.querySelector('.code-count')!.textContent;
    await codeMentoring(app);
    await waitFor(() => expect(mentoringCount()).toBe('1,032'));

    app.reader.focus();
    await app.user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(stripeCodes(app.reader)).toEqual([]));
    expect(app.client.callsTo('edit.undo')).toHaveLength(1);
    expect(status().textContent).toContain("Undid: apply 'Mentoring' to 4 words");
    expect(mentoringCount()).toBe('1,031');
    expect(screen.getByRole('button', { name: 'Redo' }).title).toBe("Redo: apply 'Mentoring' to 4 words (Ctrl+Shift+Z)");

    await app.user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(() => expect(stripeCodes(app.reader)).toEqual(['c-mentoring']));
    expect(status().textContent).toContain("Redid: apply 'Mentoring' to 4 words");

    await app.user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(stripeCodes(app.reader)).toEqual([]));
    await app.user.keyboard('{Control>}y{/Control}');
    await waitFor(() => expect(stripeCodes(app.reader)).toEqual(['c-mentoring']));
    expect(app.client.callsTo('edit.redo')).toHaveLength(2);
  });

  it('leaves Ctrl+Z to a text field that has focus', async () => {
    const app = await openInterview();
    await codeMentoring(app);
    const memo = await screen.findByLabelText('Memo');
    await app.user.click(memo);
    await app.user.keyboard('Shadowing{Control>}z{/Control}');
    expect(app.client.callsTo('edit.undo')).toEqual([]);
    // The Undo button does the same as the key.
    await app.user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(stripeCodes(app.reader)).toEqual([]));
  });

  it('undoes a memo and a weight change, each named', async () => {
    const app = await openInterview();
    selectPhrase(app.reader, 'La tecnología ayuda');
    await screen.findByRole('dialog', { name: 'Apply codes' });
    await app.user.keyboard('3');
    const weight = await screen.findByRole('combobox', { name: 'Weight for Technology attitude' });
    await app.user.selectOptions(weight, '-1');
    await waitFor(() => expect(status().textContent).toContain("Undo: set weight of 'Technology attitude'"));
    await app.user.type(screen.getByLabelText('Memo'), 'Ambivalent.');
    await app.user.click(screen.getByRole('button', { name: 'Save memo' }));
    await waitFor(() => expect(status().textContent).toContain('Undo: edit excerpt memo'));
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect((screen.getByLabelText('Memo') as HTMLTextAreaElement).value).toBe(''));
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Weight for Technology attitude' }) as HTMLSelectElement).value).toBe(''));
  });
});
