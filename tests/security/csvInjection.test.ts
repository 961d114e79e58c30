// Formula injection: a spreadsheet runs a cell that starts with = + - @ (and tab or
// CR before them). Every CSV Qualia writes — each kind of `export.csv` (read from
// the contract, so a new kind is tested automatically) and the CLI's agreement
// tables — is written from a project whose every text starts like a formula; no
// cell may reach the spreadsheet still starting that way, except plain numbers.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { memoryRecentStore } from '../../db/recent';
import { createWorkspace } from '../../db/workspace';
import type { In, Method, Out } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { CsvExport } from '../../shared/api/schemas';
import { unescapeFormula } from '../../shared/csv/write';
import { useTempDir } from '../helpers/tmp';
import { type Call, fillHostileProject, H } from './hostileProject';

const tempDir = useTempDir();
const DANGEROUS = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

function cells(csv: string): string[] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data.flat();
}

/** Cells a spreadsheet would run as formulas. */
const live = (csv: string) => cells(csv).filter((c) => DANGEROUS.test(c) && !NUMBER.test(c));
/** Cells that were defused (apostrophe added): proof the hostile text reached this export. */
const defused = (csv: string) => cells(csv).filter((c) => c.startsWith("'") && DANGEROUS.test(c.slice(1)));

async function hostileWorkspace() {
  const path = join(tempDir(), 'hostil.qualia');
  const workspace = createWorkspace({ host: 'browser', version: 'test', recent: memoryRecentStore() });
  const call: Call = async <M extends Method>(method: M, input: In<M>) => {
    const env = await dispatch(workspace.api, method, input);
    if (!env.ok) throw new Error(`${method}: ${env.error.message}`);
    return env.value as Out<M>;
  };
  await call('project.create', { path });
  const ids = await fillHostileProject(call);
  return { workspace, call, ids, path };
}

/** One request per export kind the contract declares, with any choice a kind needs. */
function everyExport(): In<'export.csv'>[] {
  const kinds = CsvExport.options.map((o) => o.shape.kind.value);
  return kinds.flatMap((kind): In<'export.csv'>[] => {
    switch (kind) {
      case 'matrix':
        return (['excerpts', 'documents', 'cases'] as const).map((count) => ({ kind, cols: H.field, count }));
      case 'themeReport':
        return [{ kind, summary: false }, { kind, summary: true }];
      case 'cooccurrence':
        return [{ kind, by: 'overlap' }, { kind, by: 'segment' }];
      default:
        return [{ kind } as In<'export.csv'>];
    }
  });
}

describe('CSV exports are safe from formula injection', () => {
  it('defuses every text cell of every export kind, headers included, and keeps numbers as numbers', async () => {
    const { workspace, call } = await hostileWorkspace();
    const requests = everyExport();
    expect(requests.length).toBeGreaterThanOrEqual(8);
    for (const req of requests) {
      for (const bom of [false, true]) {
        const { fileName, text } = await call('export.csv', { ...req, bom });
        const label = `${fileName}${bom ? ' (BOM)' : ''}`;
        expect(live(text), label).toEqual([]);
        expect(defused(text).length, `${label} carries hostile text`).toBeGreaterThan(0);
      }
    }
    workspace.close();
  });

  it('writes the hostile names in the excerpts export so that importing them back restores them exactly', async () => {
    const { workspace, call } = await hostileWorkspace();
    const { text } = await call('export.csv', { kind: 'excerpts' });
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => unescapeFormula(r.document!))).toContain(H.document);
    expect(rows.map((r) => unescapeFormula(r.coder!))).toEqual(expect.arrayContaining([H.coderA, H.coderB]));
    expect(rows.map((r) => unescapeFormula(r.memo!))).toContain(H.memo);
    // The descriptor column's header is user text too.
    expect(Object.keys(rows[0]!)).toContain(`'${H.field}`);
    workspace.close();
  });

  it('defuses the agreement tables the CLI writes (two coders, and three or more)', async () => {
    const { workspace, call, ids, path } = await hostileWorkspace();
    const coderC = (await call('coders.add', { name: '@Carla' })).id;
    const doc = (await call('documents.get', { id: ids.documentId })).text;
    await call('excerpts.create', { documentId: ids.documentId, coderId: coderC, start: 0, end: doc.indexOf('¿'), codes: [{ codeId: ids.parentCode }] });
    workspace.close();
    for (const coders of [[H.coderA, H.coderB], [H.coderA, H.coderB, '@Carla']]) {
      const r = spawnSync(process.execPath, ['bin/qualia.js', 'agreement', path, '--coders', coders.join(','), '--format', 'csv'], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(live(r.stdout)).toEqual([]);
      expect(defused(r.stdout).length).toBeGreaterThan(0);
    }
  });
});
