// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ThemesView } from '../../renderer/views/themes/ThemesView';
import { blobText, captureDownloads, renderView } from './analysisHelpers';

async function openTheme(name = 'Learning from colleagues') {
  const app = await renderView(<ThemesView />);
  await app.user.click(await screen.findByRole('button', { name }));
  await screen.findAllByTestId('theme-quote');
  return app;
}

const quotes = () => screen.getAllByTestId('theme-quote');
const quoteText = (q: HTMLElement) => q.querySelector('blockquote')!.textContent;
const meta = (q: HTMLElement) => q.querySelector('.quote-meta')!.textContent;

describe('theme detail', () => {
  it('lists the excerpts grouped by code with document, case, speaker, coder and weight', async () => {
    await openTheme('Doubts about e-learning');
    const detail = screen.getByTestId('theme-detail');
    expect(within(detail).getByRole('heading', { level: 2 }).textContent).toBe('Doubts about e-learning');
    expect(within(detail).getByRole('tab', { name: 'Excerpts (4)' })).toBeTruthy();
    const group = within(detail).getByRole('region', { name: 'Technology attitude' });
    expect(group.querySelector('h3')!.textContent).toBe('Technology attitude (4)');
    expect(quotes().map(quoteText)).toEqual([
      'Honestly, nobody reads them.',
      'La tecnología ayuda, pero aprendí más con Rocío',
      'The platform is fine for rules, but nobody learns the job from a screen.',
      'nobody learns the job from a screen',
    ]);
    expect(quotes().map(meta)).toEqual([
      'Interview 1 · Lucía · Ana · weight -1',
      'Interview 1 · Lucía · Ana · weight 1',
      'Interview 2 · Rocío · Ben · weight -1',
      'Interview 2 · Rocío · Ana · weight -2',
    ]);
    // A memo that starts like a formula is shown as written.
    expect(quotes()[0]!.querySelector('.quote-memo')!.textContent).toBe('-1: dismissive');
  });

  it('stars a representative quote (themes.star) and can show only starred ones', async () => {
    const { user, client } = await openTheme();
    const star = within(quotes()[2]!).getByRole('button', { name: 'Star quote' });
    expect(star.getAttribute('aria-pressed')).toBe('false');
    await user.click(star);
    expect(client.callsTo('themes.star')).toEqual([{ id: 'theme-others', excerptId: 'x4', starred: true }]);
    await waitFor(() => expect(within(quotes()[2]!).getByRole('button', { name: 'Star quote' }).getAttribute('aria-pressed')).toBe('true'));
    await user.click(screen.getByLabelText(/Starred only \(1\)/));
    expect(quotes().map(quoteText)).toEqual(['La tecnología ayuda, pero aprendí más con Rocío']);
    await user.click(within(quotes()[0]!).getByRole('button', { name: 'Star quote' }));
    expect(client.callsTo('themes.star')).toEqual([
      { id: 'theme-others', excerptId: 'x4', starred: true },
      { id: 'theme-others', excerptId: 'x4', starred: false },
    ]);
    await waitFor(() => expect(screen.queryAllByTestId('theme-quote')).toHaveLength(0));
  });

  it('switches between the coders’ codings and the consensus layer', async () => {
    const { user, client } = await openTheme();
    expect(quotes()).toHaveLength(6);
    await user.click(screen.getByRole('radio', { name: 'Consensus' }));
    await waitFor(() => expect(quotes()).toHaveLength(1));
    expect(meta(quotes()[0]!)).toBe('Interview 1 · Lucía · Consensus');
    expect(client.callsTo('themes.excerpts').at(-1)).toEqual({ id: 'theme-others', layer: 'consensus' });
  });

  it('shows the participants who voiced the theme and its counts by descriptor', async () => {
    const { user } = await openTheme();
    await user.click(screen.getByRole('tab', { name: 'Participants' }));
    const rows = (id: string) => [...screen.getByTestId(id).querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows('theme-participants')).toEqual([
      ['Lucía', '3', 'Mentoring'],
      ['Rocío', '2', 'Mentoring'],
      ['(no case)', '1', 'Mentoring'],
    ]);
    // Expertise is the first choice field: its values in the codebook's order, then the missing ones.
    expect(rows('theme-descriptors')).toEqual([
      ['novice', '3', '1 of 1'],
      ['expert', '2', '1 of 1'],
      ['(missing)', '1', '0 of 0'],
    ]);
    await user.selectOptions(screen.getByLabelText('Counts by'), 'area');
    expect(rows('theme-descriptors')).toEqual([
      ['Sales', '2', '1 of 1'],
      ['(missing)', '4', '1 of 1'],
    ]);
  });

  it('saves the analytic write-up as a memo on the theme', async () => {
    const { user, client } = await openTheme();
    await user.click(screen.getByRole('tab', { name: 'Write-up' }));
    await user.type(screen.getByLabelText('Analytic write-up'), 'Watching comes first.');
    await user.click(screen.getByRole('button', { name: 'Save write-up' }));
    await waitFor(() =>
      expect(client.callsTo('memos.save')).toEqual([
        { coderId: null, targetType: 'theme', targetId: 'theme-others', title: 'Write-up: Learning from colleagues', body: 'Watching comes first.' },
      ]),
    );
    expect(await screen.findByText(/^Saved /)).toBeTruthy();
    // Reopened later, the write-up is read back from the memos.
    expect(client.callsTo('memos.list')).toContainEqual({ targetType: 'theme', targetId: 'theme-others' });
  });

  it('exports the theme report and summary CSVs, with the BOM when asked, byte for byte as the core wrote them', async () => {
    const { user, client } = await openTheme();
    const downloads = captureDownloads();
    await user.click(screen.getByRole('button', { name: 'Theme report CSV' }));
    await user.click(screen.getByLabelText('BOM for Excel'));
    await user.click(screen.getByRole('button', { name: 'Summary CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(client.callsTo('export.csv')).toEqual([
      { kind: 'themeReport', layer: 'coder', summary: false, bom: false },
      { kind: 'themeReport', layer: 'coder', summary: true, bom: true },
    ]);
    const expected = await client.call('export.csv', { kind: 'themeReport', layer: 'coder', summary: true, bom: true });
    expect(downloads.map((d) => d.fileName)).toEqual(['themes-report-coder.csv', 'themes-summary-coder.csv']);
    expect(await blobText(downloads[1]!.blob)).toBe(expected.text);
    expect(expected.text.startsWith('\uFEFFtheme,code_path,excerpts,documents,cases\n')).toBe(true);
    const report = await blobText(downloads[0]!.blob);
    expect(report.startsWith('theme,code_path,document,case,speaker,coder,start,end,text,weight,memo,expertise,tenure,area\n')).toBe(true);
    // Formula-looking cells are defused by the core's writer, not re-written by the UI.
    expect(report).toContain(',"\'-1: dismissive",');
  });
});
