// The process the safety tests kill. Bundled by esbuild (tests/safety/child.ts) and
// run with node; it talks on stdout, one line per event, written synchronously (a
// pipe on Linux), so a line the parent has read happened before the kill:
//   ready                  — the project is open (and locked)
//   begin <tag>            — an API call that writes is about to start
//   writing                — a row was just written inside its transaction (not yet committed)
//   ack <tag> <id…>        — the call returned: its transaction committed
// Modes:
//   hold <project>                   open for editing and wait (a second Qualia)
//   import <project> <docs> <turns>  import batches of <docs> transcripts, one transaction each
//   code <project>                   create excerpts as fast as possible through the API
import { createHash } from 'node:crypto';
import { memoryBackupSettings } from '../../db/backupSettings';
import { openProject } from '../../db/open';
import { memoryRecentStore } from '../../db/recent';
import { createWorkspace } from '../../db/workspace';
import { bytes, transcript } from './fixtures';

const say = (line: string) => process.stdout.write(`${line}\n`);
const [mode, project, ...rest] = process.argv.slice(2);
if (!mode || !project) throw new Error('usage: crashChild <hold|import|code> <project> …');

/** Each run differs (the parent passes a seed), yet every document's text can be recomputed from its tag. */
export const docText = (tag: string, i: number, turns: number) => transcript(`${tag}-${i}`, turns, i % 2 === 1);

async function main(): Promise<void> {
  if (mode === 'hold') {
    const p = openProject(project!);
    say('ready');
    process.on('SIGTERM', () => {
      p.close();
      process.exit(0);
    });
    setInterval(() => {}, 60_000);
    return;
  }
  // The app's own path: a workspace with automatic backups on (one on open, as the file changed).
  const w = createWorkspace({ host: 'browser', version: 'crash-test', recent: memoryRecentStore(), backups: memoryBackupSettings({ keep: 3, everyMinutes: 1 }) });
  w.openPath(project!);
  // A probe on this connection only (temporary, never saved in the file): tells the
  // parent when a kill lands inside a write transaction rather than around it.
  const sqlite = w.current()!.sqlite;
  sqlite.function('crash_probe', () => {
    say('writing');
    return 0;
  });
  sqlite.exec(`CREATE TEMP TRIGGER crash_probe_document AFTER INSERT ON main.document BEGIN SELECT crash_probe(); END;
               CREATE TEMP TRIGGER crash_probe_code AFTER INSERT ON main.excerpt_code BEGIN SELECT crash_probe(); END;`);
  say('ready');
  const seed = rest[rest.length - 1] ?? '0';
  if (mode === 'import') {
    const docs = Number(rest[0]);
    const turns = Number(rest[1]);
    for (let batch = 0; batch < 1000; batch++) {
      const tag = `s${seed}b${batch}`;
      const files = Array.from({ length: docs }, (_, i) => ({ fileName: `${tag}-${i}.txt`, data: Buffer.from(bytes(docText(tag, i, turns))).toString('base64') }));
      say(`begin ${tag}`);
      const report = await w.api['documents.import']({ files });
      say(`ack ${tag} ${report.documents.map((d) => d.id).join(' ')}`);
    }
  } else if (mode === 'code') {
    const docs = await w.api['documents.list']({});
    const coderId = (await w.api['coders.list']({}))[0]!.id;
    const codeIds = (await w.api['codes.list']({})).map((c) => c.id);
    // A deterministic stream of ranges and code sets, different for each seed.
    let state = createHash('sha256').update(seed).digest().readUInt32BE(0) || 1;
    const next = (n: number) => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) % n;
    };
    for (let i = 0; i < 100_000; i++) {
      const doc = docs[next(docs.length)]!;
      const start = next(Math.max(1, doc.characters - 50));
      const codes = codeIds.slice(0, 1 + next(codeIds.length)).map((codeId) => ({ codeId }));
      const tag = `s${seed}e${i}`;
      say(`begin ${tag}`);
      const e = await w.api['excerpts.create']({ documentId: doc.id, coderId, start, end: start + 1 + next(40), codes, memo: `${tag} codes=${codes.length}` });
      say(`ack ${tag} ${e.id}`);
    }
  } else throw new Error(`unknown mode ${mode}`);
  w.close();
}

void main();
