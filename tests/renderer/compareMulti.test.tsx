// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openCompare } from './fakeCompare';

const f3 = (v: number | null) => (v === null ? '—' : v.toFixed(3));
/** A figure cell's number, without the screen-reader reason after an undefined "—". */
const figure = (el: HTMLElement) => el.textContent!.replace(/ \(.*\)$/, '');
const multiRow = (code: string) => screen.getAllByTestId('multi-row').find((r) => r.dataset.code === code)!;
const multiOrder = () => screen.getAllByTestId('multi-row').map((r) => r.dataset.code);
const multiHeader = (name: RegExp) => within(screen.getByTestId('multi-table')).getAllByRole('columnheader').find((th) => name.test(th.textContent ?? ''))!;

/** Compare open with Carla in the project, Coder C added and computed. */
async function withCarla() {
  const app = await openCompare({}, { carla: true });
  await screen.findByTestId('compare-table');
  await app.user.click(screen.getByRole('button', { name: '+ Add coder' }));
  await app.user.click(screen.getByRole('button', { name: 'Compute' }));
  await screen.findByTestId('multi-table');
  return app;
}

describe('compare: three or more coders', () => {
  it('offers no extra coder and no N-coder table when the project has two coders', async () => {
    const { client } = await openCompare();
    await screen.findByTestId('compare-table');
    expect(screen.queryByRole('button', { name: '+ Add coder' })).toBeNull();
    expect(screen.queryByTestId('multi-section')).toBeNull();
    expect(client.callsTo('agreement.multi')).toEqual([]);
  });

  it('adds Coder C (the next person coder) and computes agreement among the three', async () => {
    const { client, fake } = await withCarla();
    const c = screen.getByLabelText('Coder C') as HTMLSelectElement;
    expect(c.selectedOptions[0]!.textContent).toBe('Carla');
    expect(client.callsTo('agreement.multi')).toEqual([{ coders: ['coder-ana', 'coder-ben', 'coder-carla'] }]);
    // The pairwise table and its consensus stay with A and B.
    expect(client.callsTo('agreement.compute').at(-1)).toEqual({ coders: ['coder-ana', 'coder-ben'], unit: 'character' });
    expect(screen.getByTestId('compare-caption').textContent).toContain('Ana (A) vs Ben (B)');
    expect(screen.getByRole('heading', { name: 'Agreement among 3 coders' })).toBeTruthy();
    expect(screen.getByTestId('multi-caption').textContent).toContain('Ana, Ben, Carla · character level');
    expect(screen.getByTestId('multi-pair-note').textContent).toBe(
      'Consensus works on a pair: the table above, its disagreements and the consensus decisions are between Ana (A) and Ben (B) only.',
    );
    const report = fake.multi()!;
    expect(multiOrder()).toEqual(['Learning', 'Learning > Mentoring', 'Technology attitude']);
    for (const r of report.byCode) {
      expect(figure(within(multiRow(r.code)).getByTestId('multi-kappa')), r.code).toBe(f3(r.fleissKappa));
      expect(figure(within(multiRow(r.code)).getByTestId('multi-alpha')), r.code).toBe(f3(r.alpha));
    }
    // All three coded the same question as Learning: perfect agreement, the strong band.
    const learning = within(multiRow('Learning'));
    expect(learning.getByTestId('multi-kappa').textContent).toBe('1.000');
    expect(learning.getByTestId('multi-kappa').dataset.band).toBe('strong');
    expect(learning.getByTestId('multi-percent').textContent).toBe('100.0%');
    const mentoring = report.byCode.find((r) => r.code === 'Learning > Mentoring')!;
    expect(mentoring.fleissKappa).not.toBeNull();
    expect(within(multiRow('Learning > Mentoring')).getByTestId('multi-kappa').dataset.band).toBeDefined();
  });

  it('shows an undefined figure as "—" with its reason, and a coverage strip with the counts in its title', async () => {
    const { fake } = await withCarla();
    const kappa = within(multiRow('Technology attitude')).getByTestId('multi-kappa');
    expect(kappa.textContent?.startsWith('—')).toBe(true);
    expect(kappa.querySelector('[title]')!.getAttribute('title')).toBe('no coder applied this code');
    const hist = fake.multi()!.byCode.find((r) => r.code === 'Learning > Mentoring')!.histogram;
    expect(hist).toHaveLength(4);
    const cell = within(multiRow('Learning > Mentoring')).getByTestId('multi-histogram');
    expect(cell.getAttribute('title')).toBe(
      `Characters coded by exactly k coders — 1 of 3: ${hist[1]}; 2 of 3: ${hist[2]}; 3 of 3: ${hist[3]} (by none: ${hist[0]!.toLocaleString()})`,
    );
    expect(within(cell).getByRole('img').getAttribute('aria-label')).toBe(cell.getAttribute('title'));
    const bars = [...cell.querySelectorAll<HTMLElement>('.cmp-hist-col')];
    expect(bars.map((b) => [b.dataset.k, b.dataset.count])).toEqual([1, 2, 3].map((k) => [String(k), String(hist[k])]));
    // The tallest of the coded bars is full height.
    const max = Math.max(hist[1]!, hist[2]!, hist[3]!);
    expect(bars.find((b) => Number(b.dataset.count) === max)!.querySelector<HTMLElement>('.cmp-hist-bar')!.style.height).toBe('100%');
    expect(multiHeader(/^Coded by k coders/).getAttribute('title')).toContain('exactly 1, 2, … 3 coders');
  });

  it('sorts the N-coder table by Fleiss κ, undefined figures last', async () => {
    const { user } = await withCarla();
    await user.click(within(multiHeader(/^Fleiss κ/)).getByRole('button'));
    expect(multiHeader(/^Fleiss κ/).getAttribute('aria-sort')).toBe('ascending');
    expect(multiOrder()).toEqual(['Learning > Mentoring', 'Learning', 'Technology attitude']);
    await user.click(within(multiHeader(/^Fleiss κ/)).getByRole('button'));
    expect(multiOrder()).toEqual(['Learning', 'Learning > Mentoring', 'Technology attitude']);
    expect(multiHeader(/^Fleiss κ/).getAttribute('title')).toContain('Fleiss 1971');
    // The pairwise table keeps its own order.
    expect(screen.getAllByTestId('code-row').map((r) => r.dataset.code)).toEqual(['Learning', 'Learning > Mentoring', 'Technology attitude']);
  });

  it('refuses a coder chosen twice, and drops the table when Coder C is removed', async () => {
    const { user, client } = await withCarla();
    expect((screen.getByRole('button', { name: '+ Add coder' }) as HTMLButtonElement).disabled).toBe(true);
    await user.selectOptions(screen.getByLabelText('Coder C'), 'coder-ben');
    expect(screen.getByText('Choose each coder once.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Compute' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Remove coder C' }));
    expect(screen.queryByLabelText('Coder C')).toBeNull();
    expect((screen.getByRole('button', { name: '+ Add coder' }) as HTMLButtonElement).disabled).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Compute' }));
    await waitFor(() => expect(screen.queryByTestId('multi-section')).toBeNull());
    expect(client.callsTo('agreement.multi')).toHaveLength(1);
  });

  it('opens disagreements for the pair A and B only', async () => {
    const { user, client } = await withCarla();
    await user.click(screen.getAllByTestId('code-row').find((r) => r.dataset.code === 'Learning > Mentoring')!);
    await screen.findByTestId('disagreements-panel');
    expect(client.callsTo('consensus.disagreements')).toEqual([{ coderA: 'coder-ana', coderB: 'coder-ben', codeId: 'c-mentoring' }]);
  });

  it('asks nothing of agreement.multi while blind mode locks the view', async () => {
    const { client } = await openCompare({ blind: true, revealed: false, ownerCoderId: 'coder-ana' }, { carla: true });
    await screen.findByTestId('compare-locked');
    expect(screen.queryByRole('button', { name: '+ Add coder' })).toBeNull();
    expect(client.callsTo('agreement.multi')).toEqual([]);
  });

  it('keeps Coder C when the view reloads (another view and back)', async () => {
    const { user, client } = await withCarla();
    await user.click(screen.getByRole('button', { name: 'Themes' }));
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    await screen.findByTestId('multi-table');
    expect((screen.getByLabelText('Coder C') as HTMLSelectElement).value).toBe('coder-carla');
    expect(client.callsTo('agreement.multi')).toHaveLength(2);
  });
});
