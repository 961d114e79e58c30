// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ThemesView } from '../../renderer/views/themes/ThemesView';
import { blobText, captureDownloads, renderView } from './analysisHelpers';

async function starredTheme() {
  const app = await renderView(<ThemesView />);
  const { user } = app;
  await user.click(await screen.findByRole('button', { name: 'Learning from colleagues' }));
  const quotes = await screen.findAllByTestId('theme-quote');
  await user.click(within(quotes[2]!).getByRole('button', { name: 'Star quote' }));
  await waitFor(() => expect(within(screen.getAllByTestId('theme-quote')[2]!).getByRole('button', { name: 'Star quote' }).getAttribute('aria-pressed')).toBe('true'));
  await user.click(screen.getByRole('tab', { name: 'Write-up' }));
  await user.type(screen.getByLabelText('Analytic write-up'), 'Newcomers watch first.{Enter}{Enter}Then they do <b>easy</b> work.');
  await user.click(screen.getByRole('button', { name: 'Save write-up' }));
  await screen.findByText(/^Saved /);
  return app;
}

describe('printable theme report', () => {
  it('shows name, description, write-up, starred quotes first and then the others, with who said them', async () => {
    const { user } = await starredTheme();
    await user.click(screen.getByRole('button', { name: 'Printable report' }));
    const report = screen.getByRole('dialog', { name: 'Learning from colleagues' });
    expect(report.textContent).toContain('Newcomers learn by watching someone more experienced, not from courses.');
    expect(report.textContent).toContain('6 excerpts (all coders) from 2 participants · codes: Learning > Mentoring');
    const sections = within(report).getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(sections).toEqual(['Write-up', 'Representative quotes', 'Other quotes']);
    expect([...report.querySelectorAll('.report-para')].map((p) => p.textContent)).toEqual(['Newcomers watch first.', 'Then they do <b>easy</b> work.']);
    const quotes = [...report.querySelectorAll('blockquote')];
    expect(quotes).toHaveLength(6);
    expect(quotes[0]!.textContent).toBe('★ “La tecnología ayuda, pero aprendí más con Rocío”Lucía (novice, tenure 0.5) · Interview 1 · coded by Ana');
    expect(quotes[1]!.querySelector('.report-who')!.textContent).toBe('Lucía (novice, tenure 0.5) · Interview 1 · coded by Ana');
    expect(quotes.at(-1)!.querySelector('.report-who')!.textContent).toBe('Rocío (expert, tenure 9, Sales) · Interview 2 · coded by Ben');

    // Printing is the browser's own dialog; print CSS shows only this page.
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await user.click(within(report).getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();

    await user.click(within(report).getByLabelText('Starred quotes only'));
    expect(report.querySelectorAll('blockquote')).toHaveLength(1);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('downloads the same report as a standalone HTML file without scripts', async () => {
    const { user } = await starredTheme();
    await user.click(screen.getByRole('button', { name: 'Printable report' }));
    const downloads = captureDownloads();
    await user.click(screen.getByRole('button', { name: 'Download HTML' }));
    expect(downloads.map((d) => d.fileName)).toEqual(['Learning-from-colleagues.html']);
    const html = await blobText(downloads[0]!.blob);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|https?:\/\//i);
    expect(html).toContain('<h1>Learning from colleagues</h1>');
    expect(html).toContain('<p>Then they do &#60;b&#62;easy&#60;/b&#62; work.</p>');
    expect(html.indexOf('Representative quotes')).toBeLessThan(html.indexOf('Other quotes'));
    expect(html).toContain('★ “La tecnología ayuda, pero aprendí más con Rocío”');
  });
});

describe('report attribution', () => {
  it('names a document without repeating its case', async () => {
    const { attribution } = await import('../../renderer/views/themes/reportModel');
    const quote = { key: 'k', text: 't', case: 'Joaquín', speaker: 'Joaquín', descriptors: 'male, expert', coders: ['Ana', 'Bruno'], codes: [], starred: true };
    expect(attribution({ ...quote, document: 'Interview 5 — Joaquín' })).toBe('Joaquín (male, expert) · Interview 5 · coded by Ana, Bruno');
    expect(attribution({ ...quote, document: 'Focus group', speaker: 'Moderator' })).toBe('Joaquín (male, expert) · speaker Moderator · Focus group · coded by Ana, Bruno');
  });
});
