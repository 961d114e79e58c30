// Project tools in a real browser against the real core: map a speaker of the demo
// to nobody and back; merge a coder's copy (one new coder, one conflicting code
// definition, every document matched); split "Learning > LPP".
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { SCREENSHOTS, type Session, startSession } from './harness';

let session: Session | null = null;
afterEach(async () => {
  await session?.stop();
  session = null;
});

function qualia(args: string[]): string {
  const r = spawnSync(process.execPath, ['bin/qualia.js', ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`qualia ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

const NOBODY = '— nobody (e.g. interviewer) —';
const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `extras-${name}.png`) });
const selectedText = (page: Page, label: string) =>
  page.getByRole('region', { name: 'Speakers' }).getByLabel(label, { exact: true }).evaluate((el) => {
    const s = el as unknown as { selectedIndex: number; options: { text: string }[] };
    return s.options[s.selectedIndex]!.text;
  });

describe('project tools, end to end', () => {
  it("maps Lucía's turns to nobody and back from the document inspector", async () => {
    session = await startSession({ demo: true });
    const { page } = session;
    await page.getByTestId('doc-item').filter({ hasText: 'Interview 1 — Lucía' }).click();
    const speakers = page.getByRole('region', { name: 'Speakers' });
    await speakers.waitFor();
    expect(await speakers.innerText()).toContain("A participant's turns count for their case in matrices and theme reports; the interviewer's count for nobody.");
    await expect.poll(() => selectedText(page, 'Lucía')).toBe('Lucía');
    expect(await selectedText(page, 'Interviewer')).toBe(NOBODY);
    expect(await speakers.getByTestId('speaker-row').allInnerTexts()).toEqual([expect.stringMatching(/^Interviewer\s+10 turns/), expect.stringMatching(/^Lucía\s+10 turns/)]);

    await speakers.getByLabel('Lucía', { exact: true }).selectOption({ label: NOBODY });
    await expect.poll(() => page.getByTestId('undo-status').innerText()).toBe("Undo: map speaker 'Lucía'");
    expect(await selectedText(page, 'Lucía')).toBe(NOBODY);
    await shot(page, 'speakers');

    // Back by keyboard: the select keeps focus, the next option is Lucía's case.
    await speakers.getByLabel('Lucía', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => selectedText(page, 'Lucía')).toBe('Lucía');
    await expect.poll(() => page.getByTestId('undo-status').innerText()).toBe("Undo: map speaker 'Lucía'");
    // The server agrees: reopening the document reads the mapping back.
    await page.getByTestId('doc-item').filter({ hasText: 'Interview 2' }).click();
    await page.getByTestId('doc-item').filter({ hasText: 'Interview 1 — Lucía' }).click();
    await expect.poll(() => selectedText(page, 'Lucía')).toBe('Lucía');
  });

  it("merges a coder's copy: one coder added, documents matched, a conflict reported", async () => {
    session = await startSession({ demo: true });
    const { page, dir, project } = session;
    await page.getByTestId('doc-item').first().waitFor();
    // A coder's copy: the file as it is now (nothing edited yet), then Carla codes in it
    // and rewrites LPP's definition, which the merge must report, not take.
    const copy = join(dir, 'study-carla.qualia');
    copyFileSync(project, copy);
    expect(qualia(['check', copy])).toMatch(/ok/i);
    qualia(['coders', 'add', copy, 'Carla']);
    writeFileSync(join(dir, 'lpp.csv'), 'path,definition,colour,weight_min,weight_max\nLearning > LPP,Newcomers start at the edge.,#ff8800,,\n');
    qualia(['codebook', 'import', copy, join(dir, 'lpp.csv')]);

    // Keyboard only: the project menu, its item, the path, Enter.
    await page.getByRole('button', { name: /^Project menu: / }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu', { name: 'Project' }).waitFor();
    await shot(page, 'menu');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Merge a copy' });
    await dialog.waitFor();
    await page.keyboard.type(copy);
    await shot(page, 'merge-choose');
    await page.keyboard.press('Enter');

    const report = dialog.getByTestId('merge-report');
    await report.waitFor();
    expect(await report.getByTestId('merge-added').locator('li').allInnerTexts()).toEqual(['1 coder']);
    expect(await report.innerText()).toContain("Conflicting items kept this project's version");
    const rows = await report.getByTestId('merge-conflicts').locator('tbody tr').allInnerTexts();
    expect(rows).toEqual([expect.stringMatching(/^code\s+Learning > LPP\s+edited differently in the source/)]);
    await expect.poll(() => page.locator('.statusbar').innerText()).toContain('3 coders');
    expect(await page.locator('.statusbar').innerText()).toContain('6 documents');
    expect(await page.getByTestId('undo-status').innerText()).toBe('Undo: merge study-carla.qualia');
    await shot(page, 'merge');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /^Coder:/ }).click();
    await page.getByRole('dialog', { name: 'Coder and blind coding' }).getByRole('radio', { name: 'Carla' }).waitFor();
    await page.keyboard.press('Escape');

    // One step takes the whole merge back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('undo-status').innerText()).toMatch(/^Undid: merge study-carla\.qualia/);
    await expect.poll(() => page.locator('.statusbar').innerText()).toContain('2 coders');
  });

  it('splits Learning > LPP, moving two excerpts into a new code "Peripheral tasks"', async () => {
    session = await startSession({ demo: true });
    const { page, project } = session;
    await page.getByTestId('doc-item').first().waitFor();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Codebook', exact: true }).click();
    const tree = page.getByRole('tree', { name: 'Codebook' });
    await tree.getByRole('treeitem', { name: /^LPP/ }).click();
    await page.getByRole('button', { name: 'Split…' }).click();

    const dialog = page.getByRole('dialog', { name: "Split 'LPP'" });
    const boxes = dialog.getByRole('list', { name: 'Excerpts of LPP' }).getByRole('checkbox');
    await expect.poll(() => boxes.count()).toBe(16);
    await dialog.getByLabel('Name of the new code').fill('Peripheral tasks');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    expect(await dialog.innerText()).toContain('2 excerpts of 16 chosen');
    await shot(page, 'split');
    await dialog.getByRole('button', { name: 'Split', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    const created = tree.getByRole('treeitem', { name: /^Peripheral tasks/ });
    await expect.poll(() => created.getAttribute('aria-selected')).toBe('true');
    expect(await created.getAttribute('aria-level')).toBe('2');
    expect(await created.locator('.code-count').innerText()).toBe('2');
    expect(await tree.getByRole('treeitem', { name: /^LPP/ }).locator('.code-count').innerText()).toBe('14');
    expect(await page.getByTestId('undo-status').innerText()).toBe("Undo: split 'LPP' into 'Peripheral tasks'");
    await shot(page, 'split-done');
    // The core agrees.
    const freq = qualia(['frequencies', project]);
    expect(freq).toMatch(/^Learning > Peripheral tasks,2,/m);
    expect(freq).toMatch(/^Learning > LPP,14,/m);
  });
});
