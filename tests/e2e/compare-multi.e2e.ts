// Three coders in a real browser against the real core: a third coder, Carla, joins
// the demo through the HTTP API (copying some of Ana's and Bruno's codings); the
// Compare view's "Agreement among 3 coders" table gives the Fleiss κ and α that
// `qualia agreement --coders Ana,Bruno,Carla` prints. Then "Learning > LPP" goes into
// a theme from the agreement table and shows on the Themes board.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Coder, DocumentSummary, Excerpt } from '../../shared/api/schemas';
import { apiOf } from './api';
import { SCREENSHOTS, type Session, startSession } from './harness';

let session: Session | null = null;
afterEach(async () => {
  await session?.stop();
  session = null;
});

interface MultiRow {
  code: string;
  percentAgreement: number | null;
  fleissKappa: number | null;
  alpha: number | null;
  histogram: number[];
}

function cliMulti(project: string): { coders: string[]; byCode: MultiRow[] } {
  const r = spawnSync(process.execPath, ['bin/qualia.js', 'agreement', project, '--coders', 'Ana,Bruno,Carla', '--format', 'json'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`qualia agreement failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { coders: string[]; byCode: MultiRow[] };
}

const f3 = (v: number | null) => (v === null ? '—' : v.toFixed(3));
const THEME_1 = 'Informal learning outweighs formal courses';

describe('three coders and themes from the compare view, end to end', () => {
  it('shows the CLI’s Fleiss κ among Ana, Bruno and Carla, and puts LPP into a theme', async () => {
    session = await startSession({ demo: true });
    const { page } = session;
    await page.getByTestId('doc-item').first().waitFor();

    // Carla codes like Ana in some documents and like Bruno in the others.
    const api = apiOf(session.url);
    const carla = (await api('coders.add', { name: 'Carla' })) as Coder;
    const coders = (await api('coders.list', {})) as Coder[];
    const idOf = (name: string) => coders.find((c) => c.name === name)!.id;
    const docs = (await api('documents.list', {})) as DocumentSummary[];
    let copied = 0;
    for (const [i, doc] of docs.entries()) {
      const model = idOf(i % 2 === 0 ? 'Ana' : 'Bruno');
      const excerpts = (await api('excerpts.list', { documentId: doc.id, viewerCoderId: null })) as Excerpt[];
      // Every other excerpt of her model, so she differs from both.
      for (const e of excerpts.filter((x) => x.coderId === model).filter((_, j) => j % 3 !== 2)) {
        await api('excerpts.create', { documentId: doc.id, coderId: carla.id, start: e.start, end: e.end, codes: e.codes });
        copied++;
      }
    }
    expect(copied).toBeGreaterThan(10);
    await page.reload();
    await page.getByTestId('doc-item').first().waitFor();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compare', exact: true }).click();

    await page.getByLabel('Coder A').selectOption({ label: 'Ana' });
    await page.getByLabel('Coder B').selectOption({ label: 'Bruno' });
    await page.getByRole('button', { name: '+ Add coder' }).click();
    await page.getByLabel('Coder C', { exact: true }).selectOption({ label: 'Carla' });
    await page.getByRole('button', { name: 'Compute', exact: true }).click();
    const multi = page.getByTestId('multi-table');
    await multi.waitFor();
    expect(await page.getByRole('heading', { name: 'Agreement among 3 coders' }).count()).toBe(1);
    expect(await page.getByTestId('multi-caption').innerText()).toContain('Ana, Bruno, Carla · character level');
    expect(await page.getByTestId('compare-caption').innerText()).toContain('Ana (A) vs Bruno (B)');
    expect(await page.getByTestId('multi-pair-note').innerText()).toContain('Consensus works on a pair');

    // The same figures as the command line (and the API), code by code.
    const cli = cliMulti(session.project);
    expect(cli.coders).toEqual(['Ana', 'Bruno', 'Carla']);
    const viaApi = (await api('agreement.multi', { coders: [idOf('Ana'), idOf('Bruno'), carla.id] })) as { byCode: MultiRow[] };
    expect(viaApi.byCode).toEqual(cli.byCode);
    const lpp = cli.byCode.find((r) => r.code === 'Learning > LPP')!;
    expect(lpp.fleissKappa).not.toBeNull();
    const lppRow = multi.locator('tr[data-code="Learning > LPP"]');
    expect(await lppRow.getByTestId('multi-kappa').innerText()).toBe(f3(lpp.fleissKappa));
    for (const row of cli.byCode) {
      const tr = multi.locator(`tr[data-code="${row.code}"]`);
      expect((await tr.getByTestId('multi-kappa').innerText()).split('\n')[0], row.code).toBe(f3(row.fleissKappa));
      expect((await tr.getByTestId('multi-alpha').innerText()).split('\n')[0], row.code).toBe(f3(row.alpha));
      expect(await tr.getByTestId('multi-histogram').getAttribute('title'), row.code).toContain(`3 of 3: ${row.histogram[3]!.toLocaleString('en-US')}`);
    }

    // LPP into the first demo theme, from its row of the pairwise table.
    const menu = page.getByLabel('Add Learning > LPP to a theme');
    await menu.selectOption({ label: THEME_1 });
    await expect.poll(() => page.locator('.cmp-notice').innerText()).toBe(`Added 'LPP' to '${THEME_1}'.`);
    expect(await page.getByTestId('disagreements-panel').count()).toBe(0);
    // A new theme for Community of practice, named in place.
    await page.getByLabel('Add Community of practice to a theme').selectOption({ label: 'New theme…' });
    await page.getByLabel('Name of the new theme for Community of practice').fill('Learning as taking part');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.cmp-notice').innerText()).toBe("Added 'Community of practice' to 'Learning as taking part'.");

    await page.setViewportSize({ width: 1280, height: 1300 });
    await page.locator('tr[data-code="Learning > LPP"]').first().hover();
    await page.screenshot({ path: join(SCREENSHOTS, 'compare-multi.png') });
    await page.setViewportSize({ width: 1280, height: 800 });

    // The Themes board shows LPP in that theme, and the new theme with its code.
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Themes', exact: true }).click();
    const column = page.getByTestId('theme-column').filter({ has: page.getByRole('button', { name: THEME_1, exact: true }) });
    await expect.poll(() => column.locator('.code-chip-name').allInnerTexts()).toContain('LPP');
    const created = page.getByTestId('theme-column').filter({ has: page.getByRole('button', { name: 'Learning as taking part', exact: true }) });
    await expect.poll(() => created.locator('.code-chip-name').allInnerTexts()).toEqual(['Community of practice']);
    const themes = (await api('themes.list', {})) as { name: string; codeIds: string[] }[];
    const codes = (await api('codes.list', {})) as { id: string; path: string }[];
    const lppId = codes.find((c) => c.path === 'Learning > LPP')!.id;
    expect(themes.find((t) => t.name === THEME_1)!.codeIds).toContain(lppId);
  });
});
