// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../renderer/views/analysis/tableMath';
import { AnalysisView } from '../../renderer/views/analysis/AnalysisView';
import { blobText, captureDownloads, renderView } from './analysisHelpers';
import { fieldnoteText } from './fakeClient';

async function openTab(name: string) {
  const app = await renderView(<AnalysisView />);
  await screen.findByTestId('matrix');
  await app.user.click(screen.getByRole('tab', { name }));
  return app;
}

describe('analysis: co-occurrence', () => {
  it('draws a heat map whose cells open a pair, and a theme can be made from the two codes', async () => {
    const { user, client, store } = await openTab('Co-occurrence');
    const map = await screen.findByTestId('heatmap');
    const cell = (a: string, b: string, n: number) => within(map).getByRole('button', { name: `${a} and ${b}: ${n}` });
    // Diagonal: excerpts with the code; off it: pairs of codings on overlapping text.
    cell('Learning > Mentoring', 'Learning > Mentoring', 6);
    cell('Learning', 'Learning > Mentoring', 1);
    cell('Technology attitude', 'Learning', 0);
    await user.click(cell('Learning > Mentoring', 'Technology attitude', 1));
    const side = screen.getByRole('complementary', { name: 'Code pair' });
    expect(within(side).getByLabelText('Theme name')).toHaveProperty('value', 'Mentoring & Technology attitude');
    await user.click(within(side).getByRole('button', { name: 'Create theme from these two codes' }));
    expect(client.callsTo('themes.create')).toEqual([{ name: 'Mentoring & Technology attitude', codeIds: ['c-mentoring', 'c-tech'] }]);
    expect(await within(side).findByRole('status')).toHaveProperty('textContent', 'Created theme “Mentoring & Technology attitude”. Open Themes to describe it and pick its quotes.');
    expect(store.getState().themes.map((t) => t.name)).toContain('Mentoring & Technology attitude');
  });

  it('shows the same counts as a table, by segment too, and exports them', async () => {
    const { user, client } = await openTab('Co-occurrence');
    await user.click(screen.getByRole('radio', { name: 'Table' }));
    const rows = () => [...screen.getByTestId('cooccurrence-table').querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows()).toEqual([
      ['1', '1', '0'],
      ['1', '6', '1'],
      ['0', '1', '4'],
    ]);
    await user.click(screen.getByRole('radio', { name: 'Same turn or paragraph' }));
    // "Honestly, nobody reads them." shares Lucía's turn with the mentoring excerpt after it.
    await waitFor(() => expect(rows()[1]).toEqual(['1', '6', '2']));
    const downloads = captureDownloads();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(client.callsTo('export.csv')).toEqual([{ kind: 'cooccurrence', by: 'segment', layer: 'coder', bom: false }]);
    expect(downloads[0]!.fileName).toBe('cooccurrence-segment.csv');
  });
});

describe('analysis: charts', () => {
  it('charts excerpts per code and exports the chart as a standalone SVG', async () => {
    const { user } = await openTab('Frequencies');
    const chart = await screen.findByTestId('frequencies-chart');
    await waitFor(() => expect(chart.querySelectorAll('.recharts-bar-rectangle path, .recharts-rectangle').length).toBeGreaterThan(0));
    expect(chart.textContent).toContain('Learning > Mentoring');
    const downloads = captureDownloads();
    await user.click(screen.getByRole('button', { name: 'Export SVG' }));
    expect(downloads.map((d) => d.fileName)).toEqual(['code-frequencies-excerpts.svg']);
    const svg = await blobText(downloads[0]!.blob);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('<title>excerpts per code</title>');
    expect(svg).toContain('Technology attitude');
    expect(downloads[0]!.blob.type).toBe('image/svg+xml;charset=utf-8');
  });

  it('plots weights per participant and coder for a weighted code, with their means', async () => {
    await openTab('Weights');
    expect(await screen.findByLabelText('Weighted code')).toHaveProperty('value', 'Technology attitude');
    const means = screen.getByRole('table', { name: /Mean weight/ });
    expect([...means.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent))).toEqual([
      ['Participant', 'Ana', 'Ben'],
      ['Lucía', '0.00 (2)', '—'],
      ['Rocío', '-2.00 (1)', '-1.00 (1)'],
    ]);
    expect(screen.getByTestId('weights-chart').querySelector('svg')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export PNG' })).toBeTruthy();
  });
});

describe('analysis: coverage', () => {
  it('shows the share of each document each code covers, with a bar per cell', async () => {
    const { user } = await openTab('Coverage');
    const table = await screen.findByTestId('coverage');
    const header = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
    expect(header).toEqual(['Document', 'Characters', 'Learning', 'Mentoring', 'Technology attitude']);
    const share = Number(('The team lead narrated each step aloud'.length / fieldnoteText.length).toFixed(4));
    const cell = within(table).getByLabelText(`Field notes — warehouse, Learning: ${formatPercent(share)}`);
    expect(cell.textContent).toBe(formatPercent(share));
    expect((cell.querySelector('.coverage-bar') as HTMLElement).style.width).toBe(`${share * 100}%`);
    await user.click(screen.getByLabelText('Hide codes that cover nothing'));
    expect(table.querySelectorAll('thead th')).toHaveLength(5);
  });
});
