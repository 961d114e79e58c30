// Exports validated against the official REFI-QDA schemas with a real XML Schema
// validator (Debian's xmllint). The schemas are read from ../shared/corpus/refi
// beside the checkout and never copied into the repository; without them or
// without xmllint the tests are skipped with a visible warning.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoProject } from '../../db/demo/load';
import { exportCodebookQdc } from '../../db/exchange/codebookQdc';
import { exportQdpx } from '../../db/exchange/qdpxExport';
import { createProject } from '../../db/open';
import { useTempDir } from '../helpers/tmp';
import { buildFixture, readZip } from './exportFixture';

const SCHEMAS = join(process.cwd(), '..', 'shared', 'corpus', 'refi');
const PROJECT_XSD = join(SCHEMAS, 'Project.xsd');
const CODEBOOK_XSD = join(SCHEMAS, 'Codebook.xsd');
const xmllint = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
const hasXmllint = xmllint.status === 0;
const hasSchemas = existsSync(PROJECT_XSD) && existsSync(CODEBOOK_XSD);
if (!hasXmllint) console.warn('tests/refi/xmllint.test.ts: SKIPPED — xmllint not found (Debian: apt-get install libxml2-utils)');
if (!hasSchemas) console.warn(`tests/refi/xmllint.test.ts: SKIPPED — REFI-QDA schemas not found in ${SCHEMAS}`);

const tempDir = useTempDir();

function validate(xsd: string, file: string): { ok: boolean; output: string } {
  const r = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

async function qdeOf(qdpx: string, dir: string): Promise<string> {
  const file = join(dir, 'project.qde');
  writeFileSync(file, (await readZip(qdpx)).get('project.qde')!);
  return file;
}

describe.skipIf(!hasXmllint || !hasSchemas)('exports validate against the REFI-QDA schemas (xmllint)', () => {
  it('the hand-built project (accents, emoji, CRLF origin, control characters, every memo kind) validates against Project.xsd', async () => {
    const dir = tempDir();
    const { p } = await buildFixture(join(dir, 'f.qualia'));
    await exportQdpx(p, join(dir, 'f.qdpx'));
    p.close();
    const r = validate(PROJECT_XSD, await qdeOf(join(dir, 'f.qdpx'), dir));
    expect(r.output).toContain('validates');
    expect(r.ok).toBe(true);
  });

  it('the demo project validates against Project.xsd', async () => {
    const dir = tempDir();
    const p = createDemoProject(join(dir, 'demo.qualia'));
    await exportQdpx(p, join(dir, 'demo.qdpx'));
    p.close();
    const r = validate(PROJECT_XSD, await qdeOf(join(dir, 'demo.qdpx'), dir));
    expect(r.output).toContain('validates');
    expect(r.ok).toBe(true);
  });

  it('an empty project validates (empty collections are left out, as the schema requires)', async () => {
    const dir = tempDir();
    const p = createProject(join(dir, 'empty.qualia'), 'empty');
    await exportQdpx(p, join(dir, 'empty.qdpx'));
    p.close();
    const r = validate(PROJECT_XSD, await qdeOf(join(dir, 'empty.qdpx'), dir));
    expect(r.ok).toBe(true);
  });

  it('the codebook (.qdc) validates against Codebook.xsd', async () => {
    const dir = tempDir();
    const { p } = await buildFixture(join(dir, 'f.qualia'));
    const file = join(dir, 'codebook.qdc');
    writeFileSync(file, exportCodebookQdc(p));
    p.close();
    const r = validate(CODEBOOK_XSD, file);
    expect(r.output).toContain('validates');
    expect(r.ok).toBe(true);
  });

  it('the validator does reject what the schema forbids (so the passes above mean something)', async () => {
    const dir = tempDir();
    const { p } = await buildFixture(join(dir, 'f.qualia'));
    await exportQdpx(p, join(dir, 'f.qdpx'));
    p.close();
    const xml = (await readZip(join(dir, 'f.qdpx'))).get('project.qde')!.toString('utf8');
    // Users after CodeBook breaks the sequence; a GUID without its last digit breaks GUIDType.
    const users = /  <Users>[\s\S]*?<\/Users>\n/.exec(xml)![0];
    const misordered = join(dir, 'misordered.qde');
    writeFileSync(misordered, xml.replace(users, '').replace('</CodeBook>\n', `</CodeBook>\n${users}`));
    expect(validate(PROJECT_XSD, misordered).ok).toBe(false);
    const badGuid = join(dir, 'bad-guid.qde');
    writeFileSync(badGuid, xml.replace(/(<Code guid="[0-9a-f-]{35})[0-9a-f]"/, '$1"'));
    expect(validate(PROJECT_XSD, badGuid).output).toMatch(/GUIDType|pattern/);
  });
});
