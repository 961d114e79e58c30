// `qualia demo`: builds the bundled demo project from db/demo/demoData.ts in one
// transaction. Codings are anchored by quotation; a quote that is missing or
// ambiguous is a bug in the demo data and fails loudly.
import { createHash } from 'node:crypto';
import { structureText } from '../../shared/import/index';
import { readParticipants } from '../../shared/import/participants';
import { parseCsv } from '../../shared/import/survey';
import { importCases } from '../services/importCases';
import { writeParsed } from '../services/importDocuments';
import { newId } from '../ids';
import { createProject, type OpenOptions, type ProjectDb } from '../open';
import { demoData } from './demoData';
import type { DemoData } from './types';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

function locate(text: string, quote: string, where: string): { start: number; end: number } {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`demo data: quote not found in ${where}: "${quote.slice(0, 60)}"`);
  if (text.indexOf(quote, start + 1) >= 0) throw new Error(`demo data: quote occurs twice in ${where}: "${quote.slice(0, 60)}"`);
  return { start, end: start + quote.length };
}

/** The participants table as a researcher's spreadsheet export would have it. */
export function participantsCsv(data: DemoData): string {
  const quote = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const rows = data.participants.map((x) => [x.name, x.gender, x.tenure, x.expertise, x.area, x.mainTask].map(quote).join(','));
  return ['participant,gender,tenure,expertise,area,main task', ...rows].join('\n');
}

export function writeDemo(p: ProjectDb, data: DemoData = demoData): void {
  const s = p.sqlite;
  s.transaction(() => {
    s.prepare('UPDATE project SET name = ?').run(data.projectName);

    const coderIds = new Map<string, string>();
    const insCoder = s.prepare('INSERT INTO coder (id, name, colour) VALUES (?, ?, ?)');
    for (const c of data.coders) {
      const id = newId();
      insCoder.run(id, c.name, c.colour);
      coderIds.set(c.name, id);
    }

    // Participants and transcripts go in through the same path as a user's files.
    importCases(p, readParticipants(parseCsv(participantsCsv(data), 'participants.csv'), 'participants.csv'));
    const parsed = data.documents.map((d) => {
      const structured = structureText(`${d.name}.txt`, d.text, 'text');
      const sha256 = createHash('sha256').update(d.text, 'utf8').digest('hex');
      return { ...structured, encoding: 'utf-8', sha256, documentName: d.name };
    });
    const { documents } = writeParsed(p, parsed);
    const docs = new Map(documents.map((d, i) => [d.name, { id: d.id, text: parsed[i]!.text }]));

    const codeIds = new Map<string, string>();
    const insCode = s.prepare(
      `INSERT INTO code (id, parent_id, name, definition, inclusion, exclusion, example, colour, position, weight_min, weight_max, weight_labels)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    data.codes.forEach((c, i) => {
      const parts = c.path.split(' > ');
      const parentPath = parts.slice(0, -1).join(' > ');
      const parentId = parentPath ? codeIds.get(parentPath) : null;
      if (parentId === undefined) throw new Error(`demo data: parent of "${c.path}" is not listed before it`);
      const id = newId();
      insCode.run(
        id, parentId, parts.at(-1), c.definition, c.inclusion ?? '', c.exclusion ?? '', c.example ?? '', c.colour, i,
        c.weight?.min ?? null, c.weight?.max ?? null, JSON.stringify(c.weight?.labels ?? {}),
      );
      codeIds.set(c.path, id);
    });
    const weighted = new Set(data.codes.filter((c) => c.weight).map((c) => c.path));

    const insExcerpt = s.prepare('INSERT INTO excerpt (id, document_id, coder_id, start, "end", memo) VALUES (?, ?, ?, ?, ?, ?)');
    const insExcerptCode = s.prepare('INSERT INTO excerpt_code (id, excerpt_id, code_id, weight) VALUES (?, ?, ?, ?)');
    for (const c of data.codings) {
      const doc = docs.get(c.document);
      const coderId = coderIds.get(c.coder);
      if (!doc || !coderId) throw new Error(`demo data: unknown document or coder in coding "${c.quote.slice(0, 40)}"`);
      const range = locate(doc.text, c.quote.normalize('NFC'), c.document);
      const excerptId = newId();
      insExcerpt.run(excerptId, doc.id, coderId, range.start, range.end, c.memo ?? '');
      for (const path of c.codes) {
        const codeId = codeIds.get(path);
        if (!codeId) throw new Error(`demo data: unknown code "${path}"`);
        insExcerptCode.run(newId(), excerptId, codeId, weighted.has(path) ? (c.weight ?? null) : null);
      }
    }

    const insTheme = s.prepare('INSERT INTO theme (id, name, description, position) VALUES (?, ?, ?, ?)');
    const insThemeCode = s.prepare('INSERT INTO theme_code (id, theme_id, code_id) VALUES (?, ?, ?)');
    data.themes.forEach((t, i) => {
      const id = newId();
      insTheme.run(id, t.name, t.description, i);
      for (const path of t.codes) insThemeCode.run(newId(), id, codeIds.get(path));
    });
  })();
}

/** Create `path` as a new project holding the demo data. */
export function createDemoProject(path: string, opts: OpenOptions = {}): ProjectDb {
  const p = createProject(path, demoData.projectName, opts);
  try {
    writeDemo(p);
  } catch (err) {
    p.close();
    throw err;
  }
  return p;
}
