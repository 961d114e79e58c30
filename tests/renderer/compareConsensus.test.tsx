// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { codings, openCompare } from './fakeCompare';
import { luciaText } from './fakeClient';

const row = (code: string) => screen.getAllByTestId('code-row').find((r) => r.dataset.code === code)!;
const items = () => screen.getAllByTestId('disagreement-item');
const currentIndex = () => items().findIndex((i) => i.getAttribute('aria-current') === 'true');
const marks = (side: 'a' | 'b') => [...screen.getByTestId(`side-${side}`).querySelectorAll('mark')].map((m) => m.textContent);

async function openMentoring() {
  const app = await openCompare();
  await screen.findByTestId('compare-table');
  await app.user.click(row('Learning > Mentoring'));
  const panel = await screen.findByTestId('disagreements-panel');
  await waitFor(() => expect(items()).toHaveLength(4));
  await screen.findByTestId('side-a');
  return { ...app, panel };
}

const stretch = (quote: string) => {
  const start = luciaText.indexOf(quote);
  return { start, end: start + quote.length };
};
const benFirst = 'Mostly by watching Rocío. She let me handle the easy contracts first 😊 and then the seasonal ones.';

describe('compare: disagreements and the consensus layer', () => {
  it('lists the disagreements of a clicked code and shows both coders side by side', async () => {
    const { client, panel } = await openMentoring();
    expect(client.callsTo('consensus.disagreements')).toEqual([{ coderA: 'coder-ana', coderB: 'coder-ben', codeId: 'c-mentoring' }]);
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toContain('Learning > Mentoring');
    expect(row('Learning > Mentoring').getAttribute('aria-current')).toBe('true');
    expect(items().map((i) => [i.querySelector('.cmp-ditem-doc')!.textContent, i.querySelector('.cmp-kind')!.textContent])).toEqual([
      ['Interview 1', 'boundaries differ'],
      ['Interview 1', 'only Ana'],
      ['Interview 1', 'only Ben'],
      ['Field notes — warehouse', 'only Ana'],
    ]);
    expect(items().every((i) => i.textContent?.includes('Undecided'))).toBe(true);
    expect(document.activeElement).toBe(panel);
    // A's coverage on the left, B's (past the emoji) on the right; the context around them.
    expect(marks('a')).toEqual(['Mostly by watching Rocío.']);
    expect(marks('b').join('')).toBe(benFirst);
    expect(screen.getByTestId('side-a').textContent).toContain('Lucía');
    expect(screen.getByTestId('side-a').textContent).toContain('How did you learn the job?');
    expect(screen.getByTestId('side-b').textContent).toContain('B · Ben');
    // Counted in characters, the emoji as one (it is two UTF-16 units).
    expect(screen.getByTestId('side-a').textContent).toContain(`coded 25 characters of ${[...benFirst].length} characters`);
    expect(screen.getByTestId('side-b').textContent).toContain(`coded ${benFirst.length - 1} characters`);
    expect(screen.getByTestId('consensus-box').textContent).toContain(benFirst);
    expect(screen.getByTestId('consensus-status').textContent).toBe('Not decided yet.');
  });

  it('opens a code with Enter on its focused row', async () => {
    const { user } = await openCompare();
    await screen.findByTestId('compare-table');
    row('Learning').focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(row('Learning > Mentoring'));
    await user.keyboard('{Enter}');
    await screen.findByTestId('disagreements-panel');
    await waitFor(() => expect(items()).toHaveLength(4));
  });

  it('steps with J/K and the arrow keys while the panel has focus', async () => {
    const { user } = await openMentoring();
    expect(currentIndex()).toBe(0);
    await user.keyboard('j');
    expect(currentIndex()).toBe(1);
    await waitFor(() => expect(marks('a')).toEqual(['Honestly, nobody reads them.']));
    expect(marks('b')).toEqual([]);
    expect(screen.getByTestId('side-b').textContent).toContain('did not code this stretch');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(currentIndex()).toBe(3);
    await waitFor(() => expect(screen.getByTestId('side-a').textContent).toContain('The team lead narrated'));
    await user.keyboard('{ArrowDown}');
    expect(currentIndex()).toBe(3);
    await user.keyboard('kk{ArrowUp}');
    expect(currentIndex()).toBe(0);
  });

  it('decides with the number keys, sends the range and who decided, and moves to the next undecided', async () => {
    const { user, client, fake } = await openMentoring();
    await user.keyboard('1');
    await waitFor(() => expect(items()[0]!.dataset.decided).toBe('accept_a'));
    expect(client.callsTo('consensus.decide')).toEqual([
      { coderA: 'coder-ana', coderB: 'coder-ben', codeId: 'c-mentoring', documentId: 'doc-lucia', ...stretch(benFirst), outcome: 'accept_a', decidedBy: 'coder-ana' },
    ]);
    expect(currentIndex()).toBe(1);
    expect(items()[0]!.textContent).toContain('Accept A · Ana');
    // The consensus layer holds Ana's part of the stretch only.
    expect(fake.consensus()).toEqual([expect.objectContaining({ codeId: 'c-mentoring', documentId: 'doc-lucia', ...stretch('Mostly by watching Rocío.') })]);

    await user.keyboard('2');
    await waitFor(() => expect(items()[1]!.dataset.decided).toBe('accept_b'));
    expect(currentIndex()).toBe(2);
    await user.keyboard('3');
    await waitFor(() => expect(items()[2]!.dataset.decided).toBe('union'));
    expect(currentIndex()).toBe(3);
    await user.keyboard('5');
    await waitFor(() => expect(items()[3]!.dataset.decided).toBe('skip'));
    expect(client.callsTo('consensus.decide').map((c) => (c as { outcome: string }).outcome)).toEqual(['accept_a', 'accept_b', 'union', 'skip']);
    expect(screen.getByTestId('disagreement-summary').textContent).toBe('4 stretches · 4 decided');
    // Going back shows what the consensus layer holds there and who decided.
    await user.keyboard('k');
    await waitFor(() => expect(screen.getByTestId('consensus-status').textContent).toMatch(/^Union by Ana, /));
    expect([...screen.getByTestId('consensus-box').querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['aprendí más con Rocío']);
  });

  it('decides with letters too, with a note typed after N', async () => {
    const { user, client, store } = await openMentoring();
    // Decisions are recorded under the active coder of the top bar.
    expect(screen.getByTestId('decider').textContent).toBe('Ana');
    act(() => store.getState().setActiveCoder('coder-ben'));
    expect(screen.getByTestId('decider').textContent).toBe('Ben');
    screen.getByTestId('disagreements-panel').focus();
    await user.keyboard('n');
    expect(document.activeElement).toBe(screen.getByPlaceholderText('Why this decision (optional)'));
    // Keys typed into the note are text, not shortcuts.
    await user.keyboard('Ben stops at the sentence');
    expect(client.callsTo('consensus.decide')).toEqual([]);
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(screen.getByTestId('disagreements-panel'));
    await user.keyboard('b');
    await waitFor(() => expect(items()[0]!.dataset.decided).toBe('accept_b'));
    expect(client.callsTo('consensus.decide')[0]).toMatchObject({ outcome: 'accept_b', decidedBy: 'coder-ben', note: 'Ben stops at the sentence' });
    expect((screen.getByPlaceholderText('Why this decision (optional)') as HTMLInputElement).value).toBe('');
    await user.keyboard('s');
    await waitFor(() => expect(items()[1]!.dataset.decided).toBe('skip'));
    await user.keyboard('u');
    await waitFor(() => expect(items()[2]!.dataset.decided).toBe('union'));
    await user.keyboard('a');
    await waitFor(() => expect(items()[3]!.dataset.decided).toBe('accept_a'));
    expect(items()[0]!.textContent).toContain('Accept B · Ben');
  });

  it('edits the range word by word and by offset, within the stretch, then saves an edit decision', async () => {
    const { user, client, fake } = await openMentoring();
    await user.keyboard('e');
    const editor = await screen.findByTestId('edit-range');
    const [start, end] = within(editor).getAllByRole('spinbutton') as [HTMLInputElement, HTMLInputElement];
    const s = stretch(benFirst);
    expect([Number(start.value), Number(end.value)]).toEqual([s.start, s.end]);
    await user.click(within(editor).getByRole('button', { name: 'Start one word later' }));
    await user.click(within(editor).getByRole('button', { name: 'Start one word later' }));
    expect(Number(start.value)).toBe(luciaText.indexOf('watching Rocío.'));
    await user.click(within(editor).getByRole('button', { name: 'End one word earlier' }));
    expect(Number(end.value)).toBe(s.end - ' ones.'.length);
    expect(screen.getByTestId('consensus-box').querySelector('h4')!.textContent).toContain('Edit preview');
    expect(screen.getByTestId('consensus-mark').textContent).toBe('watching Rocío. She let me handle the easy contracts first 😊 and then the seasonal');
    // Outside the stretch is refused.
    await user.clear(end);
    await user.type(end, String(s.end + 5));
    expect(within(editor).getByRole('alert').textContent).toContain('inside the stretch');
    expect((within(editor).getByRole('button', { name: 'Save edit' }) as HTMLButtonElement).disabled).toBe(true);
    await user.clear(end);
    await user.type(end, String(s.start + 'Mostly by watching Rocío.'.length));
    await user.click(within(editor).getByRole('button', { name: 'Save edit' }));
    await waitFor(() => expect(items()[0]!.dataset.decided).toBe('edit'));
    expect(client.callsTo('consensus.decide')[0]).toMatchObject({ outcome: 'edit', edited: stretch('watching Rocío.'), ...s });
    expect(fake.consensus()).toEqual([expect.objectContaining(stretch('watching Rocío.'))]);
    expect(screen.queryByTestId('edit-range')).toBeNull();
  });

  it('accepts the agreements of a code, and undoes with the label of the last change', async () => {
    const { user, client, fake } = await openCompare();
    await screen.findByTestId('compare-table');
    await user.click(row('Learning'));
    await screen.findByText(/coded Learning alike everywhere/);
    await user.click(screen.getByRole('button', { name: 'Accept agreements on this code' }));
    await screen.findByText('1 agreed stretch copied to the consensus layer.');
    expect(client.callsTo('consensus.acceptAgreements')).toEqual([{ coderA: 'coder-ana', coderB: 'coder-ben', codeId: 'c-learning' }]);
    const agreed = codings.find((c) => c.codeId === 'c-learning')!;
    expect(fake.consensus()).toEqual([expect.objectContaining({ start: agreed.start, end: agreed.end })]);

    await user.click(row('Learning > Mentoring'));
    await waitFor(() => expect(items()).toHaveLength(4));
    await user.keyboard('3');
    await waitFor(() => expect(items()[0]!.dataset.decided).toBe('union'));
    const undo = screen.getByRole('button', { name: 'Undo consensus: accept both' });
    await user.click(undo);
    await waitFor(() => expect(items()[0]!.dataset.decided).toBeUndefined());
    expect(client.callsTo('edit.undo')).toHaveLength(1);
    expect(screen.getByText('Undone: consensus: accept both.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Undo consensus: accept agreed codings' })).toBeTruthy();
    // Ctrl+Z in the panel undoes too.
    screen.getByTestId('disagreements-panel').focus();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Nothing to undo' })).toBeTruthy());
    expect(fake.consensus()).toEqual([]);
  });

  it('follows an undo made elsewhere in the window', async () => {
    const { user, store } = await openMentoring();
    await user.keyboard('1');
    await waitFor(() => expect(items()[0]!.dataset.decided).toBe('accept_a'));
    // The window's undo (the top bar's button) knows about the decision too.
    await waitFor(() => expect(store.getState().undoState.undo).toBe('consensus: accept A'));
    await act(() => store.getState().undo());
    await waitFor(() => expect(items()[0]!.dataset.decided).toBeUndefined());
    expect(screen.getByRole('button', { name: 'Nothing to undo' })).toBeTruthy();
  });

  it('accepts the agreements of every code from the controls', async () => {
    const { user, client, fake } = await openCompare();
    await screen.findByTestId('compare-table');
    await user.click(screen.getByRole('button', { name: 'Accept all agreements' }));
    await screen.findByText('1 agreed stretch copied to the consensus layer.');
    expect(client.callsTo('consensus.acceptAgreements')).toEqual([{ coderA: 'coder-ana', coderB: 'coder-ben' }]);
    expect(fake.consensus()).toHaveLength(1);
  });

  it('reports a decision the server refuses and keeps the item undecided', async () => {
    const { user, client } = await openMentoring();
    client.handle('consensus.decide', async () => {
      const { ApiError } = await import('../../shared/api/envelope');
      throw new ApiError('not_found', 'that disagreement no longer exists (the codings changed); reload the list');
    });
    await user.keyboard('1');
    expect((await screen.findByRole('alert')).textContent).toContain('no longer exists');
    expect(items()[0]!.dataset.decided).toBeUndefined();
    expect(currentIndex()).toBe(0);
  });
});
