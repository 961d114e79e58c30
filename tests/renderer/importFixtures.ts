// Files for import tests, built from bytes so encodings are exact, and the steps
// every import test takes (open the dialog on the study project, choose files).
import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { fakeClient, studyPath } from './fakeClient';
import { renderApp } from './renderApp';

// jsdom's Blob has no arrayBuffer(); browsers and Electron do. Fill it in with
// FileReader, which jsdom implements, so the renderer reads files as it does live.
if (typeof Blob.prototype.arrayBuffer !== 'function') {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

const CP1252_EXTRA: Record<string, number> = { '€': 0x80, '’': 0x92, '“': 0x93, '”': 0x94, '—': 0x97 };

/** Windows-1252 bytes: Latin-1 letters as themselves, plus the few typographic marks above. */
export function cp1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (ch) => {
    const code = CP1252_EXTRA[ch] ?? ch.codePointAt(0)!;
    if (code > 0xff) throw new Error(`${ch} is not in windows-1252`);
    return code;
  });
}

export const fileOf = (name: string, bytes: Uint8Array) => new File([bytes as BlobPart], name);

export const martaText = `Interviewer: ¿Cómo aprendió el oficio?

Marta Núñez: Mirando a mi compañera, año tras año. Nadie leía los manuales.

Interviewer: ¿Y la formación en línea?

Marta Núñez: Poca cosa; la señora Peña me enseñó más que cualquier curso.
`;

export const joseText = `Interviewer: Tell me about your first week.

José: I shadowed the team lead. Everything was new — the forms, the jargon, the café downstairs.

Interviewer: Who helped you most?

José: Ramón, without a doubt.
`;

export const vttText = `WEBVTT

00:00:01.000 --> 00:00:04.000
<v Ana>Hola, ¿empezamos?

00:00:05.000 --> 00:00:09.000
<v Luis>Sí, claro. Trabajo en el almacén desde 2019.
`;

/** A PNG header renamed to .txt: NUL bytes make it binary. */
export const binaryBytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);

export const martaFile = () => fileOf('marta.txt', utf8(martaText));
export const joseLegacyFile = () => fileOf('jose-1252.txt', cp1252(joseText));
export const vttFile = () => fileOf('almacen.vtt', utf8(vttText));
export const binaryFile = () => fileOf('photo.txt', binaryBytes);

/** The preview's rows (one <tbody> per file), by file name. */
export function previewRow(dialog: HTMLElement, fileName: string): HTMLElement {
  const rows = within(dialog).getAllByTestId('import-file');
  const row = rows.find((r) => r.dataset.file === fileName);
  if (!row) throw new Error(`no preview row for ${fileName}; rows: ${rows.map((r) => r.dataset.file).join(', ')}`);
  return row;
}

export async function openImport() {
  const client = fakeClient({ openAtLaunch: studyPath });
  const app = renderApp(client);
  await screen.findAllByTestId('doc-item');
  await app.user.click(screen.getByRole('button', { name: 'Import…' }));
  const dialog = screen.getByRole('dialog', { name: 'Import' });
  return { client, dialog, ...app };
}

export async function choose(app: Awaited<ReturnType<typeof openImport>>, files: File[]) {
  await app.user.upload(within(app.dialog).getByLabelText('Choose files'), files);
  await waitFor(() => expect(within(app.dialog).getAllByTestId('import-file')).toHaveLength(files.length));
  await waitFor(() => expect(within(app.dialog).queryByText('reading…')).toBeNull());
  await within(app.dialog).findByRole('button', { name: /^import \d+ files?$/i });
}

export const importButton = (dialog: HTMLElement) => within(dialog).getByRole('button', { name: /^import \d+ files?$/i });
export const chips = (row: HTMLElement) => [...row.querySelectorAll('.chip')].map((c) => c.textContent);
