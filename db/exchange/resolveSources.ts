// Finding things inside a .qdpx the way real tools lay them out: the project XML
// is project.qde or named after the project (ATLAS.ti 26), at the root or in one
// folder; a source's text is inline (PlainTextContent), or a file named by
// plainTextPath as `internal://x.txt` (in sources/ or Sources/), `relative://x`,
// a relative path or a bare name (qc). When there is no usable plain text, a
// .docx richTextPath is converted as normal import does; anything else is
// reported as skipped, never guessed.
import { createHash } from 'node:crypto';
import { decodeText } from '../../shared/import/decode';
import { ImportError } from '../../shared/import/errors';
import type { RefiTextSource } from '../../shared/refi/model';
import { RefiError } from '../../shared/refi/readError';
import { extractDocx } from '../import/docx';
import { type Archive, type ArchiveFile, archiveKey, getEntry } from './readArchive';

export interface ProjectEntry {
  file: ArchiveFile;
  /** Folder of the .qde inside the archive ("" at the root, else ending in "/"). */
  base: string;
}

/** The one .qde in the archive: project.qde if present, else the only *.qde at the shallowest level. */
export function findProjectEntry(archive: Archive): ProjectEntry {
  const qdes = [...archive.files.values()].filter((f) => /\.qde$/i.test(f.path));
  if (qdes.length === 0) throw new RefiError('structure', { fileName: archive.name }, 'has no project.qde inside: it is not a REFI-QDA project archive');
  const depth = (f: ArchiveFile) => f.path.split('/').length;
  const top = Math.min(...qdes.map(depth));
  const shallow = qdes.filter((f) => depth(f) === top);
  const chosen = shallow.find((f) => /(^|\/)project\.qde$/i.test(f.path)) ?? (shallow.length === 1 ? shallow[0] : undefined);
  if (!chosen) {
    throw new RefiError('structure', { fileName: archive.name }, `holds ${shallow.length} project files (${shallow.map((f) => f.path).join(', ')}); expected one`);
  }
  const slash = chosen.path.lastIndexOf('/');
  return { file: chosen, base: slash < 0 ? '' : chosen.path.slice(0, slash + 1) };
}

export interface SourceText {
  from: 'inline' | 'text' | 'docx';
  /** The archive entry the text came from; null for inline text. */
  entry: string | null;
  /** The text as decoded (BOM removed), before normalisation. */
  decoded: string;
  /** sha256 of the bytes the text came from. */
  sourceSha256: string;
  encoding: string | null;
}

export type SourceResolution = { text: SourceText } | { skip: string };

const EXTERNAL = /^(?:file:|absolute:\/\/|[a-zA-Z]:[\\/]|[\\/])/;

/** Archive paths to try for a plainTextPath/richTextPath, most likely first. */
export function candidatePaths(path: string, base: string): string[] {
  const variants = new Set([path]);
  try {
    variants.add(decodeURIComponent(path));
  } catch {
    // Not percent-encoded.
  }
  const out: string[] = [];
  for (const p of variants) {
    const scheme = /^(internal|relative):\/\/(.*)$/i.exec(p);
    const rest = (scheme ? scheme[2]! : p).replace(/\\/g, '/').replace(/^\.\//, '');
    const file = rest.slice(rest.lastIndexOf('/') + 1);
    if (scheme?.[1]?.toLowerCase() === 'internal') out.push(`${base}sources/${rest}`, `${base}${rest}`);
    else if (!EXTERNAL.test(rest)) out.push(`${base}${rest}`, `${base}sources/${rest}`);
    out.push(`${base}sources/${file}`, `${base}${file}`);
  }
  return [...new Set(out.map(archiveKey))];
}

function lookup(archive: Archive, path: string | undefined, base: string): ArchiveFile | undefined {
  if (!path) return undefined;
  for (const candidate of candidatePaths(path, base)) {
    const hit = getEntry(archive, candidate);
    if (hit) return hit;
  }
  return undefined;
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** A source's text, or why it is skipped. Undecodable text is an error (the file is damaged), not a skip. */
export async function resolveSourceText(archive: Archive, base: string, source: RefiTextSource, label: string): Promise<SourceResolution> {
  if (source.plainTextContent !== undefined && source.plainTextContent.trim() !== '') {
    return { text: { from: 'inline', entry: null, decoded: source.plainTextContent, sourceSha256: sha256(source.plainTextContent), encoding: null } };
  }
  const reasons: string[] = [];
  const plain = lookup(archive, source.plainTextPath, base);
  if (plain) {
    if (plain.data.length > 0) {
      let decoded;
      try {
        decoded = decodeText(plain.data, { fileName: plain.path });
      } catch (err) {
        if (err instanceof ImportError && err.code !== 'empty') throw new RefiError('archive', { fileName: archive.name }, `the text of source "${label}" (${plain.path}) cannot be read: ${err.message}`);
      }
      if (decoded && decoded.text.trim() !== '') {
        return { text: { from: 'text', entry: plain.path, decoded: decoded.text, sourceSha256: sha256(plain.data), encoding: decoded.encoding } };
      }
    }
    reasons.push(`its text file ${plain.path} is empty`);
  } else if (source.plainTextPath) {
    reasons.push(EXTERNAL.test(source.plainTextPath) ? `its text is outside the archive (${source.plainTextPath})` : `its text file ${source.plainTextPath} is not in the archive`);
  }
  const rich = lookup(archive, source.richTextPath, base);
  if (rich && /\.docx$/i.test(rich.path)) {
    let text = '';
    try {
      text = await extractDocx(rich.data, rich.path);
    } catch (err) {
      reasons.push(`its Word file ${rich.path} cannot be read (${(err as Error).message})`);
    }
    if (text.trim() !== '') return { text: { from: 'docx', entry: rich.path, decoded: text, sourceSha256: sha256(rich.data), encoding: null } };
    if (reasons.length === 0 || !reasons[reasons.length - 1]!.includes(rich.path)) reasons.push(`its Word file ${rich.path} has no text`);
  } else if (rich) {
    reasons.push(`its rich text ${rich.path} is not a .docx (not converted)`);
  } else if (source.richTextPath) {
    reasons.push(`its rich text ${source.richTextPath} is not in the archive`);
  }
  if (reasons.length === 0) reasons.push('it has no text (no PlainTextContent, plainTextPath or richTextPath)');
  return { skip: reasons.join('; ') };
}

/** Read a Note's text from the archive when it points at a file. */
export function noteFileText(archive: Archive, base: string, path: string | undefined): string | undefined {
  const file = lookup(archive, path, base);
  if (!file || file.data.length === 0) return undefined;
  try {
    return decodeText(file.data, { fileName: file.path }).text;
  } catch {
    return undefined;
  }
}
