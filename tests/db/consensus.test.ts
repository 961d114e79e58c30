import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoProject } from '../../db/demo/load';
import { memoryRecentStore } from '../../db/recent';
import { createWorkspace } from '../../db/workspace';
import { findDisagreements } from '../../shared/consensus/disagreements';
import { useTempDir } from '../helpers/tmp';

const tempDir = useTempDir();

async function demo() {
  const path = join(tempDir(), 'demo.qualia');
  createDemoProject(path).close();
  const w = createWorkspace({ host: 'browser', version: '9.9.9', recent: memoryRecentStore() });
  await w.api['project.open']({ path });
  const coders = await w.api['coders.list']({});
  const ana = coders.find((c) => c.name === 'Ana')!.id;
  const bruno = coders.find((c) => c.name === 'Bruno')!.id;
  const codes = await w.api['codes.list']({});
  return { path, w, api: w.api, ana, bruno, code: (p: string) => codes.find((c) => c.path === p)!.id };
}

describe('disagreements', () => {
  it('splits coverage into agreed stretches and disagreements of three kinds', () => {
    const { disagreements, agreements } = findDisagreements(
      [{ start: 0, end: 10 }, { start: 20, end: 30 }, { start: 50, end: 60 }],
      [{ start: 0, end: 10 }, { start: 25, end: 35 }, { start: 70, end: 80 }],
    );
    expect(agreements).toEqual([{ start: 0, end: 10 }]);
    expect(disagreements).toEqual([
      { start: 20, end: 35, a: [{ start: 20, end: 30 }], b: [{ start: 25, end: 35 }], kind: 'boundary' },
      { start: 50, end: 60, a: [{ start: 50, end: 60 }], b: [], kind: 'onlyA' },
      { start: 70, end: 80, a: [], b: [{ start: 70, end: 80 }], kind: 'onlyB' },
    ]);
  });
});

describe('consensus', () => {
  it('resolves three disagreements into the consensus layer without touching the originals, undoably', async () => {
    const { api, ana, bruno, code } = await demo();
    const before = await api['agreement.compute']({ coders: [ana, bruno], unit: 'character' });
    const list = await api['consensus.disagreements']({ coderA: ana, coderB: bruno, codeId: code('Learning > LPP') });
    expect(list.length).toBeGreaterThanOrEqual(3);
    const [x, y, z] = list as [typeof list[0], typeof list[0], typeof list[0]];
    await api['consensus.decide']({ coderA: ana, coderB: bruno, codeId: x.codeId, documentId: x.documentId, start: x.start, end: x.end, outcome: 'accept_a', decidedBy: ana, note: 'A read it right' });
    await api['consensus.decide']({ coderA: ana, coderB: bruno, codeId: y.codeId, documentId: y.documentId, start: y.start, end: y.end, outcome: 'union', decidedBy: bruno });
    await api['consensus.decide']({ coderA: ana, coderB: bruno, codeId: z.codeId, documentId: z.documentId, start: z.start, end: z.end, outcome: 'skip', decidedBy: ana, note: 'not LPP' });

    const coders = await api['coders.list']({});
    const consensus = coders.find((c) => c.kind === 'consensus')!;
    expect(consensus.name).toBe('Consensus');
    const decided = await api['consensus.disagreements']({ coderA: ana, coderB: bruno, codeId: code('Learning > LPP') });
    expect(decided.filter((d) => d.decision).map((d) => d.decision!.outcome).sort()).toEqual(['accept_a', 'skip', 'union']);
    expect(decided.find((d) => d.key === x.key)!.decision).toMatchObject({ note: 'A read it right', decidedBy: ana });

    const layer = (await api['excerpts.list']({ documentId: x.documentId, viewerCoderId: null })).filter((e) => e.coderId === consensus.id);
    expect(layer.some((e) => x.a.some((s) => s.start === e.start && s.end === e.end))).toBe(true);
    // The originals and their agreement are unchanged.
    expect(await api['agreement.compute']({ coders: [ana, bruno], unit: 'character' })).toEqual(before);
    expect((await api['edit.state']({})).undo).toBe('consensus: skip');
    await api['edit.undo']({});
    const undone = await api['consensus.disagreements']({ coderA: ana, coderB: bruno, codeId: code('Learning > LPP') });
    expect(undone.find((d) => d.key === z.key)!.decision).toBeNull();

    // Re-deciding replaces the earlier decision and its consensus coding.
    await api['consensus.decide']({ coderA: ana, coderB: bruno, codeId: x.codeId, documentId: x.documentId, start: x.start, end: x.end, outcome: 'accept_b', decidedBy: bruno });
    const again = (await api['excerpts.list']({ documentId: x.documentId, viewerCoderId: null })).filter((e) => e.coderId === consensus.id && e.start >= x.start && e.end <= x.end);
    expect(again.map((e) => [e.start, e.end])).toEqual(x.b.map((s) => [s.start, s.end]));

    const methods = (await api['agreement.methods']({ coders: [ana, bruno], unit: 'character' })).text;
    expect(methods).toContain('Ana and Bruno coded 6 documents');
    expect(methods).toContain(`pooled Cohen's κ (De Vries et al., 2008) was ${before.overall.pooledKappa!.toFixed(3)}`);
    expect(methods).toMatch(/Learning > LPP: κ = [-\d.]+ \[[-\d.]+, [-\d.]+\]/);
    expect(methods).toContain('Qualia 9.9.9');
    expect(methods).toMatch(/1 Bruno's coding kept, 1 both combined \(2 decisions\)/);
  });

  it('accepts agreed stretches into the consensus layer once', async () => {
    const { api, ana, bruno } = await demo();
    const first = await api['consensus.acceptAgreements']({ coderA: ana, coderB: bruno });
    expect(first.created).toBeGreaterThan(0);
    expect((await api['consensus.acceptAgreements']({ coderA: ana, coderB: bruno })).created).toBe(0);
  });

  it('gives the same numbers through the API as `qualia agreement --format json`', async () => {
    const { path, api, ana, bruno } = await demo();
    const fromApi = await api['agreement.compute']({ coders: [ana, bruno], unit: 'segment', minOverlap: 0.5 });
    const cli = spawnSync(process.execPath, ['bin/qualia.js', 'agreement', path, '--coders', 'Ana,Bruno', '--unit', 'segment', '--min-overlap', '0.5', '--format', 'json'], { encoding: 'utf8' });
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual(fromApi);
    const character = JSON.parse(spawnSync(process.execPath, ['bin/qualia.js', 'agreement', path, '--coders', 'Ana,Bruno', '--format', 'json'], { encoding: 'utf8' }).stdout);
    expect(character).toEqual(await api['agreement.compute']({ coders: [ana, bruno], unit: 'character' }));
    expect(Object.keys(character.rows[0])).toEqual(expect.arrayContaining(['code', 'document', 'both', 'onlyA', 'onlyB', 'neither', 'percentAgreement', 'kappa', 'alpha']));
    expect(JSON.stringify(character)).not.toMatch(/NaN|Infinity/);
  });
});

describe('blind mode', () => {
  it('locks comparison and consensus until the owner reveals', async () => {
    const { api, ana, bruno } = await demo();
    await api['project.updateSettings']({ blind: true, ownerCoderId: ana });
    const { dispatch } = await import('../../shared/api/dispatch');
    for (const [method, input] of [
      ['agreement.compute', { coders: [ana, bruno], unit: 'character' }],
      ['agreement.methods', { coders: [ana, bruno] }],
      ['consensus.disagreements', { coderA: ana, coderB: bruno }],
      ['consensus.acceptAgreements', { coderA: ana, coderB: bruno }],
    ] as const) {
      expect(await dispatch(api, method, input), method).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    await api['project.updateSettings']({ revealed: true, byCoderId: ana });
    expect((await api['agreement.compute']({ coders: [ana, bruno], unit: 'character' })).rows.length).toBeGreaterThan(0);
  });
});
