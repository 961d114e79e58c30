// Backups in a real browser against the real core: back up now from the project
// menu, rename a document, restore the backup (after confirming), and the rename is
// gone — in the window, which reloads, and in the file on disk.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { SCREENSHOTS, type Session, startSession } from './harness';

let session: Session | null = null;
afterEach(async () => {
  await session?.stop();
  session = null;
});

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `backups-${name}.png`) });

function documentsOnDisk(project: string, configDir: string): string {
  const r = spawnSync(process.execPath, ['bin/qualia.js', 'documents', project], { encoding: 'utf8', env: { ...process.env, QUALIA_CONFIG_DIR: configDir } });
  if (r.status !== 0) throw new Error(`qualia documents failed: ${r.stderr}`);
  return r.stdout;
}

async function openBackups(page: Page) {
  await page.getByRole('button', { name: /^Project menu: / }).click();
  await page.getByRole('menuitem', { name: 'Backups…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  await dialog.waitFor();
  return dialog;
}

describe('backups, end to end', () => {
  it('backs up now, and restoring that backup takes a later rename away', async () => {
    session = await startSession({ demo: true });
    const { page, project, dir } = session;
    const config = join(dir, 'config');
    await page.getByTestId('doc-item').first().waitFor();

    let dialog = await openBackups(page);
    expect(await dialog.getByTestId('backups-folder').innerText()).toBe(join(dir, 'demo.backups'));
    await dialog.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => dialog.getByTestId('backups-status').innerText()).toMatch(/^Backed up: demo-.*-manual\.qualia$/);
    const manual = dialog.getByTestId('backup-row').filter({ hasText: 'by hand' });
    await expect.poll(() => manual.count()).toBe(1);
    await shot(page, 'list');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });

    // An edit after the backup: rename the first interview.
    await page.getByTestId('doc-item').filter({ hasText: 'Interview 1 — Lucía' }).click();
    const name = page.getByRole('textbox', { name: 'Name' });
    await name.fill('Renamed after the backup');
    await name.press('Enter');
    await page.getByTestId('doc-item').filter({ hasText: 'Renamed after the backup' }).waitFor();
    expect(documentsOnDisk(project, config)).toContain('Renamed after the backup');

    dialog = await openBackups(page);
    await dialog.getByTestId('backup-row').filter({ hasText: 'by hand' }).getByRole('button', { name: /^Restore the backup from / }).click();
    const confirm = dialog.getByTestId('backups-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('The project will be replaced by this copy');
    await shot(page, 'confirm');
    await confirm.getByRole('button', { name: 'Restore', exact: true }).click();

    // The window reloads onto the restored project: the rename is gone.
    await page.getByTestId('doc-item').filter({ hasText: 'Interview 1 — Lucía' }).waitFor();
    expect(await page.getByTestId('doc-item').filter({ hasText: 'Renamed after the backup' }).count()).toBe(0);
    const onDisk = documentsOnDisk(project, config);
    expect(onDisk).toContain('Interview 1 — Lucía');
    expect(onDisk).not.toContain('Renamed after the backup');

    // The state the restore replaced is itself a backup, listed with the others.
    dialog = await openBackups(page);
    await expect.poll(() => dialog.getByTestId('backup-row').filter({ hasText: 'before a restore' }).count()).toBe(1);
    await shot(page, 'restored');
  });
});
