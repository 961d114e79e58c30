// Themes and analysis in a real browser against the real core: the demo's two
// themes show at once; a quote is starred and the printable report lists it; the
// matrix shows the numbers `qualia matrix` prints, and every CSV the UI saves is
// byte-identical to the CLI's; charts and the heat map export as SVG and PNG.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { SCREENSHOTS, type Session, startSession } from './harness';

let session: Session | null = null;
afterEach(async () => {
  await session?.stop();
  session = null;
});

/** What the CLI writes to standard output, as bytes. */
function cli(args: string[]): Buffer {
  const r = spawnSync(process.execPath, ['bin/qualia.js', ...args]);
  if (r.status !== 0) throw new Error(`qualia ${args.join(' ')} failed: ${r.stderr.toString()}`);
  return r.stdout;
}

/** Click `button` and return the file the page saved. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]) as [Download, void];
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

async function openView(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click();
}

const THEME_1 = 'Informal learning outweighs formal courses';
const THEME_2 = 'Attitudes to e-learning range from sceptical to supportive';

describe('themes and analysis, end to end', () => {
  it('shows the demo themes, stars a quote, prints the report and exports the theme report as the CLI does', async () => {
    session = await startSession({ demo: true });
    const { page, project } = session;
    await page.getByTestId('doc-item').first().waitFor();
    await openView(page, 'Themes');

    const columns = page.getByTestId('theme-column');
    await columns.first().waitFor();
    expect(await columns.count()).toBe(2);
    expect(await columns.nth(0).getByRole('button', { name: THEME_1, exact: true }).count()).toBe(1);
    expect(await columns.nth(1).getByRole('button', { name: THEME_2, exact: true }).count()).toBe(1);
    expect((await columns.nth(0).locator('.code-chip-name').allInnerTexts()).sort()).toEqual(['Formal training', 'Informal learning', 'Mentoring']);

    await page.getByRole('button', { name: THEME_2, exact: true }).click();
    const quotes = page.getByTestId('theme-quote');
    await quotes.first().waitFor();
    expect(await page.getByRole('tab', { name: /^Excerpts \(\d+\)$/ }).innerText()).toMatch(/Excerpts \(\d+\)/);
    // Joaquín's flat rejection is the representative quote.
    const joaquin = quotes.filter({ hasText: 'la tecnología no enseña a nadie' }).first();
    const star = joaquin.getByRole('button', { name: 'Star quote' });
    await star.click();
    await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('tab', { name: 'Participants' }).click();
    await page.getByTestId('theme-participants').waitFor();
    expect(await page.getByTestId('theme-participants').locator('tbody tr').count()).toBe(6);
    await page.getByLabel('Counts by').selectOption('expertise');
    expect(await page.getByTestId('theme-descriptors').locator('tbody th').allInnerTexts()).toEqual(['novice', 'intermediate', 'expert']);
    await page.screenshot({ path: join(SCREENSHOTS, 'themes-participants.png') });

    await page.getByRole('tab', { name: 'Write-up' }).click();
    await page.getByLabel('Analytic write-up').fill('Scepticism grows with tenure: the warehouse rejects e-learning outright, newer office staff welcome it.');
    await page.getByRole('button', { name: 'Save write-up' }).click();
    await page.locator('.theme-memo').getByText(/^Saved /).waitFor();
    await page.getByRole('tab', { name: /^Excerpts/ }).click();
    await quotes.first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'themes-board.png') });

    await page.getByRole('button', { name: 'Printable report' }).click();
    const report = page.getByTestId('theme-report');
    await report.waitFor();
    const text = (await report.textContent()) ?? '';
    expect(text).toContain(THEME_2);
    expect(text).toContain('Scepticism grows with tenure');
    expect(text.indexOf('Representative quotes')).toBeLessThan(text.indexOf('Other quotes'));
    const firstQuote = await report.locator('blockquote').first().innerText();
    expect(firstQuote).toContain('la tecnología no enseña a nadie');
    expect(firstQuote).toContain('Joaquín (male, tenure 20, expert, Warehouse Operations');
    await page.screenshot({ path: join(SCREENSHOTS, 'themes-report.png') });
    const html = await download(page, () => report.getByRole('button', { name: 'Download HTML' }).click());
    expect(html.bytes.toString('utf8')).toContain('<h1>Attitudes to e-learning range from sceptical to supportive</h1>');
    await report.getByRole('button', { name: 'Close' }).click();

    // The theme report CSV from the UI is the CLI's, byte for byte (and so is the summary with a BOM).
    const csv = await download(page, () => page.getByRole('button', { name: 'Theme report CSV' }).click());
    expect(csv.name).toBe('themes-report-coder.csv');
    expect(csv.bytes.equals(cli(['themes', 'report', project]))).toBe(true);
    await page.getByLabel('BOM for Excel').check();
    const summary = await download(page, () => page.getByRole('button', { name: 'Summary CSV' }).click());
    expect(summary.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(summary.bytes.equals(cli(['themes', 'report', project, '--summary', '--bom']))).toBe(true);
  });

  it('shows the CLI’s matrix, exports identical CSVs, and draws the heat map and charts with SVG/PNG export', async () => {
    session = await startSession({ demo: true });
    const { page, project } = session;
    await page.getByTestId('doc-item').first().waitFor();
    await openView(page, 'Analysis');
    await page.getByLabel('Columns').selectOption('expertise');
    const matrix = page.getByTestId('matrix');
    await expect.poll(() => matrix.locator('thead th').allInnerTexts()).toEqual(['Code', 'novice', 'intermediate', 'expert', 'Total']);

    // Every cell equals the CLI's CSV.
    const expected = Papa.parse<string[]>(cli(['matrix', project, '--cols', 'expertise']).toString('utf8').trim()).data;
    const header = expected[0]!;
    for (const row of expected.slice(1)) {
      for (let j = 1; j < header.length; j++) {
        const cell = matrix.getByRole('button', { name: new RegExp(`^${row[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} × ${header[j]}: `) });
        expect(await cell.innerText()).toBe(row[j]);
      }
    }
    const mentoring = expected.find((r) => r[0] === 'Learning > Mentoring')!;
    await matrix.getByRole('button', { name: /^Learning > Mentoring × novice: / }).click();
    const side = page.getByRole('complementary', { name: 'Excerpts in this cell' });
    await expect.poll(() => side.getByTestId('cell-summary').innerText()).toMatch(new RegExp(`^${mentoring[1]} excerpts`));
    expect(await side.locator('li').count()).toBe(Number(mentoring[1]));
    await page.screenshot({ path: join(SCREENSHOTS, 'analysis-matrix.png') });

    const plain = await download(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
    expect(plain.name).toBe('matrix-codes-by-expertise-excerpts.csv');
    expect(plain.bytes.equals(cli(['matrix', project, '--cols', 'expertise']))).toBe(true);
    await page.getByLabel('BOM for Excel').check();
    await page.getByLabel('Count').selectOption('cases');
    await matrix.getByRole('button', { name: /^Learning > Mentoring × novice: \d+ cases?$/ }).waitFor();
    const withBom = await download(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
    expect(withBom.bytes.equals(cli(['matrix', project, '--cols', 'expertise', '--count', 'cases', '--bom']))).toBe(true);
    await page.getByLabel('BOM for Excel').uncheck();

    await page.getByRole('tab', { name: 'Co-occurrence' }).click();
    const heatmap = page.getByTestId('heatmap');
    await heatmap.waitFor();
    await heatmap.getByRole('button', { name: 'Community of practice and Learning > Informal learning: 8' }).click();
    await page.getByRole('button', { name: 'Create theme from these two codes' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'analysis-cooccurrence.png') });
    const heatSvg = await download(page, () => page.getByRole('button', { name: 'Export SVG' }).click());
    expect(heatSvg.name).toBe('cooccurrence-overlap.svg');
    expect(heatSvg.bytes.toString('utf8')).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const cooc = await download(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
    expect(cooc.bytes.equals(cli(['cooccurrence', project]))).toBe(true);

    await page.getByRole('tab', { name: 'Frequencies' }).click();
    const chart = page.getByTestId('frequencies-chart');
    await chart.locator('.recharts-bar-rectangle').first().waitFor({ state: 'attached' });
    expect(await chart.innerText()).toContain('Learning > Mentoring');
    await page.screenshot({ path: join(SCREENSHOTS, 'analysis-charts.png') });
    const svg = await download(page, () => page.getByRole('button', { name: 'Export SVG' }).click());
    expect(svg.name).toBe('code-frequencies-excerpts.svg');
    expect(svg.bytes.toString('utf8').startsWith('<svg')).toBe(true);
    const png = await download(page, () => page.getByRole('button', { name: 'Export PNG' }).click());
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

    await page.getByRole('tab', { name: 'Weights' }).click();
    await expect.poll(() => page.getByLabel('Weighted code').inputValue()).toBe('Technology attitude');
    await page.getByTestId('weights-chart').locator('.recharts-scatter-symbol').first().waitFor({ state: 'attached' });
    await page.screenshot({ path: join(SCREENSHOTS, 'analysis-weights.png') });

    await page.getByRole('tab', { name: 'Coverage' }).click();
    await page.getByTestId('coverage').waitFor();
    expect(await page.getByTestId('coverage').locator('tbody tr').count()).toBe(6);
  });
});

describe('building themes from scratch', () => {
  it('builds two new themes on the demo, reads a matrix cell and exports their report', async () => {
    session = await startSession({ demo: true });
    const { page, project } = session;
    await page.getByTestId('doc-item').first().waitFor();
    await openView(page, 'Themes');
    await page.getByTestId('theme-column').first().waitFor();

    async function newTheme(name: string): Promise<void> {
      await page.getByRole('button', { name: 'New theme' }).click();
      await page.getByLabel('Theme name').fill(name);
      await page.getByRole('button', { name: 'Create' }).click();
      await page.getByRole('button', { name, exact: true }).first().waitFor();
    }
    const column = (name: string) => page.getByTestId('theme-column').filter({ has: page.getByRole('button', { name, exact: true }) });

    // One theme built with the keyboard alternative (the "Add code…" select)…
    await newTheme('Learning on the job');
    await column('Learning on the job').getByLabel('Add code to Learning on the job').selectOption({ label: 'Learning > Learning by doing' });
    await column('Learning on the job').getByLabel('Add code to Learning on the job').selectOption({ label: 'Learning > LPP' });
    await expect.poll(async () => (await column('Learning on the job').locator('.code-chip-name').allInnerTexts()).sort()).toEqual(['LPP', 'Learning by doing']);
    // …and one by dragging codes from the palette.
    await newTheme('Belonging to a community');
    const palette = page.getByRole('region', { name: 'Codes' });
    const target = column('Belonging to a community');
    for (const code of ['Community of practice', 'Mentoring']) {
      // HTML5 drag and drop with one DataTransfer carried from dragstart to drop, as a browser does.
      const chip = await palette.locator('.code-chip').filter({ hasText: new RegExp(`^${code}$`) }).elementHandle();
      const drop = await target.elementHandle();
      await page.evaluate(([from, to]) => {
        const data = new DataTransfer();
        from!.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: data }));
        to!.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
        to!.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
        from!.dispatchEvent(new DragEvent('dragend', { bubbles: true, dataTransfer: data }));
      }, [chip, drop] as const);
    }
    await expect.poll(async () => (await target.locator('.code-chip-name').allInnerTexts()).sort()).toEqual(['Community of practice', 'Mentoring']);
    expect(await page.getByTestId('theme-column').count()).toBe(4);
    await page.screenshot({ path: join(SCREENSHOTS, 'themes-built.png') });

    // The matrix of codes × expertise, and one cell's excerpts.
    await openView(page, 'Analysis');
    await page.getByLabel('Columns').selectOption('expertise');
    await page.getByTestId('matrix').getByRole('button', { name: /^Learning > LPP × novice: / }).click();
    const panel = page.getByTestId('cell-excerpts');
    await panel.waitFor();
    const expected = Papa.parse<string[]>(cli(['matrix', project, '--cols', 'expertise']).toString('utf8').trim()).data;
    const lppNovice = Number(expected.find((r) => r[0] === 'Learning > LPP')![1]);
    await expect.poll(() => panel.locator('li.quote').count()).toBe(lppNovice);

    // The theme report holds the new themes, and the UI's file is the CLI's.
    await openView(page, 'Themes');
    await page.getByRole('button', { name: 'Learning on the job', exact: true }).first().click();
    const report = await download(page, () => page.getByRole('button', { name: 'Theme report CSV' }).click());
    const rows = Papa.parse<Record<string, string>>(report.bytes.toString('utf8'), { header: true, skipEmptyLines: true }).data;
    expect(new Set(rows.map((r) => r.theme))).toEqual(new Set([THEME_1, THEME_2, 'Learning on the job', 'Belonging to a community']));
    expect(rows.filter((r) => r.theme === 'Learning on the job').every((r) => ['Learning > Learning by doing', 'Learning > LPP'].includes(r.code_path!))).toBe(true);
    expect(report.bytes.equals(cli(['themes', 'report', project]))).toBe(true);
  });
});
