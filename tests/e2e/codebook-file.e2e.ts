// Codebook files from the Codebook view, in a real browser against the real core:
// a hand-written REFI-QDA codebook (.qdc) from another tool adds codes and a theme as
// one undo step, and the codebook exports as a .qdc that other tools can read.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { SCREENSHOTS, type Session, startSession } from './harness';

let session: Session | null = null;
afterEach(async () => {
  await session?.stop();
  session = null;
});

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `codebook-file-${name}.png`) });

// As ATLAS.ti writes them: the 0:4 namespace, upper-case GUIDs, MemberCode with guid.
const QDC = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:0:4" origin="Otra herramienta 1.0">
  <Codes>
    <Code guid="6F1C2B3A-4D5E-4F60-8A7B-9C0D1E2F3A4B" name="Aprendizaje entre pares" isCodable="true" color="#2B8A3E">
      <Description>Cuando una compañera enseña a otra en el puesto.</Description>
      <Code guid="7A2B3C4D-5E6F-4A1B-9C2D-3E4F5A6B7C8D" name="Preguntar al vecino" isCodable="true" color="#1098AD"/>
    </Code>
  </Codes>
  <Sets>
    <Set guid="8B3C4D5E-6F7A-4B2C-8D3E-4F5A6B7C8D9E" name="Aprender juntos">
      <MemberCode guid="6F1C2B3A-4D5E-4F60-8A7B-9C0D1E2F3A4B"/>
    </Set>
  </Sets>
</CodeBook>
`;

describe('codebook files, end to end', () => {
  it('imports a .qdc from another tool into the demo (undoable) and exports the codebook as .qdc', async () => {
    session = await startSession({ demo: true });
    const { page, dir } = session;
    await page.getByTestId('doc-item').first().waitFor();
    await page.getByRole('button', { name: 'Codebook', exact: true }).click();
    const tree = page.getByRole('tree', { name: 'Codebook' });
    await tree.getByRole('treeitem', { name: /^Learning/ }).first().waitFor();

    const source = join(dir, 'de otra herramienta.qdc');
    writeFileSync(source, QDC);
    await page.getByRole('toolbar', { name: 'Codebook actions' }).getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a codebook' });
    await dialog.getByLabel('Codebook file (.qdc or .csv) on this computer').fill(join(dir, 'nada.txt'));
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('alert').innerText()).toBe('nada.txt: a codebook file ends in .csv or .qdc');
    await dialog.getByLabel('Codebook file (.qdc or .csv) on this computer').fill(source);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    const report = dialog.getByTestId('codebook-file-report');
    await report.waitFor();
    const lines = await report.locator('li').allInnerTexts();
    expect(lines[0]).toBe('2 code(s) added: Aprendizaje entre pares, Aprendizaje entre pares > Preguntar al vecino');
    expect(lines).toContain('1 theme(s) added: Aprender juntos');
    await shot(page, 'import-report');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await tree.getByRole('treeitem', { name: /^Preguntar al vecino/ }).waitFor();

    // One undo step takes the whole import away.
    await page.keyboard.press('Control+z');
    await expect.poll(() => tree.getByRole('treeitem', { name: /^Aprendizaje entre pares/ }).count()).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await tree.getByRole('treeitem', { name: /^Aprendizaje entre pares/ }).waitFor();

    // Export as .qdc: the file holds the demo's codes and the imported ones.
    await page.getByRole('toolbar', { name: 'Codebook actions' }).getByRole('button', { name: 'Export…' }).click();
    const out = page.getByRole('dialog', { name: 'Export the codebook' });
    const target = join(dir, 'libro de códigos.qdc');
    await out.getByLabel('Save as (.qdc or .csv)').fill(target);
    await out.getByRole('button', { name: 'Export', exact: true }).click();
    await out.getByTestId('codebook-file-report').waitFor();
    expect(await out.getByTestId('codebook-file-report').innerText()).toMatch(/\d+ code\(s\) as a REFI-QDA codebook/);
    const xml = readFileSync(target, 'utf8');
    expect(xml).toContain('xmlns="urn:QDA-XML:codebook:1.0"');
    expect(xml).toContain('name="LPP"');
    expect(xml).toContain('name="Preguntar al vecino"');
    await shot(page, 'export-report');
  });
});
