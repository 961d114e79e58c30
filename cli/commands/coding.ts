import { readFileSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { writeFileAtomic, writeFileAtomicFrom } from '../../db/files/writeAtomic';
import { openProject } from '../../db/open';
import { importCodebookQdc, qdcExport } from '../../db/exchange/codebookQdc';
import { listCodes } from '../../db/services/codebook';
import { exportCodebookCsv, importCodebookCsv } from '../../db/services/codebookCsv';
import { createCode, findCodeByPath } from '../../db/services/codes';
import { excerptsCsvChunks, importExcerptsCsv } from '../../db/services/excerptsCsv';
import { addCoder } from '../../db/services/memos';
import { UserError } from '../errors';
import { readProject, withProject } from '../project';
import { version } from '../version';

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new UserError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

function readBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (err) {
    throw new UserError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

function output(text: string, out: string | undefined): void {
  if (out) writeFileAtomic(out, text); // whole or not at all (temp file + rename)
  else process.stdout.write(text);
}

/** Like `output`, for text made piece by piece (too large to hold whole): written as it comes. */
async function outputChunks(chunks: Iterable<string>, out: string | undefined): Promise<void> {
  if (!out) {
    for (const c of chunks) process.stdout.write(c);
    return;
  }
  await writeFileAtomicFrom(out, async (fd) => {
    for (const c of chunks) {
      const bytes = Buffer.from(c, 'utf8');
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    }
  });
}

function parseWeights(spec: string): { min: number; max: number; labels: Record<string, string> } {
  const m = /^(-?\d+(?:\.\d+)?)\.\.(-?\d+(?:\.\d+)?)$/.exec(spec.trim());
  if (!m || Number(m[1]) >= Number(m[2])) throw new UserError(`--weights: "${spec}" is not MIN..MAX with MIN < MAX (e.g. -2..2)`);
  return { min: Number(m[1]), max: Number(m[2]), labels: {} };
}

export function registerCodingCommands(program: Command): void {
  const coders = program.command('coders').description('the researchers who code');
  coders
    .command('add')
    .description('add a coder')
    .argument('<project>', 'the .qualia file')
    .argument('<name>', "the coder's name")
    .action((project: string, name: string) => {
      withProject(project, (p) => addCoder(p, name));
      process.stdout.write(`added coder "${name}"\n`);
    });

  const codes = program.command('codes').description('the codebook');
  codes
    .command('add')
    .description('add a code')
    .argument('<project>', 'the .qualia file')
    .argument('<path>', 'code name, or a path like "Learning > LPP" whose parents exist')
    .option('--parent <path>', 'parent code (path or id)')
    .option('--weights <min..max>', 'a weight scale, e.g. -2..2')
    .option('--colour <#rrggbb>', 'colour')
    .option('--definition <text>', 'definition')
    .action((project: string, path: string, opts: { parent?: string; weights?: string; colour?: string; definition?: string }) => {
      const parts = path.split(' > ');
      const name = parts.pop()!.trim();
      withProject(project, (p) => {
        const parentKey = opts.parent ?? (parts.length ? parts.join(' > ') : undefined);
        const parent = parentKey ? findCodeByPath(p, parentKey) : undefined;
        if (parentKey && !parent) throw new UserError(`no parent code "${parentKey}"`);
        createCode(p, {
          name,
          parentId: parent?.id ?? null,
          ...(opts.weights ? { weight: parseWeights(opts.weights) } : {}),
          ...(opts.colour ? { colour: opts.colour } : {}),
          ...(opts.definition ? { definition: opts.definition } : {}),
        });
        process.stdout.write(`added code "${listCodes(p).find((c) => c.name === name && c.parentId === (parent?.id ?? null))!.path}"\n`);
      });
    });

  const codebook = program.command('codebook').description('codebook as CSV (path,definition,colour,weight_min,weight_max) or REFI-QDA .qdc');
  codebook
    .command('export')
    .description('write the codebook as CSV, or as a REFI-QDA codebook when the file name ends in .qdc')
    .argument('<project>', 'the .qualia file')
    .argument('[file]', 'output file (default: CSV on standard output); a name ending in .qdc writes REFI-QDA XML')
    .option('--bom', 'start with a UTF-8 byte-order mark (for Excel; CSV only)')
    .action((project: string, file: string | undefined, opts: { bom?: boolean }) => {
      if (file && /\.qdc$/i.test(file)) {
        if (opts.bom) throw new UserError('--bom applies to CSV only, not to a .qdc file');
        const qdc = readProject(project, (p) => qdcExport(p, { origin: `Qualia ${version}` }));
        output(qdc.xml, file);
        process.stdout.write(`wrote ${file}: ${qdc.codes} code(s), ${qdc.sets} set(s) (themes)\n`);
        return;
      }
      output(readProject(project, (p) => exportCodebookCsv(p, { bom: Boolean(opts.bom) })), file);
    });
  codebook
    .command('import')
    .description('create and update codes from a codebook CSV, or from a REFI-QDA codebook when the file name ends in .qdc (all or nothing)')
    .argument('<project>', 'the .qualia file')
    .argument('<file>', 'codebook CSV, or a .qdc file (codes matched by GUID, else by name under the same parent; sets of codes → themes)')
    .option('--json', 'print the report as JSON')
    .action((project: string, file: string, opts: { json?: boolean }) => {
      if (/\.qdc$/i.test(file)) {
        const bytes = readBytes(file);
        const qdc = withProject(project, (p) => importCodebookQdc(p, bytes, basename(file)));
        if (opts.json) process.stdout.write(`${JSON.stringify(qdc, null, 2)}\n`);
        else {
          process.stdout.write(`codebook: ${qdc.created.length} code(s) created, ${qdc.updated.length} updated, ${qdc.unchanged} unchanged; ${qdc.themesCreated.length} theme(s) created, ${qdc.themesUpdated.length} updated\n`);
          for (const w of qdc.warnings) process.stdout.write(`warning: ${w}\n`);
        }
        return;
      }
      const report = withProject(project, (p) => importCodebookCsv(p, readText(file), basename(file)));
      if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else process.stdout.write(`codebook: ${report.created.length} code(s) created, ${report.updated.length} updated\n`);
    });

  const excerpts = program.command('excerpts').description('codings as CSV (offsets in code points, end exclusive)');
  excerpts
    .command('export')
    .description('write every coding: document,coder,start,end,code,weight,memo,excerpt_id,case,code_path,text,<descriptors…>')
    .argument('<project>', 'the .qualia file')
    .option('--out <file>', 'output file (default: standard output)')
    .option('--bom', 'start with a UTF-8 byte-order mark (for Excel)')
    .action(async (project: string, opts: { out?: string; bom?: boolean }) => {
      // Read-only, as readProject opens it; held open until the last piece is written.
      const p = openProject(project, { mode: 'read' });
      try {
        await outputChunks(excerptsCsvChunks(p, { bom: Boolean(opts.bom) }), opts.out);
      } finally {
        p.close();
      }
    });
  excerpts
    .command('import')
    .description('import codings from CSV with columns document,coder,start,end,code,weight,memo (all rows or none)')
    .argument('<project>', 'the .qualia file')
    .argument('<codings.csv>', 'CSV file')
    .option('--create-missing', 'create coders and codes named in the file that do not exist yet')
    .option('--json', 'print the report as JSON')
    .action((project: string, file: string, opts: { createMissing?: boolean; json?: boolean }) => {
      const report = withProject(project, (p) => importExcerptsCsv(p, readText(file), basename(file), { createMissing: Boolean(opts.createMissing) }));
      if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else {
        process.stdout.write(`imported ${report.excerpts} excerpt(s) with ${report.codings} coding(s)\n`);
        for (const c of report.createdCoders) process.stdout.write(`created coder "${c}"\n`);
        for (const c of report.createdCodes) process.stdout.write(`created code "${c}"\n`);
      }
    });
}
