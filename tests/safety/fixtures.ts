// Synthetic interviews (our own text: English and Spanish, accents, emoji) and a small
// project built from them, for the data-safety tests.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProject, type ProjectDb } from '../../db/open';
import { createCode } from '../../db/services/codes';
import { importDocuments } from '../../db/services/importDocuments';
import { addCoder } from '../../db/services/memos';

const LINES_EN = [
  'I started at the depot in March, and honestly the first weeks were a blur.',
  'Nobody explained the scanners; I learned by watching Tomás on the night shift.',
  'When the routes changed we had a meeting, but the decision was already made.',
  'The best part is the team — we cover for each other when someone is sick 🙂.',
];
const LINES_ES = [
  'Empecé en el almacén en marzo y, la verdad, las primeras semanas fueron un caos.',
  'Nadie nos explicó los escáneres; aprendí mirando a Tomás en el turno de noche.',
  'Cuando cambiaron las rutas hubo una reunión, pero la decisión ya estaba tomada.',
  'Lo mejor es el equipo: nos cubrimos cuando alguien está enfermo 😊.',
];

/** A transcript of `turns` speaker turns; `tag` makes its text unique (and searchable). */
export function transcript(tag: string, turns: number, spanish = false): string {
  const lines = spanish ? LINES_ES : LINES_EN;
  const who = spanish ? 'Lucía' : 'Marta';
  const out: string[] = [];
  for (let i = 0; i < turns; i++) {
    const line = lines[i % lines.length]!;
    out.push(i % 2 === 0 ? `Interviewer: ${i === 0 ? `(${tag}) ` : ''}Can you tell me more? Turn ${i}.` : `${who}: ${line} (${tag}, turn ${i})`);
  }
  return `${out.join('\n\n')}\n`;
}

export const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

export interface SmallProject {
  path: string;
  coderId: string;
  codeIds: string[];
}

/** A project with a coder, three codes and `docs` interviews; closed when returned. */
export async function makeProject(dir: string, name = 'study', docs = 4, turns = 40): Promise<SmallProject> {
  const path = join(dir, `${name}.qualia`);
  const p: ProjectDb = createProject(path, name);
  try {
    const coderId = addCoder(p, 'Ana');
    const codeIds = ['Learning', 'Routes', 'Team'].map((n) => createCode(p, { name: n }));
    await importDocuments(
      p,
      Array.from({ length: docs }, (_, i) => ({ fileName: `Interview ${i + 1}.txt`, bytes: bytes(transcript(`doc${i + 1}`, turns, i % 2 === 1)) })),
    );
    return { path, coderId, codeIds };
  } finally {
    p.close();
  }
}

/** Every file in a folder with its sha256: compare before and after to prove nothing was written. */
export function folderState(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    try {
      out[name] = createHash('sha256').update(readFileSync(join(dir, name))).digest('hex');
    } catch {
      out[name] = 'folder';
    }
  }
  return out;
}
