// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { openCompare } from './fakeCompare';

const codeOrder = () => screen.getAllByTestId('code-row').map((r) => r.dataset.code);
const cellsOf = (code: string) => {
  const row = screen.getAllByTestId('code-row').find((r) => r.dataset.code === code)!;
  return [...row.querySelectorAll('td.num')].map((td) => td.textContent);
};
const header = (name: RegExp) => screen.getAllByRole('columnheader').find((th) => name.test(th.textContent ?? ''))!;

describe('compare: the agreement table', () => {
  it('computes Ana vs Ben on opening and shows counts, %, κ and α from agreement.compute', async () => {
    const { client } = await openCompare();
    await screen.findByTestId('compare-table');
    expect(client.callsTo('agreement.compute')).toEqual([{ coders: ['coder-ana', 'coder-ben'], unit: 'character' }]);
    expect((screen.getByLabelText('Coder A') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Ana');
    expect((screen.getByLabelText('Coder B') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Ben');
    expect(codeOrder()).toEqual(['Learning', 'Learning > Mentoring', 'Technology attitude']);
    // both, only A, only B, neither, agreement, κ, α
    expect(cellsOf('Learning > Mentoring')).toEqual(['120', '30', '10', (2000).toLocaleString(), '98.1%', '0.841', '0.841']);
    expect(screen.getByTestId('compare-caption').textContent).toContain('counts in characters');
    expect(screen.getByTestId('compare-caption').textContent).toContain('Ana (A) vs Ben (B)');
    const overall = screen.getByTestId('overall-row');
    expect(within(overall).getByTestId('overall-kappa').textContent).toBe('0.601');
    expect(within(overall).getByTestId('overall-alpha').textContent).toBe('0.599');
    expect(within(overall).getByTestId('overall-percent').textContent).toBe('98.0%');
    expect(screen.getByTestId('kappa-model').textContent).toContain('pooled Cohen κ (De Vries et al. 2008)');
  });

  it('shows an undefined figure as "—" with its reason as the tooltip', async () => {
    await openCompare();
    await screen.findByTestId('compare-table');
    const row = screen.getAllByTestId('code-row').find((r) => r.dataset.code === 'Technology attitude')!;
    const kappa = within(row).getByTestId('cell-kappa');
    expect(kappa.textContent?.startsWith('—')).toBe(true);
    expect(kappa.querySelector('[title]')!.getAttribute('title')).toBe('no variation: neither coder applied the code');
    expect(kappa.dataset.band).toBeUndefined();
    // Weights: α and r undefined with fewer than two pairs.
    const weights = screen.getByTestId('weights-table');
    expect(weights.querySelector('tbody tr')!.textContent).toContain('Technology attitude');
    expect(weights.querySelectorAll('[title="fewer than 2 pairs of weighted excerpts"]')).toHaveLength(2);
  });

  it('colours κ and α by band and explains the bands in a legend', async () => {
    await openCompare();
    await screen.findByTestId('compare-table');
    const band = (code: string, cell: string) =>
      within(screen.getAllByTestId('code-row').find((r) => r.dataset.code === code)!).getByTestId(cell).dataset.band;
    expect(band('Learning > Mentoring', 'cell-kappa')).toBe('strong');
    expect(band('Learning', 'cell-alpha')).toBe('poor');
    expect(screen.getByTestId('overall-row').querySelector('[data-testid="overall-kappa"]')!.getAttribute('data-band')).toBe('substantial');
    const legend = screen.getByRole('group', { name: 'Colour bands for κ and α' });
    expect(legend.textContent).toContain('Landis & Koch-style, a reading aid only');
    expect(legend.textContent).toContain('≥ 0.80 almost perfect');
    expect(legend.textContent).toContain('< 0.40 poor to fair');
  });

  it('sorts by a header click, ascending then descending, undefined figures last', async () => {
    const { user } = await openCompare();
    await screen.findByTestId('compare-table');
    expect(header(/^κ/).getAttribute('aria-sort')).toBe('none');
    await user.click(within(header(/^κ/)).getByRole('button'));
    expect(header(/^κ/).getAttribute('aria-sort')).toBe('ascending');
    expect(codeOrder()).toEqual(['Learning', 'Learning > Mentoring', 'Technology attitude']);
    await user.click(within(header(/^κ/)).getByRole('button'));
    expect(header(/^κ/).getAttribute('aria-sort')).toBe('descending');
    expect(codeOrder()).toEqual(['Learning > Mentoring', 'Learning', 'Technology attitude']);
    await user.click(within(header(/^Only A/)).getByRole('button'));
    expect(header(/^κ/).getAttribute('aria-sort')).toBe('none');
    expect(codeOrder()).toEqual(['Technology attitude', 'Learning > Mentoring', 'Learning']);
    await user.click(within(header(/^Code/)).getByRole('button'));
    await user.click(within(header(/^Code/)).getByRole('button'));
    expect(codeOrder()).toEqual(['Technology attitude', 'Learning > Mentoring', 'Learning']);
    expect(header(/^Code/).getAttribute('aria-sort')).toBe('descending');
  });

  it('explains each column with the definitions of docs/agreement.md', async () => {
    await openCompare();
    await screen.findByTestId('compare-table');
    expect(header(/^κ/).getAttribute('title')).toContain("Cohen's κ = (p_o − p_e) / (1 − p_e)");
    expect(header(/^α/).getAttribute('title')).toContain('Krippendorff');
    expect(header(/^Only A/).textContent).toContain('Ana');
    expect(header(/^Only A/).getAttribute('title')).toBe('Characters Ana coded and Ben did not.');
  });

  it('expands a code into its rows per document', async () => {
    const { user } = await openCompare();
    await screen.findByTestId('compare-table');
    expect(screen.queryAllByTestId('document-row')).toHaveLength(0);
    const toggle = screen.getByRole('button', { name: 'Rows per document for Learning > Mentoring' });
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const docs = screen.getAllByTestId('document-row');
    expect(docs.map((r) => r.querySelector('th')!.textContent)).toEqual(['Interview 1', 'Field notes — warehouse']);
    expect([...docs[1]!.querySelectorAll('td.num')].map((td) => td.textContent)).toEqual(['20', '10', '0', '630', '98.0%', '0.653', '0.650']);
    // Expanding does not open the code's disagreements.
    expect(screen.queryByTestId('disagreements-panel')).toBeNull();
  });

  it('recomputes at the segment unit with the minimum overlap share', async () => {
    const { user, client } = await openCompare();
    await screen.findByTestId('compare-table');
    await user.selectOptions(screen.getByLabelText('Unit'), 'segment');
    const overlap = screen.getByLabelText('Min. overlap') as HTMLInputElement;
    expect(overlap.value).toBe('0.9');
    await user.clear(overlap);
    await user.type(overlap, '0.75');
    await user.click(screen.getByRole('button', { name: 'Compute' }));
    await waitFor(() => expect(screen.getByTestId('compare-caption').textContent).toContain('counts in excerpts'));
    expect(client.callsTo('agreement.compute').at(-1)).toEqual({ coders: ['coder-ana', 'coder-ben'], unit: 'segment', minOverlap: 0.75 });
    expect(screen.getByTestId('compare-caption').textContent).toContain('min. overlap 0.75');
    // No "neither" column; per-code κ undefined with the reason why; overall κ is Brennan & Prediger's.
    expect(screen.queryAllByRole('columnheader').some((th) => th.textContent?.startsWith('Neither'))).toBe(false);
    expect(header(/^Matched/)).toBeTruthy();
    expect(cellsOf('Learning > Mentoring').slice(0, 4)).toEqual(['0', '3', '2', '0.0%']);
    const kappa = screen.getAllByTestId('cell-kappa')[1]!;
    expect(kappa.querySelector('[title]')!.getAttribute('title')).toContain('not defined per code at the segment level');
    expect(screen.getByTestId('overall-kappa').textContent).toBe('-0.071');
    expect(screen.getByTestId('kappa-model').textContent).toContain('Brennan & Prediger κ with q = 3 codes');
  });

  it('refuses to compare a coder with themself', async () => {
    const { user, client } = await openCompare();
    await screen.findByTestId('compare-table');
    await user.selectOptions(screen.getByLabelText('Coder B'), 'coder-ana');
    expect((screen.getByRole('button', { name: 'Compute' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Choose two different coders.')).toBeTruthy();
    expect(client.callsTo('agreement.compute')).toHaveLength(1);
  });

  it('is locked in blind mode until the owner reveals, and says who can', async () => {
    const { client } = await openCompare({ blind: true, revealed: false, ownerCoderId: 'coder-ana' });
    const locked = await screen.findByTestId('compare-locked');
    expect(locked.textContent).toContain('Compare is locked while coding is blind');
    expect(locked.textContent).toContain('Only the project owner, Ana, can reveal the codings');
    expect(screen.queryByTestId('compare-table')).toBeNull();
    expect(client.callsTo('agreement.compute')).toEqual([]);
    expect(client.callsTo('consensus.disagreements')).toEqual([]);
  });

  it('lets the owner, as the active coder, reveal the codings, which unlocks the view', async () => {
    const { user, client } = await openCompare({ blind: true, revealed: false, ownerCoderId: 'coder-ana' });
    await screen.findByTestId('compare-locked');
    await user.click(await screen.findByRole('button', { name: 'Reveal codings…' }));
    await user.click(screen.getByRole('button', { name: 'Reveal' }));
    expect(client.callsTo('project.updateSettings')).toEqual([{ revealed: true, byCoderId: 'coder-ana' }]);
    await screen.findByTestId('compare-table');
    expect(screen.queryByTestId('compare-locked')).toBeNull();
  });

  it('offers no reveal to a coder who is not the owner', async () => {
    await openCompare({ blind: true, revealed: false, ownerCoderId: 'coder-ben' });
    expect((await screen.findByTestId('compare-locked')).textContent).toContain('Only the project owner, Ben');
    expect(screen.queryByRole('button', { name: 'Reveal codings…' })).toBeNull();
  });

  it('is open in blind mode once revealed', async () => {
    await openCompare({ blind: true, revealed: true, ownerCoderId: 'coder-ana' });
    await screen.findByTestId('compare-table');
    expect(screen.queryByTestId('compare-locked')).toBeNull();
  });

  it('shows the methods summary and copies it to the clipboard', async () => {
    const { user, client } = await openCompare();
    await screen.findByTestId('compare-table');
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Methods summary' }));
    const panel = await screen.findByTestId('methods-panel');
    const area = within(panel).getByLabelText('Methods summary text') as HTMLTextAreaElement;
    await waitFor(() => expect(area.value).toBe('Ana and Ben coded 2 documents independently, compared at the character level. Decisions: 0.'));
    expect(area.readOnly).toBe(true);
    expect(client.callsTo('agreement.methods')).toEqual([{ coders: ['coder-ana', 'coder-ben'], unit: 'character' }]);
    await user.click(within(panel).getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(area.value);
    expect(within(panel).getByRole('status').textContent).toBe('Copied to the clipboard.');
  });

  it('selects the methods text when the clipboard is unavailable', async () => {
    const { user } = await openCompare();
    await screen.findByTestId('compare-table');
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Methods summary' }));
    const area = (await screen.findByLabelText('Methods summary text')) as HTMLTextAreaElement;
    await waitFor(() => expect(area.value).toContain('Decisions: 0.'));
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(document.activeElement).toBe(area);
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length]);
    expect(screen.getByTestId('methods-panel').querySelector('[role="status"]')!.textContent).toContain('press Ctrl+C');
  });
});
