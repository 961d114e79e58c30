// Every archive is hostile until read: each attack is refused with a message
// naming the archive and the entry, and the new project file never appears.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importQdpx } from '../../db/exchange/qdpxImport';
import { readArchive } from '../../db/exchange/readArchive';
import { useTempDir } from '../helpers/tmp';
import { G, leftovers, PROJECT_OPEN, put, renameEntry, zip } from './fixtures';

const tempDir = useTempDir();
const SMALL_QDE = `${PROJECT_OPEN}<Users><User guid="${G.userAna}" name="Ana"/></Users></Project>`;

/** Import `bytes` as evil.qdpx; expect a refusal matching `message`, and nothing left behind. */
async function refused(bytes: Buffer, message: RegExp, limits?: Parameters<typeof importQdpx>[2]) {
  const dir = tempDir();
  const input = put(dir, 'evil.qdpx', bytes);
  const out = join(dir, 'victim.qualia');
  await expect(importQdpx(input, out, limits)).rejects.toThrow(message);
  expect(existsSync(out)).toBe(false);
  expect(leftovers(dir, ['evil.qdpx'])).toEqual([]);
  // Nothing was written outside the folder either.
  expect(existsSync(join(dir, '..', 'evil.txt'))).toBe(false);
}

describe('hostile archives', () => {
  it('a zip bomb: an entry inflating far beyond the ratio limit', async () => {
    const bomb = await zip([{ name: 'project.qde', data: SMALL_QDE }, { name: 'sources/bomb.txt', data: Buffer.alloc(8 * 1024 * 1024, 0x41) }]);
    expect(bomb.length).toBeLessThan(100_000);
    await refused(bomb, /^evil\.qdpx: entry "sources\/bomb\.txt" refused: it inflates \d+ times its size \(more than 200:1\): a zip bomb$/);
  });

  it('a header that understates the size is caught while inflating', async () => {
    const data = Buffer.alloc(4 * 1024 * 1024, 0x42);
    let bytes = await zip([{ name: 'project.qde', data: SMALL_QDE }, { name: 'sources/liar.txt', data }]);
    // Rewrite both size fields (local header and central directory) to claim 100 bytes.
    const claim = Buffer.alloc(4);
    claim.writeUInt32LE(100);
    const real = Buffer.alloc(4);
    real.writeUInt32LE(data.length);
    for (let at = bytes.indexOf(real); at >= 0; at = bytes.indexOf(real, at + 1)) claim.copy(bytes, at);
    bytes = Buffer.from(bytes);
    await refused(bytes, /^evil\.qdpx: entry "sources\/liar\.txt" (refused|is damaged)/);
  });

  it('more bytes in total than the configured cap', async () => {
    const text = 'Entrevistadora: ¿Y la escuela? Lucía: Me gustaba mucho. '.repeat(400);
    const bytes = await zip([{ name: 'project.qde', data: SMALL_QDE }, { name: 'sources/a.txt', data: text }]);
    await refused(bytes, /^evil\.qdpx: entry "sources\/a\.txt" refused: the archive would inflate to more than 10000 bytes$/, { limits: { maxTotalBytes: 10_000 } });
  });

  it('more entries than the configured cap', async () => {
    const bytes = await zip([{ name: 'project.qde', data: SMALL_QDE }, ...[1, 2, 3, 4].map((i) => ({ name: `sources/${i}.txt`, data: `texto ${i}` }))]);
    await refused(bytes, /^evil\.qdpx: has 5 entries; more than 3 is refused as unsafe$/, { limits: { maxEntries: 3 } });
  });

  it.each([
    ['../evil.txt', /it climbs out of the archive|its path climbs out of the archive with "\.\."/],
    ['/abs/evil.txt', /it has an absolute path/],
    ['..\\evil.txt', /its path climbs out of the archive with "\.\."/],
    ['C:/win/evil.t', /it has an absolute path/],
    ['sources/../../e', /its path climbs out of the archive with "\.\."/],
  ])('an entry named %s', async (name, why) => {
    const placeholder = 'x'.repeat(Buffer.byteLength(name));
    const bytes = renameEntry(await zip([{ name: 'project.qde', data: SMALL_QDE }, { name: placeholder, data: 'pwned' }]), placeholder, name);
    const escaped = name.replace(/[.\\/*?]/g, (c) => `\\${c}`);
    await refused(bytes, new RegExp(`^evil\\.qdpx: entry "${escaped}" refused: `));
    await refused(bytes, why);
  });

  it('a symbolic link entry', async () => {
    const bytes = await zip([{ name: 'project.qde', data: SMALL_QDE }, { name: 'sources/link.txt', data: '/etc/passwd', mode: 0o120777 }]);
    await refused(bytes, /^evil\.qdpx: entry "sources\/link\.txt" refused: it is a symbolic link$/);
  });

  it('a DOCTYPE with an external entity (XXE)', async () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE Project [ <!ENTITY leak SYSTEM "file:///etc/passwd"> ]>\n<Project xmlns="urn:QDA-XML:project:1.0" name="&leak;"/>`;
    await refused(await zip([{ name: 'project.qde', data: xxe }]), /^evil\.qdpx: project\.qde line 2: contains a <!DOCTYPE> declaration; .* refused$/);
  });

  it('a billion-laughs entity expansion', async () => {
    const lol = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [',
      ' <!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
      ']>',
      '<Project xmlns="urn:QDA-XML:project:1.0" name="&lol9;"/>',
    ].join('\n');
    await refused(await zip([{ name: 'project.qde', data: lol }]), /^evil\.qdpx: project\.qde line 2: contains a <!DOCTYPE> declaration/);
  });

  it('an <!ENTITY> without a DOCTYPE is refused too', async () => {
    const qde = `<Project xmlns="urn:QDA-XML:project:1.0" name="x"><!ENTITY x "y"></Project>`;
    await refused(await zip([{ name: 'project.qde', data: qde }]), /line 1: contains a <!ENTITY> declaration/);
  });

  it('XML nested deeper than any codebook needs', async () => {
    const depth = 600;
    const codes = Array.from({ length: depth }, (_, i) => `<Code guid="00000000-0000-4000-8000-${String(i).padStart(12, '0')}" name="c${i}" isCodable="true">`).join('');
    const qde = `<Project xmlns="urn:QDA-XML:project:1.0"><CodeBook><Codes>${codes}${'</Code>'.repeat(depth)}</Codes></CodeBook></Project>`;
    await refused(await zip([{ name: 'project.qde', data: qde }]), /^evil\.qdpx: project\.qde: nests elements more than 500 levels deep; refused as unsafe$/);
  });

  it('something that is not a zip at all', async () => {
    await refused(Buffer.from('PK\x03\x04 this is not really a zip archive, only its first bytes'), /^evil\.qdpx: is not a readable zip archive/);
    await refused(Buffer.from([0, 1, 2, 3, 4, 5]), /^evil\.qdpx: is neither a REFI-QDA project archive/);
  });

  it('reading an archive writes nothing to disk and keys entries by lower-cased path', async () => {
    const dir = tempDir();
    const bytes = await zip([{ name: 'project.qde', data: SMALL_QDE }, { name: 'Sources/Ánimo.TXT', data: 'hola' }]);
    const archive = await readArchive(bytes, { name: 'x.qdpx' });
    expect([...archive.files.keys()]).toEqual(['project.qde', 'sources/ánimo.txt']);
    expect(archive.files.get('sources/ánimo.txt')).toMatchObject({ path: 'Sources/Ánimo.TXT' });
    expect(leftovers(dir, [])).toEqual([]);
  });
});
