// REFI-QDA import in a real browser against the real core: the demo exported as
// a .qdpx by the CLI comes back through "Import REFI-QDA project (.qdpx)…" as a
// new project, which opens with the report on top; a missing file and an existing
// target are reported in the dialog.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { SCREENSHOTS, type Session, startSession } from './harness';

let session: Session | null = null;
afterEach(async () => {
  await session?.stop();
  session = null;
});

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `exchange-import-${name}.png`) });

describe('REFI-QDA import, end to end', () => {
  it('imports an exported .qdpx from the project menu as a new project and shows the report', async () => {
    session = await startSession({ demo: true });
    const { page, dir, project } = session;
    await page.getByTestId('doc-item').first().waitFor();
    // The open project is locked by the server: export a copy of it (made by `qualia demo`, nothing unsaved).
    const copy = join(dir, 'demo-copy.qualia');
    copyFileSync(project, copy);
    const qdpx = join(dir, 'demo export.qdpx');
    const exported = spawnSync(process.execPath, ['bin/qualia.js', 'qdpx', 'export', copy, qdpx], { encoding: 'utf8' });
    expect(exported.stderr).toBe('');

    await page.getByRole('button', { name: /^Project menu: / }).click();
    await page.getByRole('menuitem', { name: 'Import REFI-QDA project (.qdpx)…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import REFI-QDA project' });
    await dialog.waitFor();
    const from = dialog.getByLabel('REFI-QDA file (.qdpx) on this computer');
    const to = dialog.getByLabel('New project file (.qualia)');

    // A file that is not there, then a target that already exists: the server's sentences, in the dialog.
    await from.fill(join(dir, 'nope.qdpx'));
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('alert').innerText()).toBe(`${join(dir, 'nope.qdpx')}: no such file`);
    await from.fill(qdpx);
    await to.fill(project);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('alert').innerText()).toContain('already exists; an import always creates a new project');

    // Left empty, the new project goes beside the .qdpx.
    await to.fill('');
    expect(await to.getAttribute('placeholder')).toBe(join(dir, 'demo export.qualia'));
    await shot(page, 'choose');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();

    const report = page.getByTestId('qdpx-import-report');
    await report.waitFor();
    expect(await page.getByRole('dialog', { name: 'Imported demo export.qdpx' }).isVisible()).toBe(true);
    expect(await report.innerText()).toContain(`saved as ${join(dir, 'demo export.qualia')}`);
    const counts = await report.getByTestId('qdpx-import-counts').locator('li').allInnerTexts();
    expect(counts).toEqual(expect.arrayContaining(['6 documents', '6 cases', expect.stringMatching(/^\d+ codes$/), expect.stringMatching(/^\d+ excerpts$/)]));
    // Qualia writes code points; every coding lands between words.
    expect(await report.getByTestId('qdpx-import-positions').innerText()).toContain('code points');
    const rows = await report.getByTestId('qdpx-import-sources').locator('tbody tr').allInnerTexts();
    expect(rows.length).toBe(6);
    for (const row of rows) {
      const [, placed, total, aligned] = /\t(\d+) of (\d+)\t(\d+)$/.exec(row) ?? [];
      expect(placed).toBe(total);
      expect(aligned).toBe(total);
    }
    await shot(page, 'report');

    await page.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => page.getByTestId('qdpx-import-report').count()).toBe(0);
    // The new project is the open one, with the demo's documents.
    expect(await page.getByRole('button', { name: /^Project menu: / }).getAttribute('title')).toBe(join(dir, 'demo export.qualia'));
    await expect.poll(() => page.getByTestId('doc-item').count()).toBe(6);
    expect(existsSync(join(dir, 'demo export.qualia'))).toBe(true);
  });
});
