// exchange.exportQdpx through the same dispatch every host uses: the path is
// validated, ".qdpx" is added to a bare name, blind coding blocks the export, and
// the project itself is not changed (no undo step).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoProject } from '../../db/demo/load';
import { memoryBackupSettings } from '../../db/backupSettings';
import { memoryRecentStore } from '../../db/recent';
import { updateSettings } from '../../db/services/settings';
import { createWorkspace } from '../../db/workspace';
import { dispatch } from '../../shared/api/dispatch';
import { useTempDir } from '../helpers/tmp';
import { readZip } from '../helpers/readZip';

const tempDir = useTempDir();

describe('exchange.exportQdpx', () => {
  it('exports the open project, adding .qdpx to a bare name, and leaves no undo step', async () => {
    const dir = tempDir();
    createDemoProject(join(dir, 'demo.qualia')).close();
    const w = createWorkspace({ host: 'browser', version: '9.9.9', recent: memoryRecentStore(), backups: memoryBackupSettings() });
    await w.api['project.open']({ path: join(dir, 'demo.qualia') });

    const bad = await dispatch(w.api, 'exchange.exportQdpx', { path: '' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_input' } });

    const r = await dispatch(w.api, 'exchange.exportQdpx', { path: join(dir, 'shared study') });
    expect(r).toMatchObject({ ok: true, value: { path: join(dir, 'shared study.qdpx'), documents: 6, users: 2 } });
    const qde = (await readZip(join(dir, 'shared study.qdpx'))).get('project.qde')!.toString('utf8');
    expect(qde).toContain('origin="Qualia 9.9.9"');
    expect(await w.api['edit.state']({})).toEqual({ undo: null, redo: null });
    w.close();
  });

  it('is refused while blind coding hides the coders from each other', async () => {
    const dir = tempDir();
    const p = createDemoProject(join(dir, 'demo.qualia'));
    updateSettings(p, { blind: true });
    p.close();
    const w = createWorkspace({ host: 'browser', version: 'test', recent: memoryRecentStore(), backups: memoryBackupSettings() });
    await w.api['project.open']({ path: join(dir, 'demo.qualia') });
    const r = await dispatch(w.api, 'exchange.exportQdpx', { path: join(dir, 'x.qdpx') });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('blind coding is on') } });
    expect(existsSync(join(dir, 'x.qdpx'))).toBe(false);
    w.close();
  });
});
