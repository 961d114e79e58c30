// The coding workspace in a real browser: code a passage of the demo with two codes
// (one weighted), undo and redo it, write a memo, code blind as two people, search
// an accented word without its accent and auto-code the hits.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { apiOf } from './api';
import { SCREENSHOTS, type Session, startSession } from './harness';

let session: Session | null = null;
afterEach(async () => {
  await session?.stop();
  session = null;
});

const PASSAGE = 'I watched her prepare the files and she explained why she did each step';

// Runs in the page (as a string: this file is type-checked without the DOM library).
const SELECT_PHRASE = `(phrase) => {
  const reader = document.querySelector('[data-testid="reader"]');
  for (const piece of reader.querySelectorAll('[data-start]')) {
    const node = piece.firstChild;
    const at = node ? node.textContent.indexOf(phrase) : -1;
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + phrase.length);
    const selection = document.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    const box = [...range.getClientRects()].at(-1);
    piece.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: box.right, clientY: box.bottom }));
    return true;
  }
  return false;
}`;

/** Select `phrase` in the reader with a DOM range and release the mouse where it ends. */
async function selectPhrase(page: Page, phrase: string): Promise<void> {
  expect(await page.evaluate(`(${SELECT_PHRASE})(${JSON.stringify(phrase)})`)).toBe(true);
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `coding-${name}.png`) });
const titles = async (page: Page) => Promise.all((await page.getByTestId('stripe').all()).map(async (s) => (await s.getAttribute('title')) ?? ''));
/** The coders whose stripes are shown (a stripe's title ends "— Ana", maybe followed by "· has a memo"). */
const codersShown = async (page: Page) => [...new Set((await titles(page)).map((t) => /— (\S+)/.exec(t)?.[1]))].sort();

describe('coding workspace, end to end', () => {
  it('codes, undoes, memos, codes blind, searches and auto-codes', async () => {
    session = await startSession({ demo: true });
    const { page } = session;
    await page.getByTestId('doc-item').first().click();
    const reader = page.getByTestId('reader');
    await expect.poll(() => reader.innerText()).toContain(PASSAGE);
    await expect.poll(() => page.getByTestId('active-coder').innerText()).toBe('Ana');
    // The demo's own codings by both coders are already striped.
    await expect.poll(() => codersShown(page)).toEqual(['Ana', 'Bruno']);

    // Select a passage: the picker opens by it; tick two codes, weight one of them.
    await selectPhrase(page, PASSAGE);
    const picker = page.getByRole('dialog', { name: 'Apply codes' });
    await picker.waitFor();
    await picker.getByRole('checkbox', { name: 'Learning > Mentoring' }).check();
    await picker.getByRole('checkbox', { name: 'Technology attitude' }).check();
    await picker.getByRole('combobox', { name: 'Weight for Technology attitude' }).selectOption({ label: '+1 supportive' });
    await shot(page, 'picker');
    await picker.getByRole('button', { name: 'Apply 2 codes' }).click();
    await picker.waitFor({ state: 'detached' });

    const mine = page.locator('.stripe.selected');
    await expect.poll(() => mine.count()).toBe(2);
    const excerptId = await mine.first().getAttribute('data-excerpt');
    const ours = page.locator(`[data-testid="stripe"][data-excerpt="${excerptId}"]`);
    expect(await ours.first().getAttribute('title')).toBe('Mentoring, Technology attitude (+1 supportive) — Ana');
    const status = page.locator('.statusbar');
    await expect.poll(() => status.innerText()).toContain("Undo: apply 'Mentoring', 'Technology attitude' to 14 words");
    await shot(page, 'applied');

    // Undo with Ctrl+Z: the stripes go and the status bar says what was undone; redo brings them back.
    await reader.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => ours.count()).toBe(0);
    await expect.poll(() => status.innerText()).toContain("Undid: apply 'Mentoring', 'Technology attitude' to 14 words");
    await shot(page, 'undone');
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => ours.count()).toBe(2);
    await expect.poll(() => status.innerText()).toContain('Redid:');

    // A memo on the excerpt, chosen by clicking its stripe.
    await ours.first().click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByLabel('Memo', { exact: true }).fill('Learning by watching, and a positive view of e-learning.');
    await inspector.getByRole('button', { name: 'Save memo' }).click();
    await expect.poll(() => status.innerText()).toContain('Undo: edit excerpt memo');
    await expect.poll(() => ours.first().getAttribute('title')).toContain('has a memo');
    await shot(page, 'memo');

    // Blind mode, switched on by Ana (who becomes owner): Bruno's stripes disappear.
    await page.getByRole('button', { name: /^Coder:/ }).click();
    const menu = page.getByRole('dialog', { name: 'Coder and blind coding' });
    await menu.getByRole('checkbox', { name: /Blind mode/ }).click();
    await expect.poll(() => page.getByTestId('blind-state').innerText()).toContain('blind');
    await expect.poll(() => codersShown(page)).toEqual(['Ana']);
    await shot(page, 'blind-ana');
    // As Bruno: only Bruno's work, Ana's (including the new excerpt) hidden.
    await menu.getByRole('radio', { name: 'Bruno' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('active-coder').innerText()).toBe('Bruno');
    await expect.poll(() => codersShown(page)).toEqual(['Bruno']);
    expect(await ours.count()).toBe(0);
    await shot(page, 'blind-bruno');

    // Search without the accent (Ctrl+F): hits show "tecnología".
    await page.keyboard.press('Control+f');
    await page.keyboard.type('tecnologia');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Search' });
    const hits = panel.getByTestId('search-hit');
    await expect.poll(() => hits.count()).toBeGreaterThan(0);
    const matches = await hits.locator('mark').allInnerTexts();
    expect(matches.every((m) => m.toLowerCase().startsWith('tecnolog'))).toBe(true);
    expect(matches).toContain('tecnología');
    // A click opens the hit's document and highlights it in the reader.
    await hits.last().click();
    await expect.poll(() => reader.locator('.mark-hit').innerText()).toMatch(/tecnolog/i);
    await shot(page, 'search');

    // Auto-code every hit, grown to its sentence: preview first, then apply.
    const auto = panel.getByRole('region', { name: 'Auto-code the hits' });
    await auto.getByRole('combobox', { name: 'Code' }).selectOption({ label: 'Technology attitude' });
    await auto.getByRole('button', { name: 'Preview', exact: true }).click();
    const passages = auto.getByRole('list', { name: 'Passages to code' }).getByRole('listitem');
    await expect.poll(() => passages.count()).toBeGreaterThan(0);
    const n = await passages.count();
    await auto.getByRole('button', { name: `Apply to ${n} passage${n === 1 ? '' : 's'}` }).click();
    await expect.poll(() => auto.getByRole('status').innerText()).toBe(`Created ${n} excerpt${n === 1 ? '' : 's'} — one step to undo.`);
    await expect.poll(() => status.innerText()).toContain(`Undo: auto-code 'Technology attitude' on ${n} passage`);
    await shot(page, 'autocode');
  });

  it('edits the codebook: weight scale labels, a new sub-code, delete with its impact', async () => {
    session = await startSession({ demo: true });
    const { page } = session;
    await page.getByTestId('doc-item').first().waitFor();
    await page.getByRole('button', { name: 'Codebook', exact: true }).click();
    const tree = page.getByRole('tree', { name: 'Codebook' });
    await tree.getByRole('treeitem', { name: /Technology attitude/ }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Label for +2' }).inputValue()).toBe('highly supportive');

    await page.getByRole('button', { name: 'New sub-code' }).click();
    await page.getByRole('textbox', { name: 'New code' }).fill('Sceptical of e-learning');
    await page.keyboard.press('Enter');
    await expect.poll(() => tree.getByRole('treeitem', { name: /Sceptical of e-learning/ }).getAttribute('aria-level')).toBe('2');
    await shot(page, 'codebook');

    await tree.getByRole('treeitem', { name: /^Learning/ }).first().click();
    await page.keyboard.press('Delete');
    const dialog = page.getByRole('alertdialog', { name: 'Delete code' });
    await expect.poll(() => dialog.innerText()).toMatch(/Delete 'Learning'\? \d+ excerpts and 5 sub-codes will be removed\./);
    await shot(page, 'codebook-delete');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('keeps a 500-page transcript windowed and jumps deep into it', async () => {
    session = await startSession({ demo: true });
    const { page } = session;
    // About 250,000 words in 2,000 speaker turns; one unusual word three quarters of the way in.
    const sentence = 'We talked about the routes, the trucks and the new scanners at the depot today. ';
    const turns = Array.from({ length: 2000 }, (_, i) =>
      `${i % 2 ? 'Marta' : 'Interviewer'}: ${i === 1500 ? 'The zanahoria incident changed everything. ' : ''}${sentence.repeat(8)}Turn ${i}.`,
    );
    // Through the running app's API: `qualia import` is refused while `qualia serve` has the project open.
    const data = Buffer.from(turns.join('\n\n'), 'utf8').toString('base64');
    await apiOf(session.url)('documents.import', { files: [{ fileName: 'Long interview.txt', data }] });
    // The token is kept for the tab, so a reload shows the new document.
    await page.reload();
    await page.getByTestId('doc-item').filter({ hasText: 'Long interview' }).click();
    const reader = page.getByTestId('reader');
    await expect.poll(() => reader.innerText()).toContain('Turn 0.');
    const rendered = await reader.locator('.turn').count();
    expect(rendered).toBeLessThan(60);

    await page.keyboard.press('Control+f');
    await page.keyboard.type('zanahoria');
    await page.keyboard.press('Enter');
    await page.getByTestId('search-hit').first().click();
    const hit = reader.locator('.mark-hit');
    await expect.poll(() => hit.count()).toBe(1);
    const box = await hit.boundingBox();
    const pane = await reader.boundingBox();
    expect(box && pane && box.y > pane.y && box.y < pane.y + pane.height).toBe(true);
    expect(await reader.locator('.turn').count()).toBeLessThan(60);
    await shot(page, 'long');
  });
});
