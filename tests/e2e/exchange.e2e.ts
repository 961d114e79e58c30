// REFI-QDA export from the project menu, in a real browser against the real core:
// a wrong folder is reported in the dialog, then the demo is written as a .qdpx
// whose project.qde lists the demo's codes and whose sources hold its texts.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { readZip } from '../helpers/readZip';
import { SCREENSHOTS, type Session, startSession } from './harness';

let session: Session | null = null;
afterEach(async () => {
  await session?.stop();
  session = null;
});

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `exchange-${name}.png`) });

describe('REFI-QDA export, end to end', () => {
  it('exports the demo from the project menu and shows what went in', async () => {
    session = await startSession({ demo: true });
    const { page, dir, project } = session;
    await page.getByTestId('doc-item').first().waitFor();

    // Keyboard: open the menu, go to the export item, Enter.
    await page.getByRole('button', { name: /^Project menu: / }).focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Project' });
    await menu.waitFor();
    // Down the menu to the item, wherever other items put it.
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    for (let i = 0; i < 10 && (await focused()) !== 'Export REFI-QDA (.qdpx)…'; i++) await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Export REFI-QDA (.qdpx)…');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Export REFI-QDA' });
    await dialog.waitFor();

    // The path is offered beside the project file, and focused.
    const path = dialog.getByLabel('Save as (a .qdpx file on this computer)');
    expect(await path.inputValue()).toBe(project.replace(/\.qualia$/, '.qdpx'));
    expect(await path.evaluate((el) => el === document.activeElement)).toBe(true);

    // A folder that does not exist: the server's sentence, in the dialog.
    const wrong = join(dir, 'no-such-folder', 'study.qdpx');
    await path.fill(wrong);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('alert').innerText()).toBe(`cannot write ${wrong}: the folder does not exist`);

    // A name without the extension gets it.
    const target = join(dir, 'estudio compartido');
    await path.fill(target);
    await shot(page, 'export-choose');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const report = dialog.getByTestId('qdpx-report');
    await report.waitFor();
    expect(await report.getByTestId('qdpx-path').innerText()).toBe(`${target}.qdpx`);
    const counts = await report.getByTestId('qdpx-counts').locator('li').allInnerTexts();
    expect(counts).toEqual([
      '6 documents',
      expect.stringMatching(/^\d+ codes$/),
      expect.stringMatching(/^\d+ excerpts \(selections\) with \d+ codings$/),
      expect.stringMatching(/^\d+ memos \(notes\)$/),
      '6 cases',
      '5 descriptor fields (variables)',
      '2 themes (sets)',
      '2 coders (users)',
    ]);
    expect(await dialog.getByRole('alert').count()).toBe(0);
    await shot(page, 'export');

    // The file is there, and it is the demo: its codes by name, one text per document.
    const zip = await readZip(`${target}.qdpx`);
    const qde = zip.get('project.qde')!.toString('utf8');
    for (const code of ['LPP', 'Mentoring', 'Informal learning', 'Learning by doing', 'Formal training', 'Technology attitude']) {
      expect(qde).toContain(`name="${code}"`);
    }
    expect([...zip.keys()].filter((k) => /^sources\/[0-9a-f-]{36}\.txt$/.test(k))).toHaveLength(6);

    // Exporting changed nothing: no undo step appeared (a fresh session has none).
    expect(await page.getByTestId('undo-status').count()).toBe(0);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Project menu: /);
  });
});
