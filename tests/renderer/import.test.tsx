// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/envelope';
import { luciaText } from './fakeClient';
import { base64ToBytes } from './fakeImport';
import {
  binaryFile,
  choose,
  chips,
  fileOf,
  importButton,
  joseLegacyFile,
  martaFile,
  martaText,
  openImport,
  previewRow,
  utf8,
  vttFile,
} from './importFixtures';

const followUpText = `Interviewer: Anything to add?

Lucía: Only that Rocío deserves a raise.

Interviewer: Why?

Lucía: She trained all of us.
`;

describe('import dialog', () => {
  it('opens from the sidebar and with Ctrl+I, takes focus, and closes with Escape', async () => {
    const { user, dialog } = await openImport();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.contains(document.activeElement)).toBe(true);
    const input = within(dialog).getByLabelText('Choose files') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.multiple).toBe(true);
    expect(input.accept).toBe('.txt,.md,.docx,.vtt,.srt');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    // Focus goes back to where it was.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Import…' }));

    await user.keyboard('{Control>}i{/Control}');
    const again = screen.getByRole('dialog', { name: 'Import' });
    // Tab cycles inside the dialog.
    for (let i = 0; i < 8; i++) {
      await user.tab();
      expect(again.contains(document.activeElement)).toBe(true);
    }
  });

  it('accepts files dropped on the drop zone', async () => {
    const { dialog } = await openImport();
    const zone = within(dialog).getByTestId('drop-zone');
    fireEvent.dragOver(zone, { dataTransfer: { files: [], dropEffect: 'none' } });
    expect(zone.className).toContain('over');
    fireEvent.drop(zone, { dataTransfer: { files: [martaFile(), vttFile()] } });
    await waitFor(() => expect(within(dialog).getAllByTestId('import-file')).toHaveLength(2));
    await waitFor(() => expect(chips(previewRow(dialog, 'almacen.vtt'))).toEqual(['Ana', 'Luis']));
    // The main action takes focus once the preview is ready.
    await waitFor(() => expect(document.activeElement).toBe(importButton(dialog)));
  });

  it('previews each file: detected encoding, speakers and first lines', async () => {
    const app = await openImport();
    await choose(app, [martaFile(), joseLegacyFile(), vttFile()]);
    const { dialog, client } = app;

    const marta = previewRow(dialog, 'marta.txt');
    expect(marta.textContent).toContain('utf-8');
    expect(chips(marta)).toEqual(['Interviewer', 'Marta Núñez']);
    expect(marta.querySelector('pre')!.textContent).toContain('¿Cómo aprendió el oficio?');
    expect((within(marta).getByLabelText('Document name for marta.txt') as HTMLInputElement).value).toBe('marta');

    const jose = previewRow(dialog, 'jose-1252.txt');
    expect(jose.querySelector('.encoding')!.textContent).toBe('windows-1252');
    expect(jose.textContent).toMatch(/not UTF-8/);
    expect(chips(jose)).toEqual(['Interviewer', 'José']);
    expect(jose.querySelector('pre')!.textContent).toContain('the café downstairs');

    expect(chips(previewRow(dialog, 'almacen.vtt'))).toEqual(['Ana', 'Luis']);

    // One preview call per file, so a bad file cannot hide the others.
    const calls = client.callsTo('import.preview') as { files: { fileName: string }[] }[];
    expect(calls.map((c) => c.files.map((f) => f.fileName))).toEqual([['marta.txt'], ['jose-1252.txt'], ['almacen.vtt']]);
    // The bytes travel untouched.
    expect(new TextDecoder().decode(base64ToBytes((calls[0]!.files[0] as unknown as { data: string }).data))).toBe(martaText);
    expect(importButton(dialog).textContent).toBe('Import 3 files');
  });

  it('shows a file that cannot be read with its error and leaves it out', async () => {
    const app = await openImport();
    await choose(app, [martaFile(), binaryFile()]);
    const { dialog, user, client } = app;
    const bad = previewRow(dialog, 'photo.txt');
    expect(bad.querySelector('.import-error')!.textContent).toMatch(/photo\.txt/);
    expect((within(bad).getByLabelText('Document name for photo.txt') as HTMLInputElement).disabled).toBe(true);
    expect(importButton(dialog).textContent).toBe('Import 1 file');

    await user.click(importButton(dialog));
    const summary = await within(dialog).findByTestId('import-summary');
    expect((client.callsTo('documents.import') as { files: { fileName: string }[] }[]).map((c) => c.files[0]!.fileName)).toEqual(['marta.txt']);
    expect(within(summary).getByRole('region', { name: 'Imported' }).textContent).toContain('marta');
    expect(within(summary).getByRole('region', { name: 'Not imported' }).textContent).toContain('photo.txt');
  });

  it('imports one file per call with progress, and Cancel stops after the current file', async () => {
    const app = await openImport();
    const { client, dialog, user } = app;
    const gates: (() => void)[] = [];
    client.handle('documents.import', async (input, next) => {
      await new Promise<void>((release) => gates.push(release));
      return next(input);
    });
    await choose(app, [martaFile(), joseLegacyFile(), vttFile()]);
    await user.click(importButton(dialog));

    const progress = await within(dialog).findByTestId('import-progress');
    await waitFor(() => expect(gates).toHaveLength(1));
    expect(progress.textContent).toContain('Imported 0 of 3 files');
    expect(progress.textContent).toContain('Now: marta.txt');
    gates[0]!();
    await waitFor(() => expect(gates).toHaveLength(2));
    expect(progress.textContent).toContain('Imported 1 of 3 files');
    expect(within(progress).getByRole('progressbar').getAttribute('value')).toBe('1');

    // Escape while importing asks to stop rather than closing the dialog.
    await user.keyboard('{Escape}');
    expect(progress.textContent).toContain('Stopping after the current file');
    expect(screen.getByRole('dialog')).toBeTruthy();
    gates[1]!();

    const summary = await within(dialog).findByTestId('import-summary');
    expect(client.callsTo('documents.import')).toHaveLength(2);
    expect(gates).toHaveLength(2);
    expect(summary.textContent).toContain('Imported 2 documents. Cancelled: 1 file not started.');
    expect(within(summary).getByRole('region', { name: 'Cancelled before starting' }).textContent).toContain('almacen.vtt');
  });

  it('warns about duplicates, lists imported and skipped files, and Done refreshes the project', async () => {
    const app = await openImport();
    const { client, dialog, user } = app;
    const lucia = fileOf('lucia-copy.txt', utf8(luciaText));
    const followUp = fileOf('follow-up.txt', utf8(followUpText));
    await choose(app, [lucia, followUp]);

    const dup = previewRow(dialog, 'lucia-copy.txt');
    expect(dup.textContent).toContain('Same content as document “Interview 1” — will be skipped.');
    expect(importButton(dialog).textContent).toBe('Import 1 file');
    expect(dialog.querySelector('.footer-note')!.textContent).toBe('1 duplicate skipped');

    const name = within(previewRow(dialog, 'follow-up.txt')).getByLabelText('Document name for follow-up.txt');
    await user.clear(name);
    await user.type(name, 'Interview 1b');
    await user.click(importButton(dialog));

    const summary = await within(dialog).findByTestId('import-summary');
    expect(client.callsTo('documents.import')).toEqual([{ files: [expect.objectContaining({ fileName: 'follow-up.txt', documentName: 'Interview 1b' })] }]);
    const imported = within(summary).getByRole('region', { name: 'Imported' });
    // Linked to the case whose name is its one known speaker.
    expect([...imported.querySelectorAll('tbody td, tbody th')].map((c) => c.textContent)).toEqual(['Interview 1b', String([...followUpText].length), 'Interviewer, Lucía', 'Lucía']);
    expect(within(summary).getByRole('region', { name: 'Skipped' }).textContent).toContain('lucia-copy.txt — same content as document "Interview 1"');

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(screen.getAllByTestId('doc-item')).toHaveLength(3));
    expect(screen.getAllByTestId('doc-item')[2]!.textContent).toContain('Interview 1b');
    await waitFor(() => expect(screen.getByRole('contentinfo').textContent).toContain('3 documents'));
  });

  it('imports a duplicate when asked to', async () => {
    const app = await openImport();
    const { client, dialog, user } = app;
    await choose(app, [fileOf('lucia-copy.txt', utf8(luciaText))]);
    expect(importButton(dialog).textContent).toBe('Import 0 files');
    expect((importButton(dialog) as HTMLButtonElement).disabled).toBe(true);
    await user.click(within(previewRow(dialog, 'lucia-copy.txt')).getByLabelText('Import anyway'));
    expect(previewRow(dialog, 'lucia-copy.txt').textContent).toContain('will be imported again');
    await user.click(importButton(dialog));
    await within(dialog).findByTestId('import-summary');
    expect(client.callsTo('documents.import')).toEqual([expect.objectContaining({ allowDuplicates: true })]);
  });

  it('re-reads the batch with a chosen encoding and speaker pattern', async () => {
    const app = await openImport();
    const { client, dialog, user } = app;
    await choose(app, [joseLegacyFile()]);

    await user.selectOptions(within(dialog).getByLabelText('Encoding'), 'UTF-8');
    expect(dialog.textContent).toContain('Settings changed');
    await user.click(within(dialog).getByRole('button', { name: 'Re-read' }));
    await waitFor(() => expect(previewRow(dialog, 'jose-1252.txt').querySelector('.import-error')).toBeTruthy());
    expect(client.callsTo('import.preview').at(-1)).toMatchObject({ encoding: 'utf-8' });
    expect(importButton(dialog).textContent).toBe('Import 0 files');

    const pattern = within(dialog).getByLabelText('Speaker pattern');
    await user.type(pattern, '^(\\w+');
    await user.click(within(dialog).getByRole('button', { name: 'Re-read' }));
    expect(within(dialog).getByText(/^Not a valid pattern/)).toBeTruthy();
    expect(pattern.getAttribute('aria-invalid')).toBe('true');
    const before = client.callsTo('import.preview').length;

    await user.clear(pattern);
    await user.type(pattern, '^(Interviewer):\\s');
    await user.selectOptions(within(dialog).getByLabelText('Encoding'), 'Windows-1252');
    await user.click(within(dialog).getByRole('button', { name: 'Re-read' }));
    await waitFor(() => expect(chips(previewRow(dialog, 'jose-1252.txt'))).toEqual(['Interviewer']));
    expect(client.callsTo('import.preview')).toHaveLength(before + 1);
    expect(client.callsTo('import.preview').at(-1)).toMatchObject({ encoding: 'windows-1252', speakerPattern: '^(Interviewer):\\s' });
    expect(previewRow(dialog, 'jose-1252.txt').textContent).toContain('as chosen');

    await user.click(importButton(dialog));
    await within(dialog).findByTestId('import-summary');
    expect(client.callsTo('documents.import').at(-1)).toMatchObject({ encoding: 'windows-1252', speakerPattern: '^(Interviewer):\\s' });
  });

  it('collects a failed file and goes on with the rest', async () => {
    const app = await openImport();
    const { client, dialog, user } = app;
    client.handle('documents.import', async (input, next) => {
      if (input.files[0]!.fileName === 'jose-1252.txt') throw new ApiError('bad_input', 'jose-1252.txt line 3: something went wrong');
      return next(input);
    });
    await choose(app, [martaFile(), joseLegacyFile(), vttFile()]);
    await user.click(importButton(dialog));
    const summary = await within(dialog).findByTestId('import-summary');
    expect(summary.textContent).toContain('Imported 2 documents.');
    expect(within(summary).getByRole('region', { name: 'Not imported' }).textContent).toContain('jose-1252.txt line 3: something went wrong');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
