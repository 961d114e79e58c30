import { createHash } from 'node:crypto';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../db/import/docx';
import { assertImportSize, importTranscriptFile, MAX_IMPORT_BYTES, readImportFile } from '../../db/import/file';
import { useTempDir } from '../helpers/tmp';
import { rejected, thrown, utf8 } from './helpers';
import { docx, zipStored } from './zip';

const tempDir = useTempDir();

const run = (text: string, bold = false) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const BR = '<w:r><w:br/></w:r>';

const TEAMS_LIKE = docx(
  [
    p(run('Entrevista de prueba', true)),
    p(),
    p(run('0:0:1.500'), BR, run('Sofía Ruiz', true), BR, run('Hola, ¿qué tal? 🌱'), '<w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'),
    p(run('0:0:9.200'), BR, run('Jon Etxeberria', true), BR, run('Bien.'), '<w:r><w:tab/></w:r>', run('Gracias.')),
    p(run('Sigo yo, '), run('con formato', true), run(' y sin él.')),
    p(run('0:0:20.0'), BR, run('Sofía Ruiz', true), BR, run('Fin.')),
    '<w:tbl><w:tr><w:tc>' + p(run('celda')) + '</w:tc></w:tr></w:tbl>',
  ].join(''),
  '<w:comment w:id="0" w:author="R"><w:p><w:r><w:t>COMENTARIO OCULTO</w:t></w:r></w:p></w:comment>',
);

describe('extractDocx', () => {
  it('keeps paragraphs (blank-line separated) and line breaks; drops formatting and comments', async () => {
    const text = await extractDocx(TEAMS_LIKE, 'prueba.docx');
    expect(text).toBe(
      'Entrevista de prueba\n\n0:0:1.500\nSofía Ruiz\nHola, ¿qué tal? 🌱\n\n0:0:9.200\nJon Etxeberria\nBien.\tGracias.\n\nSigo yo, con formato y sin él.\n\n0:0:20.0\nSofía Ruiz\nFin.\n\ncelda',
    );
  });

  it('refuses random bytes, a zip that is not a .docx, and an empty file, naming the file', async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    const e = await rejected(extractDocx(random, 'roto.docx'));
    expect(e).toMatchObject({ name: 'ImportError', code: 'corrupt', fileName: 'roto.docx' });
    expect(e.message).toMatch(/^roto\.docx is not a readable \.docx file/);
    // A valid zip whose central directory is cut off.
    const truncated = TEAMS_LIKE.subarray(0, TEAMS_LIKE.length - 30);
    expect((await rejected(extractDocx(truncated, 'cortado.docx'))).code).toBe('corrupt');
    expect((await rejected(extractDocx(zipStored({ 'hello.txt': 'hi' }), 'otro.docx'))).message).toMatch(/^otro\.docx is not a readable \.docx/);
    expect((await rejected(extractDocx(new Uint8Array(), 'vacio.docx'))).message).toBe('vacio.docx is empty.');
  });
});

describe('reading files for import (Node side)', () => {
  it('imports a .docx end to end: Teams-style turns, the sha256 of the original bytes', async () => {
    const path = join(tempDir(), 'prueba.docx');
    writeFileSync(path, TEAMS_LIKE);
    const r = await importTranscriptFile(path);
    expect(r).toMatchObject({ fileName: 'prueba.docx', format: 'docx', encoding: null, speakerStyle: { id: 'time-line-name' } });
    expect(r.speakers).toEqual(['Sofía Ruiz', 'Jon Etxeberria']);
    expect(r.segments.map((s) => [s.kind, s.speaker, s.timeStartMs])).toEqual([
      ['paragraph', null, null],
      ['turn', 'Sofía Ruiz', 1500],
      ['turn', 'Jon Etxeberria', 9200],
      ['turn', 'Sofía Ruiz', 20_000],
    ]);
    expect(r.text.slice(r.segments[2]!.start, r.segments[2]!.end)).toBe('0:0:9.200\nJon Etxeberria\nBien.\tGracias.\n\nSigo yo, con formato y sin él.');
    expect(r.sha256).toBe(createHash('sha256').update(TEAMS_LIKE).digest('hex'));
  });

  it('hashes the original bytes of a text file, not the normalised text', async () => {
    const path = join(tempDir(), 'crlf.txt');
    const bytes = utf8('\uFEFFAna: hola\r\nLuis: adiós\r\n');
    writeFileSync(path, bytes);
    const f = await readImportFile(path);
    expect(f.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const r = await importTranscriptFile(path);
    expect(r.text).toBe('Ana: hola\nLuis: adiós\n');
    expect(r.hadBom).toBe(true);
  });

  it('refuses a 2 GB file before reading it', async () => {
    const path = join(tempDir(), 'huge.txt');
    writeFileSync(path, '');
    truncateSync(path, 2 * 1024 ** 3); // sparse: takes no disk space
    const e = await rejected(importTranscriptFile(path));
    expect(e).toMatchObject({ code: 'too-large', fileName: 'huge.txt', message: 'huge.txt is 2 GB; files over 512 MB cannot be imported. Split it into smaller files.' });
    expect(MAX_IMPORT_BYTES).toBe(512 * 1024 ** 2);
    expect(thrown(() => assertImportSize('x.txt', 11, 10)).message).toBe('x.txt is 11 bytes; files over 10 bytes cannot be imported. Split it into smaller files.');
    expect(() => assertImportSize('x.txt', 10, 10)).not.toThrow();
  });

  it('refuses unsupported formats by name before touching the disk, and names missing files', async () => {
    expect((await rejected(importTranscriptFile('/nowhere/notas.odt'))).message).toBe('notas.odt: .odt files are not supported, save it as .docx or .txt.');
    expect(await rejected(importTranscriptFile('/nowhere/notas.txt'))).toMatchObject({ code: 'unreadable', fileName: 'notas.txt' });
  });

  it('refuses a corrupt .docx file on disk', async () => {
    const path = join(tempDir(), 'dañado.docx');
    writeFileSync(path, utf8('this was never a word document'));
    expect((await rejected(importTranscriptFile(path))).message).toMatch(/^dañado\.docx is not a readable \.docx file/);
  });
});
