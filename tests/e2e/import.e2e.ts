// Importing through the UI in a real browser against the real core: a UTF-8
// interview, a Windows-1252 one, captions with voice tags and a binary file in
// disguise; then a participants table that links the interviews to their cases.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SCREENSHOTS, type Session, startSession } from './harness';

let session: Session | null = null;
afterEach(async () => {
  await session?.stop();
  session = null;
});

const marta = `Interviewer: ¿Cómo aprendió el oficio cuando llegó al almacén?

Marta Núñez: Mirando a mi compañera, año tras año. Nadie leía los manuales; la señora Peña me enseñó más que cualquier curso.

Interviewer: ¿Y la formación en línea?

Marta Núñez: Poca cosa. Aprendí más en una mañana con ella que en un mes delante de la pantalla.
`;

// Only Latin-1 characters, so Buffer.from(…, 'latin1') writes exact Windows-1252 bytes.
const jose = `Interviewer: Tell me about your first week at the depot.

José: I shadowed the team lead. Everything was new: the forms, the jargon, the café downstairs.

Interviewer: Who helped you most?

José: Ramón, without a doubt. He explained the señales on the loading bay before anyone else did.
`;

const captions = `WEBVTT

00:00:01.000 --> 00:00:04.000
<v Ana>Hola, ¿empezamos con la primera pregunta?

00:00:05.000 --> 00:00:09.500
<v Luis>Sí, claro. Trabajo en el almacén desde 2019.

00:00:10.000 --> 00:00:13.000
<v Ana>¿Quién le enseñó el oficio?

00:00:13.500 --> 00:00:18.000
<v Luis>Un compañero mayor, sobre todo al principio.
`;

const participants = `participant,role,years
Marta Núñez,supervisor,12
José,new hire,1
`;

describe('import through the UI, end to end', () => {
  it('previews, imports with progress and a summary, then links cases from a participants table', async () => {
    session = await startSession({ demo: false });
    const { page, dir } = session;
    const files = {
      marta: join(dir, 'entrevista-marta.txt'),
      jose: join(dir, 'jose-legacy.txt'),
      vtt: join(dir, 'almacen.vtt'),
      binary: join(dir, 'photo.txt'),
      csv: join(dir, 'participants.csv'),
    };
    writeFileSync(files.marta, marta, 'utf8');
    writeFileSync(files.jose, Buffer.from(jose, 'latin1'));
    writeFileSync(files.vtt, captions, 'utf8');
    writeFileSync(files.binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 2, 0]));
    writeFileSync(files.csv, participants, 'utf8');

    await page.getByText('No documents in this project yet.').waitFor();
    await page.keyboard.press('Control+i');
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await dialog.waitFor();
    await dialog.getByLabel('Choose files').setInputFiles([files.marta, files.jose, files.vtt, files.binary]);

    const row = (file: string) => dialog.locator(`[data-testid="import-file"][data-file="${file}"]`);
    const importButton = dialog.getByRole('button', { name: 'Import 3 files' });
    await importButton.waitFor();
    expect(await dialog.getByTestId('import-file').count()).toBe(4);
    expect(await row('jose-legacy.txt').locator('.encoding').innerText()).toBe('windows-1252');
    expect(await row('jose-legacy.txt').locator('.chip').allInnerTexts()).toEqual(['Interviewer', 'José']);
    expect(await row('entrevista-marta.txt').locator('.encoding').innerText()).toBe('utf-8');
    expect(await row('entrevista-marta.txt').locator('.chip').allInnerTexts()).toEqual(['Interviewer', 'Marta Núñez']);
    // Four files: first lines start folded so the whole batch fits; unfold one.
    await row('entrevista-marta.txt').getByText('First lines').click();
    expect(await row('entrevista-marta.txt').locator('pre').innerText()).toContain('¿Cómo aprendió el oficio');
    expect(await row('almacen.vtt').locator('.chip').allInnerTexts()).toEqual(['Ana', 'Luis']);
    expect(await row('photo.txt').locator('.import-error').innerText()).toContain('photo.txt');
    await page.screenshot({ path: join(SCREENSHOTS, 'import-preview.png') });

    // Slow each import call down so the progress bar can be seen moving.
    await page.route('**/api/documents.import', async (route) => {
      await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    await importButton.click();
    const progress = dialog.getByTestId('import-progress');
    await expect.poll(() => progress.innerText()).toContain('Imported 1 of 3 files');
    expect(await progress.getByRole('progressbar').getAttribute('max')).toBe('3');

    const summary = dialog.getByTestId('import-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Imported 3 documents.');
    const imported = await summary.getByRole('region', { name: 'Imported', exact: true }).innerText();
    for (const name of ['entrevista-marta', 'jose-legacy', 'almacen']) expect(imported).toContain(name);
    expect(await summary.getByRole('region', { name: 'Not imported' }).innerText()).toContain('photo.txt');
    await page.screenshot({ path: join(SCREENSHOTS, 'import-result.png') });

    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    const items = page.getByTestId('doc-item');
    await expect.poll(() => items.count()).toBe(3);
    await expect.poll(() => page.locator('.statusbar').innerText()).toContain('3 documents');
    await items.filter({ hasText: 'jose-legacy' }).click();
    const reader = page.getByTestId('reader');
    await expect.poll(() => reader.innerText()).toContain('the café downstairs');
    expect(await reader.innerText()).toContain('señales');

    // Participants: a dry run shows the links, Apply makes them.
    await page.getByRole('button', { name: 'Import…' }).click();
    await dialog.getByRole('tab', { name: 'Participants' }).click();
    await dialog.getByLabel('Choose a participants CSV').setInputFiles(files.csv);
    const report = dialog.getByTestId('participants-report');
    await report.waitFor();
    const links = report.getByRole('region', { name: 'Linked documents' });
    await expect.poll(() => links.innerText()).toContain('entrevista-marta → Marta Núñez');
    expect(await links.innerText()).toContain('jose-legacy → José');
    expect(await report.getByRole('region', { name: 'Fields' }).innerText()).toMatch(/years\s+new\s+number/);
    await page.screenshot({ path: join(SCREENSHOTS, 'import-participants.png') });
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => report.innerText()).toContain('Saved: 2 cases created');
    await dialog.getByRole('button', { name: 'Done' }).click();

    await expect.poll(() => items.filter({ hasText: 'entrevista-marta' }).innerText()).toContain('Marta Núñez');
    // The open document's inspector offers the new cases and shows its own.
    const caseSelect = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Case');
    await expect.poll(() => caseSelect.locator('option:checked').innerText()).toBe('José');
    expect(await page.locator('.reader-header h2').innerText()).toBe('jose-legacy — José (new hire, years 1)');
    await page.screenshot({ path: join(SCREENSHOTS, 'import-linked.png') });
  });
});
