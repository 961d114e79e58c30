// Building REFI-QDA test files in code: zips with yazl, project XML as strings,
// and positions computed from the synthetic text in whichever unit a tool counts,
// so a test states "this phrase" and checks the excerpt reads exactly that.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ZipFile } from 'yazl';
import type { PositionUnit } from '../../shared/refi/positions';

export interface ZipEntry {
  name: string;
  data: string | Uint8Array;
  /** Unix mode for the external attributes (e.g. 0o120777 for a symbolic link). */
  mode?: number;
  compress?: boolean;
}

export function zip(entries: ZipEntry[]): Promise<Buffer> {
  const z = new ZipFile();
  for (const e of entries) {
    const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
    z.addBuffer(data, e.name, { compress: e.compress ?? true, ...(e.mode !== undefined ? { mode: e.mode } : {}) });
  }
  z.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    z.outputStream.on('data', (c: Buffer) => chunks.push(c));
    z.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    z.outputStream.on('error', reject);
  });
}

/** Rename an entry after the fact (yazl refuses unsafe names): every occurrence of the placeholder's bytes, same length. */
export function renameEntry(zipBytes: Buffer, placeholder: string, name: string): Buffer {
  const from = Buffer.from(placeholder, 'utf8');
  const to = Buffer.from(name, 'utf8');
  if (from.length !== to.length) throw new Error('renameEntry: names must have the same byte length');
  const out = Buffer.from(zipBytes);
  let at = out.indexOf(from);
  let n = 0;
  while (at >= 0) {
    to.copy(out, at);
    n++;
    at = out.indexOf(from, at + 1);
  }
  if (n === 0) throw new Error(`renameEntry: "${placeholder}" not found`);
  return out;
}

export const utf8Bom = (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')]);

/** [start, end) of `phrase` (its `nth` occurrence) in `raw` as `unit` counts; a leading BOM is never counted. */
export function positionsOf(raw: string, phrase: string, unit: PositionUnit, nth = 0): { start: number; end: number } {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`positionsOf: "${phrase}" not found`);
  }
  const measure = (s: string) => {
    const t = unit.endsWith('-lf') ? s.replace(/\r\n?/g, '\n') : s;
    return unit.startsWith('codepoints') ? [...t].length : t.length;
  };
  return { start: measure(text.slice(0, at)), end: measure(text.slice(0, at + phrase.length)) };
}

/** A PlainTextSelection with one Coding per code GUID. */
export function selection(guid: string, pos: { start: number; end: number }, codes: string[], user?: string, extra = ''): string {
  const codings = codes
    .map((c, i) => `<Coding guid="${guid.slice(0, -2)}c${i}"${user ? ` creatingUser="${user}"` : ''}><CodeRef targetGUID="${c}"/></Coding>`)
    .join('');
  return `<PlainTextSelection guid="${guid}" name="" startPosition="${pos.start}" endPosition="${pos.end}"${user ? ` creatingUser="${user}"` : ''}>${extra}${codings}</PlainTextSelection>`;
}

export const PROJECT_OPEN = '<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="Estudio" origin="Test writer">';

/** Write bytes to a temp folder and return the path. */
export function put(dir: string, name: string, data: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

/** Files left in `dir` other than the ones named (no temporary project after a failed import). */
export function leftovers(dir: string, expected: string[]): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => !expected.includes(f)) : [];
}

// GUIDs used across the fixtures (any UUIDs would do).
export const G = {
  userAna: '0b6a6c3e-8f43-4c2f-9a3e-1f2d3c4b5a61',
  userBruno: '0b6a6c3e-8f43-4c2f-9a3e-1f2d3c4b5a62',
  codeAprender: '1c7b7d4f-9a54-4d30-8b4f-2a3e4d5c6b71',
  codeFamilia: '1c7b7d4f-9a54-4d30-8b4f-2a3e4d5c6b72',
  codeTecnologia: '1c7b7d4f-9a54-4d30-8b4f-2a3e4d5c6b73',
  codeEmocion: '1c7b7d4f-9a54-4d30-8b4f-2a3e4d5c6b74',
  source1: '2d8c8e50-ab65-4e41-9c50-3b4f5e6d7c81',
  source2: '2d8c8e50-ab65-4e41-9c50-3b4f5e6d7c82',
  source3: '2d8c8e50-ab65-4e41-9c50-3b4f5e6d7c83',
  sel1: '3e9d9f61-bc76-4f52-8d61-4c5a6f7e8d91',
  sel2: '3e9d9f61-bc76-4f52-8d61-4c5a6f7e8d92',
  sel3: '3e9d9f61-bc76-4f52-8d61-4c5a6f7e8d93',
  sel4: '3e9d9f61-bc76-4f52-8d61-4c5a6f7e8d94',
  set1: '4fa0a072-cd87-4063-9e72-5d6b7a8f9ea1',
  set2: '4fa0a072-cd87-4063-9e72-5d6b7a8f9ea2',
  note1: '5ab1b183-de98-4174-8f83-6e7c8b9a0fb1',
  note2: '5ab1b183-de98-4174-8f83-6e7c8b9a0fb2',
  note3: '5ab1b183-de98-4174-8f83-6e7c8b9a0fb3',
  var1: '6bc2c294-efa9-4285-9a94-7f8d9cab1ac1',
  var2: '6bc2c294-efa9-4285-9a94-7f8d9cab1ac2',
  case1: '7cd3d3a5-f0ba-4396-8ba5-809eadbc2bd1',
} as const;

/** An interview in Spanish: accents, emoji outside the BMP, speaker labels. */
export const LUCIA_LINES = [
  'Entrevistadora: ¿Cómo aprendiste a programar?',
  'Lucía: Aprendí con mi abuela 👵🏽, que era ingeniera. Fue difícil al principio 😅.',
  'Entrevistadora: ¿Y hoy?',
  'Lucía: Hoy enseño robótica 🤖 a niños de la escuela pública.',
];

/** An interview in English with accented names and an emoji. */
export const OWEN_LINES = [
  'Interviewer: What changed after the training?',
  'Owen: Zoë showed me the new dashboard 📊 and I finally understood the reports.',
  'Interviewer: Anything else?',
  'Owen: The café meetings helped more than the manuals.',
];
