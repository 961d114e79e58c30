// Codebook files from the app (`codebook.importFile` / `codebook.exportFile`): the
// format follows the extension, an import is one undo step, bad files are refused
// with the file named and nothing changed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoProject } from '../../db/demo/load';
import { memoryBackupSettings } from '../../db/backupSettings';
import { memoryRecentStore } from '../../db/recent';
import { createWorkspace } from '../../db/workspace';
import { dispatch } from '../../shared/api/dispatch';
import { useTempDir } from '../helpers/tmp';

const tempDir = useTempDir();
const workspace = () =>
  createWorkspace({ host: 'browser', version: 'test', recent: memoryRecentStore(), backups: memoryBackupSettings({ enabled: false }) });

async function demoWorkspace(dir: string) {
  const path = join(dir, 'demo.qualia');
  createDemoProject(path).close();
  const w = workspace();
  await w.api['project.open']({ path });
  return w;
}

describe('codebook files from the app', () => {
  it('exports the demo codebook as .qdc and .csv, and imports the .qdc into an empty project as one undo step', async () => {
    const dir = tempDir();
    const w = await demoWorkspace(dir);
    const codes = await w.api['codes.list']({});
    const qdc = await w.api['codebook.exportFile']({ path: join(dir, 'libro.qdc') });
    expect(qdc).toEqual({ path: join(dir, 'libro.qdc'), format: 'qdc', codes: codes.length });
    expect(readFileSync(qdc.path, 'utf8')).toContain('urn:QDA-XML:codebook:1.0');
    const csv = await w.api['codebook.exportFile']({ path: join(dir, 'libro.csv') });
    expect(csv.format).toBe('csv');
    expect(readFileSync(csv.path, 'utf8').split('\n')[0]).toBe('path,definition,colour,weight_min,weight_max');

    await w.api['project.create']({ path: join(dir, 'vacío.qualia'), name: 'Vacío' });
    const report = await w.api['codebook.importFile']({ path: qdc.path });
    expect(report.format).toBe('qdc');
    expect(report.created).toContain('Learning > LPP');
    expect(report.themesCreated.length).toBeGreaterThan(0);
    const imported = await w.api['codes.list']({});
    expect(imported.map((c) => c.path).sort()).toEqual(codes.map((c) => c.path).sort());
    expect((await w.api['edit.state']({})).undo).toBe('import codebook libro.qdc');
    await w.api['edit.undo']({});
    expect(await w.api['codes.list']({})).toEqual([]);

    // CSV too, by extension.
    const again = await w.api['codebook.importFile']({ path: csv.path });
    expect(again).toMatchObject({ format: 'csv', themesCreated: [] });
    expect(again.created.length).toBe(codes.length);
    w.close();
  });

  it('refuses other extensions, missing files and a truncated .qdc (naming file and line), changing nothing', async () => {
    const dir = tempDir();
    const w = await demoWorkspace(dir);
    const before = await w.api['codes.list']({});
    expect(await dispatch(w.api, 'codebook.importFile', { path: join(dir, 'libro.txt') })).toMatchObject({ ok: false, error: { code: 'bad_input', message: 'libro.txt: a codebook file ends in .csv or .qdc' } });
    expect(await dispatch(w.api, 'codebook.importFile', { path: join(dir, 'nada.qdc') })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const cut = join(dir, 'cortado.qdc');
    writeFileSync(cut, '<?xml version="1.0"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n<Codes>\n<Code guid="0f6a4a52-9c1e-4d8e-9a0b-3c2d1e0f9a8b" name="Mentoría" isCodable="true">\n<Code ');
    const refused = await dispatch(w.api, 'codebook.importFile', { path: cut });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(!refused.ok && refused.error.message).toMatch(/^cortado\.qdc line \d+: /);
    expect(await w.api['codes.list']({})).toEqual(before);
    expect(await dispatch(w.api, 'codebook.exportFile', { path: join(dir, 'no-such-folder', 'x.qdc') })).toMatchObject({ ok: false, error: { code: 'file_error' } });
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
    w.close();
  });
});
