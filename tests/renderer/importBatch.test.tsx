// @vitest-environment jsdom
// Batch-level behaviour of the import dialog: reading progress and its Cancel,
// twins within one batch, removing a file, files too large for the browser host.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { choose, fileOf, importButton, joseLegacyFile, martaFile, martaText, openImport, previewRow, utf8, vttFile } from './importFixtures';

describe('import batches', () => {
  it('shows progress while reading and Cancel keeps only the files already read', async () => {
    const app = await openImport();
    const { client, dialog, user } = app;
    const gates: (() => void)[] = [];
    client.handle('import.preview', async (input, next) => {
      await new Promise<void>((release) => gates.push(release));
      return next(input);
    });
    await user.upload(within(dialog).getByLabelText('Choose files'), [martaFile(), joseLegacyFile(), vttFile()]);
    await waitFor(() => expect(gates).toHaveLength(1));
    const progress = within(dialog).getByTestId('import-progress');
    expect(progress.textContent).toContain('Read 0 of 3 files');
    await user.click(within(progress).getByRole('button', { name: 'Cancel' }));
    gates[0]!();

    await waitFor(() => expect(within(dialog).queryByTestId('import-progress')).toBeNull());
    expect(within(dialog).getAllByTestId('import-file').map((r) => r.dataset.file)).toEqual(['marta.txt']);
    expect(client.callsTo('import.preview')).toHaveLength(1);
    expect(importButton(dialog).textContent).toBe('Import 1 file');
  });

  it('flags a file identical to an earlier one in the same batch', async () => {
    const app = await openImport();
    const { client, dialog, user } = app;
    await choose(app, [martaFile(), fileOf('marta-copy.txt', utf8(martaText))]);
    expect(previewRow(dialog, 'marta-copy.txt').textContent).toContain('Same content as marta.txt in this batch — will be skipped.');
    expect(importButton(dialog).textContent).toBe('Import 1 file');
    await user.click(importButton(dialog));
    const summary = await within(dialog).findByTestId('import-summary');
    expect(client.callsTo('documents.import')).toHaveLength(1);
    expect(within(summary).getByRole('region', { name: 'Skipped' }).textContent).toContain('marta-copy.txt — same content as marta.txt, earlier in this batch');
  });

  it('removes a file from the batch', async () => {
    const app = await openImport();
    const { dialog, user } = app;
    await choose(app, [martaFile(), vttFile()]);
    await user.click(within(dialog).getByRole('button', { name: 'Remove marta.txt' }));
    expect(within(dialog).getAllByTestId('import-file').map((r) => r.dataset.file)).toEqual(['almacen.vtt']);
    expect(importButton(dialog).textContent).toBe('Import 1 file');
    await user.click(within(dialog).getByRole('button', { name: 'Remove almacen.vtt' }));
    // Back to the empty drop zone.
    expect(within(dialog).getByText('Drop transcripts here, or')).toBeTruthy();
  });

  it('refuses a file too large for the browser host before sending it', async () => {
    const app = await openImport();
    const { client, dialog } = app;
    const big = martaFile();
    Object.defineProperty(big, 'size', { value: 80 * 1024 * 1024 });
    await choose(app, [big, vttFile()]);
    expect(previewRow(dialog, 'marta.txt').querySelector('.import-error')!.textContent).toMatch(/marta\.txt is 80 MB; the browser version sends files up to 46 MB/);
    expect((client.callsTo('import.preview') as { files: { fileName: string }[] }[]).map((c) => c.files[0]!.fileName)).toEqual(['almacen.vtt']);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
