// exchange.importQdpx through the workspace every host serves: the new project is
// created and becomes the open one; unreadable input is the user's problem
// (bad_input with the file's own message), and the open project stays open.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryRecentStore } from '../../db/recent';
import { createWorkspace } from '../../db/workspace';
import { contract } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { useTempDir } from '../helpers/tmp';
import { G, OWEN_LINES, PROJECT_OPEN, positionsOf, put, selection, zip } from './fixtures';

const tempDir = useTempDir();

describe('exchange.importQdpx', () => {
  it('imports into a new project and opens it; a bad archive is bad_input and changes nothing', async () => {
    const dir = tempDir();
    const text = OWEN_LINES.join('\n');
    const qde = `${PROJECT_OPEN}<Users><User guid="${G.userAna}" name="Ana"/></Users><CodeBook><Codes><Code guid="${G.codeAprender}" name="Aprender" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="${G.source1}" name="Owen" plainTextPath="internal://${G.source1}.txt">${selection(G.sel1, positionsOf(text, 'The café meetings', 'codepoints'), [G.codeAprender], G.userAna)}</TextSource></Sources></Project>`;
    const source = put(dir, 'owen.qdpx', await zip([{ name: 'project.qde', data: qde }, { name: `sources/${G.source1}.txt`, data: text }]));
    const w = createWorkspace({ host: 'browser', version: 'test', recent: memoryRecentStore() });
    try {
      await w.api['project.create']({ path: join(dir, 'before') });
      const result = await dispatch(w.api, 'exchange.importQdpx', { sourcePath: source, projectPath: join(dir, 'owen') });
      expect(result.ok).toBe(true);
      const value = contract['exchange.importQdpx'].output.parse(result.ok ? result.value : null);
      expect(value.project).toMatchObject({ path: join(dir, 'owen.qualia'), name: 'Estudio', counts: { documents: 1, excerpts: 1, coders: 1, codes: 1 } });
      expect(value.report.counts).toMatchObject({ documents: 1, excerpts: 1 });
      expect(w.current()?.path).toBe(join(dir, 'owen.qualia'));
      expect((await w.api['project.recent']({}))[0]).toMatchObject({ path: join(dir, 'owen.qualia') });

      const evil = put(dir, 'evil.qdpx', await zip([{ name: 'project.qde', data: '<!DOCTYPE x [<!ENTITY a "b">]><Project/>' }]));
      expect(await dispatch(w.api, 'exchange.importQdpx', { sourcePath: evil, projectPath: join(dir, 'evil') })).toEqual({
        ok: false,
        error: { code: 'bad_input', message: expect.stringMatching(/^evil\.qdpx: project\.qde line 1: contains a <!DOCTYPE> declaration/) },
      });
      expect(existsSync(join(dir, 'evil.qualia'))).toBe(false);
      expect(w.current()?.path).toBe(join(dir, 'owen.qualia'));
      expect(await dispatch(w.api, 'exchange.importQdpx', { sourcePath: source, projectPath: join(dir, 'owen.qualia') })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    } finally {
      w.close();
    }
  });
});
