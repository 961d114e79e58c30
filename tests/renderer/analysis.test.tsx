// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AnalysisView } from '../../renderer/views/analysis/AnalysisView';
import { blobText, captureDownloads, renderView } from './analysisHelpers';

async function openMatrix() {
  const app = await renderView(<AnalysisView />);
  await screen.findByTestId('matrix');
  return app;
}

/** The matrix as text: header row, then each code's row (name, cells, total). */
function matrixText(): string[][] {
  const table = screen.getByTestId('matrix');
  return [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent ?? ''));
}

describe('analysis: code × descriptor matrix', () => {
  it('counts excerpts per code and descriptor value, with totals', async () => {
    const { client } = await openMatrix();
    expect(client.callsTo('analysis.matrix')).toEqual([{ cols: 'expertise', count: 'excerpts', layer: 'coder' }]);
    expect(matrixText()).toEqual([
      ['Code', 'novice', 'expert', 'Total'],
      ['LearningLearning', '0', '0', '0'],
      ['Learning > MentoringMentoring', '3', '2', '5'],
      ['Technology attitudeTechnology attitude', '2', '2', '4'],
      ['Total', '5', '4', '9'],
    ]);
    // Cells are buttons that say what they count.
    expect(screen.getByRole('button', { name: 'Learning > Mentoring × novice: 3 excerpts' })).toBeTruthy();
  });

  it('switches to row and column percentages, and to counting documents or cases', async () => {
    const { user, client } = await openMatrix();
    await user.click(screen.getByRole('radio', { name: 'Row %' }));
    expect(matrixText().slice(1).map((r) => r.slice(1))).toEqual([
      ['—', '—'],
      ['60%', '40%'],
      ['50%', '50%'],
    ]);
    await user.click(screen.getByRole('radio', { name: 'Column %' }));
    expect(matrixText().slice(1).map((r) => r.slice(1))).toEqual([
      ['0%', '0%'],
      ['60%', '50%'],
      ['40%', '50%'],
    ]);
    await user.click(screen.getByRole('radio', { name: 'Counts' }));
    await user.selectOptions(screen.getByLabelText('Count'), 'documents');
    await waitFor(() => expect(matrixText()[2]).toEqual(['Learning > MentoringMentoring', '1', '1', '2']));
    await user.selectOptions(screen.getByLabelText('Columns'), 'area');
    await waitFor(() => expect(matrixText()[0]).toEqual(['Code', '(missing)', 'Sales', 'Total']));
    expect(client.callsTo('analysis.matrix').at(-1)).toEqual({ cols: 'area', count: 'documents', layer: 'coder' });
  });

  it('opens the excerpts behind a clicked cell', async () => {
    const { user, client } = await openMatrix();
    await user.click(screen.getByRole('button', { name: 'Technology attitude × novice: 2 excerpts' }));
    const panel = await screen.findByRole('complementary', { name: 'Excerpts in this cell' });
    await waitFor(() => expect(within(panel).getByTestId('cell-summary').textContent).toBe('2 excerpts · 1 document · 1 case'));
    const items = within(panel).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('blockquote')!.textContent)).toEqual(['Honestly, nobody reads them.', 'La tecnología ayuda, pero aprendí más con Rocío']);
    expect(items[0]!.querySelector('.quote-meta')!.textContent).toBe('Interview 1 · Lucía · Ana · weight -1');
    // The formula guard the CSV adds is taken off again for reading.
    expect(items[0]!.querySelector('.quote-memo')!.textContent).toBe('-1: dismissive');
    expect(client.callsTo('export.csv')).toEqual([{ kind: 'excerpts' }]);

    // The consensus layer's cells hold only the consensus coder's excerpts.
    await user.selectOptions(screen.getByLabelText('Codings'), 'consensus');
    await user.click(await screen.findByRole('button', { name: 'Learning > Mentoring × novice: 1 excerpt' }));
    const again = await screen.findByRole('complementary', { name: 'Excerpts in this cell' });
    await waitFor(() => expect(within(again).getAllByRole('listitem').map((li) => li.querySelector('.quote-meta')!.textContent)).toEqual(['Interview 1 · Lucía · Consensus']));
  });

  it('exports the matrix as CSV (with the BOM when asked) exactly as the core returned it', async () => {
    const { user, client } = await openMatrix();
    const downloads = captureDownloads();
    await user.click(screen.getByLabelText('BOM for Excel'));
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(client.callsTo('export.csv')).toEqual([{ kind: 'matrix', cols: 'expertise', count: 'excerpts', layer: 'coder', bom: true }]);
    const returned = await client.call('export.csv', { kind: 'matrix', cols: 'expertise', count: 'excerpts', layer: 'coder', bom: true });
    expect(downloads[0]!.fileName).toBe(returned.fileName);
    expect(await blobText(downloads[0]!.blob)).toBe(returned.text);
    expect(returned.text).toBe('\uFEFFcode,novice,expert\nLearning,0,0\nLearning > Mentoring,3,2\nTechnology attitude,2,2\n');
    expect(downloads[0]!.blob.type).toBe('text/csv;charset=utf-8');
  });
});
