// Inter-coder agreement in a real browser against the real core: the demo's two
// coders give the same κ in the Compare view as `qualia agreement`; three of their
// disagreements on LPP are resolved with the keyboard and the decision bar, and the
// consensus layer holds the result while the coders' own codings stay as they were.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Disagreement, Excerpt } from '../../shared/api/schemas';
import { apiOf } from './api';
import { SCREENSHOTS, type Session, startSession } from './harness';

let session: Session | null = null;
afterEach(async () => {
  await session?.stop();
  session = null;
});

interface Span {
  start: number;
  end: number;
}

interface CliRow {
  code: string;
  percentAgreement: number | null;
  kappa: number | null;
  alpha: number | null;
}

function cliAgreement(project: string): { byCode: CliRow[]; overall: { pooledKappa: number | null } } {
  const r = spawnSync(process.execPath, ['bin/qualia.js', 'agreement', project, '--coders', 'Ana,Bruno', '--format', 'json'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`qualia agreement failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { byCode: CliRow[]; overall: { pooledKappa: number | null } };
}

const f3 = (v: number | null) => (v === null ? '—' : v.toFixed(3));

describe('compare and consensus, end to end', () => {
  it('shows the CLI’s figures, resolves three disagreements into the consensus layer, and writes the methods', async () => {
    session = await startSession({ demo: true });
    const { page } = session;
    await page.getByTestId('doc-item').first().waitFor();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compare', exact: true }).click();

    await page.getByLabel('Coder A').selectOption({ label: 'Ana' });
    await page.getByLabel('Coder B').selectOption({ label: 'Bruno' });
    await page.getByLabel('Unit', { exact: true }).selectOption('character');
    await page.getByRole('button', { name: 'Compute', exact: true }).click();
    await expect.poll(() => page.getByTestId('compare-caption').innerText()).toContain('Ana (A) vs Bruno (B)');

    // The same numbers as the command line, code by code.
    const cli = cliAgreement(session.project);
    const mentoring = page.locator('tr[data-code="Learning > Mentoring"]');
    const cliMentoring = cli.byCode.find((r) => r.code === 'Learning > Mentoring')!;
    expect(await mentoring.getByTestId('cell-kappa').innerText()).toBe(f3(cliMentoring.kappa));
    expect(cliMentoring.kappa).not.toBeNull();
    for (const row of cli.byCode) {
      const tr = page.locator(`tr[data-code="${row.code}"]`);
      expect(await tr.getByTestId('cell-kappa').innerText(), row.code).toBe(f3(row.kappa));
      expect(await tr.getByTestId('cell-alpha').innerText(), row.code).toBe(f3(row.alpha));
    }
    expect(await page.getByTestId('overall-kappa').innerText()).toBe(f3(cli.overall.pooledKappa));
    await page.screenshot({ path: join(SCREENSHOTS, 'compare-table.png'), fullPage: true });

    // Disagreements on LPP: accept A and accept B with the keys, union with the decision bar.
    await page.locator('tr[data-code="Learning > LPP"]').click();
    const panel = page.getByTestId('disagreements-panel');
    const items = panel.getByTestId('disagreement-item');
    await items.first().waitFor();
    const total = await items.count();
    expect(total).toBeGreaterThanOrEqual(3);
    await panel.getByTestId('side-a').locator('.cmp-passage').waitFor();
    // (A string expression: this file is type-checked without the DOM library.)
    await expect.poll(() => page.evaluate('document.activeElement?.dataset.testid')).toBe('disagreements-panel');

    await page.keyboard.press('1');
    await expect.poll(() => items.nth(0).getAttribute('data-decided')).toBe('accept_a');
    await expect.poll(() => items.nth(1).getAttribute('aria-current')).toBe('true');
    await page.keyboard.press('n');
    await page.keyboard.type('Bruno codes the outcome, not the participation');
    await page.keyboard.press('Escape');
    await page.keyboard.press('b');
    await expect.poll(() => items.nth(1).getAttribute('data-decided')).toBe('accept_b');
    await expect.poll(() => items.nth(2).getAttribute('aria-current')).toBe('true');
    await panel.getByTestId('decision-bar').getByRole('button', { name: /Union/ }).click();
    await expect.poll(() => items.nth(2).getAttribute('data-decided')).toBe('union');

    expect(await panel.getByTestId('disagreement-summary').innerText()).toBe(`${total} stretches · 3 decided`);
    for (let i = 0; i < 3; i++) expect(await items.nth(i).getByTestId('decision-status').innerText()).toMatch(/^✓ (Accept A|Accept B|Union) · Ana · /);
    expect(await page.getByRole('button', { name: 'Undo consensus: accept both' }).count()).toBe(1);

    // Back on the union: the consensus layer codes the whole stretch.
    await panel.focus();
    await page.keyboard.press('k');
    await expect.poll(() => items.nth(2).getAttribute('aria-current')).toBe('true');
    await expect.poll(() => panel.getByTestId('consensus-status').innerText()).toMatch(/^Union by Ana, /);
    // Ana's stretch is striped in her column; Bruno's column has no stripe there.
    await expect.poll(() => panel.getByTestId('side-a').locator('.cmp-stripe').count()).toBeGreaterThan(0);
    expect(await panel.getByTestId('side-b').locator('.cmp-stripe').count()).toBe(0);
    const stretchText = await panel.locator('.cmp-stretch-text').innerText();
    expect(await panel.getByTestId('consensus-mark').allInnerTexts()).toEqual([stretchText]);
    await page.screenshot({ path: join(SCREENSHOTS, 'compare-consensus.png') });

    // The consensus layer through the API: three decisions, one consensus coding each where one was kept.
    const api = apiOf(session.url);
    const coders = (await api('coders.list', {})) as { id: string; name: string; kind: string }[];
    const coderId = (name: string) => coders.find((c) => c.name === name)!.id;
    const consensus = coders.find((c) => c.kind === 'consensus')!;
    const lpp = ((await api('codes.list', {})) as { id: string; path: string }[]).find((c) => c.path === 'Learning > LPP')!;
    const list = (await api('consensus.disagreements', { coderA: coderId('Ana'), coderB: coderId('Bruno'), codeId: lpp.id })) as Disagreement[];
    const decided = list.filter((d) => d.decision);
    const codings: Span[][] = [];
    for (const d of decided) {
      const excerpts = (await api('excerpts.list', { documentId: d.documentId, viewerCoderId: null })) as Excerpt[];
      codings.push(
        excerpts
          .filter((e) => e.coderId === consensus.id && e.codes.some((c) => c.codeId === lpp.id) && e.start >= d.start && e.end <= d.end)
          .map((e) => ({ start: e.start, end: e.end })),
      );
    }
    const layer = { consensusName: consensus.name, decided, codings };
    expect(layer.consensusName).toBe('Consensus');
    expect(layer.decided.map((d) => d.decision?.outcome)).toEqual(['accept_a', 'accept_b', 'union']);
    expect(layer.decided[1]!.decision?.note).toBe('Bruno codes the outcome, not the participation');
    expect(layer.codings[0]).toEqual(layer.decided[0]!.a);
    expect(layer.codings[1]).toEqual(layer.decided[1]!.b);
    expect(layer.codings[2]).toEqual([{ start: layer.decided[2]!.start, end: layer.decided[2]!.end }]);

    // The originals are untouched: agreement recomputed from them is what it was.
    expect(cliAgreement(session.project).byCode).toEqual(cli.byCode);

    // The methods summary reports the figures and how the disagreements were resolved.
    await page.getByRole('button', { name: 'Methods summary' }).click();
    const methods = page.getByLabel('Methods summary text');
    await expect.poll(() => methods.inputValue()).toContain('Ana and Bruno coded 6 documents independently');
    const text = await methods.inputValue();
    expect(text).toContain(`Learning > Mentoring: κ = ${f3(cliMentoring.kappa)}`);
    expect(text).toContain('(3 decisions)');
    await page.getByTestId('methods-panel').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'compare-methods.png') });
  });
});
