import type { Command } from 'commander';
import { readImportFile } from '../../db/import/file';
import { openProject } from '../../db/open';
import { importCases } from '../../db/services/importCases';
import { type ImportReport, parseIncoming, writeParsed, type ParsedIncoming } from '../../db/services/importDocuments';
import { importSurveyTable } from '../../db/services/importSurvey';
import { readXlsxTable } from '../../db/import/xlsx';
import { readSurveyTable } from '../../shared/import/index';
import { UserError } from '../errors';
import { readParticipantsFile } from '../../db/services/readParticipants';

function print(json: boolean, value: unknown, lines: string[]): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : lines.map((l) => `${l}\n`).join(''));
}

export function registerImportCommands(program: Command): void {
  program
    .command('import')
    .description('import transcripts (.txt .md .docx .vtt .srt) as documents — all files or none')
    .argument('<project>', 'the .qualia file')
    .argument('<files...>', 'transcript files')
    .option('--encoding <name>', 'read text files in this encoding (utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1) instead of detecting it')
    .option('--speaker-pattern <regex>', 'speaker label at the start of a line; the first group is the name, e.g. "^([A-Z][a-z]+):\\s"')
    .option('--allow-duplicates', 'import files whose content is already in the project')
    .option('--text-columns <list>', 'for survey CSV files: comma-separated open-ended columns that become each respondent\'s document')
    .option('--id-column <name>', 'for survey CSV files: the column naming each respondent (default: row numbers)')
    .option('--json', 'print {"documents": [{"id","name","encoding","characters","segments","speakers"}], "warnings": [...]}')
    .action(async (project: string, files: string[], opts: { encoding?: string; speakerPattern?: string; allowDuplicates?: boolean; json?: boolean; textColumns?: string; idColumn?: string }) => {
      // Survey tables: CSV (decoded like any text) or the first sheet of an .xlsx workbook.
      const readTable = async (f: { fileName: string; bytes: Uint8Array }) =>
        /\.xlsx$/i.test(f.fileName)
          ? { table: await readXlsxTable(f.bytes, f.fileName), encoding: null }
          : readSurveyTable(f.fileName, f.bytes, opts.encoding ? { encoding: opts.encoding } : {});
      // Read and parse everything first; then write it all in one transaction.
      const parsed: ParsedIncoming[] = [];
      const surveys: { fileName: string; bytes: Uint8Array }[] = [];
      for (const f of files) {
        const file = await readImportFile(f);
        if (/\.(csv|tsv|xlsx)$/i.test(file.fileName)) {
          if (!opts.textColumns) {
            const { table } = await readTable(file);
            throw new UserError(`${file.fileName} is a survey table: give --text-columns with its open-ended columns (it has: ${table.columns.join(', ')})`);
          }
          surveys.push(file);
        } else parsed.push(await parseIncoming({ fileName: file.fileName, bytes: file.bytes }, opts));
      }
      const tables: Awaited<ReturnType<typeof readTable>>[] = [];
      for (const s of surveys) tables.push(await readTable(s));
      const p = openProject(project);
      try {
        const report: ImportReport = { documents: [], skipped: [], warnings: [] };
        p.sqlite.transaction(() => {
          if (parsed.length) {
            const r = writeParsed(p, parsed, opts);
            report.documents.push(...r.documents);
            report.skipped.push(...r.skipped);
            report.warnings.push(...r.warnings);
          }
          for (const [i, s] of surveys.entries()) {
            const textColumns = opts.textColumns!.split(',').map((c) => c.trim()).filter(Boolean);
            const r = importSurveyTable(p, tables[i]!, { fileName: s.fileName, textColumns, idColumn: opts.idColumn ?? null });
            report.documents.push(...r.documents);
            report.warnings.push(...r.warnings);
          }
        })();
        const warnings = [...report.skipped.map((s) => `${s.fileName}: skipped, ${s.reason}`), ...report.warnings];
        print(
          Boolean(opts.json),
          {
            documents: report.documents.map((d) => ({
              id: d.id, name: d.name, encoding: d.encoding, characters: d.characters, segments: d.segments, speakers: d.speakers,
            })),
            warnings,
          },
          [
            ...report.documents.map(
              (d) => `imported "${d.name}": ${d.characters} characters, ${d.segments} segments, ${d.encoding ?? 'docx'}${d.speakers.length ? `, speakers: ${d.speakers.join(', ')}` : ''}${d.case ? `, case ${d.case}` : ''}`,
            ),
            ...warnings.map((w) => `warning: ${w}`),
          ],
        );
      } finally {
        p.close();
      }
    });

  const cases = program.command('cases').description('participants (cases) and their descriptors');
  cases
    .command('import')
    .description('import or update a participants CSV: first column the case name, other columns descriptors (types inferred)')
    .argument('<project>', 'the .qualia file')
    .argument('<participants.csv>', 'CSV file with a header row')
    .option('--encoding <name>', 'read the CSV in this encoding instead of detecting it')
    .option('--json', 'print what was created and changed as JSON')
    .action(async (project: string, csv: string, opts: { encoding?: string; json?: boolean }) => {
      const file = await readImportFile(csv);
      const table = readParticipantsFile(file.fileName, file.bytes, opts.encoding);
      const p = openProject(project);
      try {
        const report = importCases(p, table);
        print(Boolean(opts.json), { fields: table.fields, ...report }, [
          `cases: ${report.casesCreated.length} created, ${table.cases.length - report.casesCreated.length} already present`,
          ...report.fieldsCreated.map((f) => `new field "${f.name}" (${f.type})`),
          ...report.changes.map((c) => `${c.case}: ${c.field} ${c.from ?? '(empty)'} → ${c.to ?? '(empty)'}`),
          ...report.linked.map((l) => `linked document "${l.document}" to case ${l.case}`),
        ]);
      } finally {
        p.close();
      }
    });
}
