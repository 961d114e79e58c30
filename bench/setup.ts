// Building the rest of the working project after the timed import: codebook,
// coders and participants through the CLI (as a user would), then the planned
// codings inserted directly — setting up 200,000 codings is not what is measured.
import { codebook, planExcerpts } from './generate';
import { qualia } from './child';
import type { BenchContext } from './context';
import { newId } from '../db/ids';
import { openProject } from '../db/open';
import { listCodes } from '../db/services/codebook';

export function setUpProject(ctx: BenchContext): Record<string, number> {
  const out: Record<string, number> = {};
  const timed = (name: string, fn: () => void) => {
    const t = performance.now();
    fn();
    out[name] = Math.round(performance.now() - t);
  };
  timed('codebookImportMs', () => qualia(['codebook', 'import', ctx.project, ctx.corpus.codebookPath]));
  timed('codersAddMs', () => ctx.coderNames.forEach((name) => qualia(['coders', 'add', ctx.project, name])));
  timed('casesImportMs', () => qualia(['cases', 'import', ctx.project, ctx.corpus.participantsPath]));
  const p = openProject(ctx.project);
  try {
    const s = p.sqlite;
    const docs = s.prepare('SELECT id, name, text FROM document ORDER BY position').all() as { id: string; name: string; text: string }[];
    const byName = new Map(docs.map((d) => [d.name, d]));
    const ordered = ctx.corpus.transcripts.map((t) => byName.get(t.fileName.replace(/\.txt$/, ''))!);
    let planned: ReturnType<typeof planExcerpts> = [];
    timed('planExcerptsMs', () => {
      planned = planExcerpts(ctx.seed, ordered.map((d) => d.text), codebook(), ctx.spec);
    });
    const codeIds = new Map(listCodes(p).map((c) => [c.path, c.id]));
    const specs = codebook().map((c) => codeIds.get(c.path)!);
    const coderIds = ctx.coderNames.map((n) => (s.prepare('SELECT id FROM coder WHERE name = ?').get(n) as { id: string }).id);
    timed('insertExcerptsMs', () => {
      const insEx = s.prepare('INSERT INTO excerpt (id, document_id, coder_id, start, "end", memo) VALUES (?, ?, ?, ?, ?, ?)');
      const insEc = s.prepare('INSERT INTO excerpt_code (id, excerpt_id, code_id, weight) VALUES (?, ?, ?, ?)');
      s.transaction(() => {
        for (const e of planned) {
          const id = newId();
          insEx.run(id, ordered[e.document]!.id, coderIds[e.coder], e.start, e.end, e.memo);
          for (const c of e.codes) insEc.run(newId(), id, specs[c.code], c.weight);
        }
      })();
    });
    out.excerpts = planned.length;
    out.codings = planned.reduce((n, e) => n + e.codes.length, 0);
  } finally {
    p.close();
  }
  return out;
}
