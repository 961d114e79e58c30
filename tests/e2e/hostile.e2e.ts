// Hostile text in a real browser: a project whose transcript, document, case,
// field, coder, code, memo and theme names all carry <script>, <img onerror>,
// <svg onload>, javascript: links and formula prefixes. Every view shows them as
// text: no dialog opens, no element is injected, the downloaded HTML report is
// inert too. Meanwhile every request the page makes is watched: none may leave
// the local server (no CDN, fonts or telemetry).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { In, Method, Out } from '../../shared/api/contract';
import { type Call, fillHostileProject, H } from '../security/hostileProject';
import { apiOf } from './api';
import { SCREENSHOTS, type Session, startSession } from './harness';

let session: Session | null = null;
afterEach(async () => {
  await session?.stop();
  session = null;
});

const views = (page: Page, name: string) => page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click();

interface Dom {
  scripts: number;
  injected: string[];
}

/** Elements the payloads would create if any view rendered them as HTML. */
const domProbe = `(() => ({
  scripts: document.querySelectorAll('script').length,
  injected: [...document.querySelectorAll('img[src="x"], svg[onload], iframe, a[href^="javascript:"], [onerror], [onload], [onmouseover], b[onmouseover]')]
    .map((e) => e.outerHTML.slice(0, 80)),
}))()`;

/** A saved file, parsed as the browser would: elements or attributes that could run script. */
async function activeParts(page: Page, markup: string, type: 'text/html' | 'image/svg+xml'): Promise<string[]> {
  return page.evaluate(
    ([text, mime]) => {
      const doc = new DOMParser().parseFromString(text, mime as DOMParserSupportedType);
      return [...doc.querySelectorAll('*')].flatMap((e) => [
        ...(/^(script|img|iframe|object|embed|foreignObject|a)$/i.test(e.localName) ? [`<${e.localName}>`] : []),
        ...[...e.attributes].filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)).map((a) => `<${e.localName} ${a.name}>`),
      ]);
    },
    [markup, type] as const,
  );
}

describe('hostile text in every view', () => {
  it('shows markup and formulas as text, runs nothing, and requests nothing outside the local server', async () => {
    session = await startSession({ demo: false });
    const { page, url } = session;
    const api = apiOf(url);
    const call: Call = async <M extends Method>(method: M, input: In<M>) => (await api(method, input)) as Out<M>;
    await fillHostileProject(call);

    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const origin = new URL(url).origin;
    const requests: string[] = [];
    const outside: string[] = [];
    await page.context().route('**/*', (route) => {
      const u = route.request().url();
      requests.push(u);
      if (new URL(u).origin === origin) return route.continue();
      outside.push(u);
      return route.abort();
    });

    // A fresh load with the watcher in place (via a blank page: the URL differs only in its hash).
    await page.goto('about:blank');
    await page.goto(url);
    await page.getByTestId('doc-item').first().waitFor();
    const baseline = (await page.evaluate(domProbe)) as Dom;
    const inert = async (where: string) => {
      const dom = (await page.evaluate(domProbe)) as Dom;
      expect(dom.injected, where).toEqual([]);
      expect(dom.scripts, `${where}: no script element added`).toBe(baseline.scripts);
      expect(dialogs, where).toEqual([]);
    };
    const body = () => page.locator('body').innerText();

    // Documents: the list and the reader.
    expect(await page.getByTestId('doc-item').first().innerText()).toContain(H.document);
    await page.getByTestId('doc-item').first().click();
    const reader = page.getByTestId('reader');
    await expect.poll(() => reader.innerText()).toContain("<script>alert('script')</script>");
    const text = await reader.innerText();
    for (const literal of [`<img src=x onerror="alert('text')">`, `<svg onload="alert('svg')"></svg>`, `<a href="javascript:alert('link')">`, "=cmd|' /C calc'!A0"]) {
      expect(text).toContain(literal);
    }
    await inert('reader');
    await page.screenshot({ path: join(SCREENSHOTS, 'hostile-reader.png') });

    // Codebook: names, paths and the definition.
    await views(page, 'Codebook');
    await page.getByTestId('codebook-item').first().waitFor();
    await expect.poll(body).toContain(H.childCode);
    await page.getByTestId('codebook-item').first().click();
    await expect.poll(body).toContain(H.parentCode);
    await inert('codebook');
    await page.screenshot({ path: join(SCREENSHOTS, 'hostile-codebook.png') });

    // Themes: the board, the detail with its quotes, and the printable report.
    await views(page, 'Themes');
    await page.getByTestId('theme-column').first().waitFor();
    await expect.poll(body).toContain(H.themeDescription);
    await page.getByRole('button', { name: H.theme.trim(), exact: true }).click();
    await page.getByTestId('theme-quote').first().waitFor();
    await expect.poll(() => page.getByTestId('theme-quote').first().innerText()).toContain(`<img src=x onerror="alert('text')">`);
    await inert('theme detail');
    await page.getByRole('button', { name: 'Printable report' }).click();
    const report = page.getByTestId('theme-report');
    await report.waitFor();
    const reportText = (await report.innerText()) ?? '';
    expect(reportText).toContain(H.theme.trim());
    expect(reportText).toContain(H.caseName);
    await inert('printable report');
    await page.screenshot({ path: join(SCREENSHOTS, 'hostile-report.png') });
    // The downloaded report is a standalone page: open it and check it is inert too.
    const [file] = (await Promise.all([page.waitForEvent('download'), report.getByRole('button', { name: 'Download HTML' }).click()])) as [Download, void];
    const html = await readFile((await file.path())!, 'utf8');
    expect(html).toContain('&#60;script&#62;');
    expect(await activeParts(page, html, 'text/html')).toEqual([]);
    // (The check sees markup when there is some.)
    expect(await activeParts(page, '<p><img src=x onerror="alert(1)"></p>', 'text/html')).toEqual(['<img>', '<img onerror>']);
    await report.getByRole('button', { name: 'Close' }).click();

    // Compare: coder names, code paths and the disagreement passages.
    await views(page, 'Compare');
    await page.getByLabel('Coder A').selectOption({ label: H.coderA });
    await page.getByLabel('Coder B').selectOption({ label: H.coderB });
    await page.getByRole('button', { name: 'Compute', exact: true }).click();
    await expect.poll(() => page.getByTestId('compare-caption').innerText()).toContain(H.coderA);
    await expect.poll(body).toContain(H.parentCode);
    await page.locator('tr[data-code]').first().click();
    await page.getByTestId('disagreement-item').first().waitFor();
    await expect.poll(() => page.getByTestId('disagreements-panel').innerText()).toContain('=cmd');
    await inert('compare');
    await page.screenshot({ path: join(SCREENSHOTS, 'hostile-compare.png') });

    // Analysis: a matrix whose columns are a hostile field's hostile values.
    await views(page, 'Analysis');
    await page.getByLabel('Columns').selectOption({ label: H.field });
    await expect.poll(() => page.getByTestId('matrix').innerText()).toContain(H.value);
    await inert('analysis');
    await page.screenshot({ path: join(SCREENSHOTS, 'hostile-analysis.png') });
    // Charts saved as SVG carry the code names as text, not as markup.
    await page.getByRole('tab', { name: 'Co-occurrence' }).click();
    await page.getByTestId('heatmap').waitFor();
    await page.getByRole('tab', { name: 'Frequencies' }).click();
    await page.getByTestId('frequencies-chart').locator('.recharts-bar-rectangle').first().waitFor({ state: 'attached' });
    await inert('charts');
    const [svgFile] = (await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()])) as [Download, void];
    const svg = await readFile((await svgFile.path())!, 'utf8');
    expect(svg).toContain('=Aprendizaje&lt;script&gt;');
    expect(await activeParts(page, svg, 'image/svg+xml')).toEqual([]);

    expect(dialogs).toEqual([]);
    expect(outside, 'requests that left the local server').toEqual([]);
    expect(requests.length).toBeGreaterThan(5);
  });
});
