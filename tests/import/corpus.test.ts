// Real exports from ../shared/corpus/transcripts (see its README for sources
// and licences). Nothing from them is copied here: the tests only check that
// each file parses and that the speakers found are the ones a researcher
// reading the file would name. Skipped, with a message, when the folder is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTranscriptFile, type ImportedTranscript } from '../../db/import/file';
import { buildSurvey, readSurveyTable, suggestTextColumns } from '../../shared/import/index';
import { isNormalized } from '../../shared/import/normalize';

const dir = join(process.cwd(), '..', 'shared', 'corpus', 'transcripts');
const present = existsSync(dir);
if (!present) console.warn(`corpus tests skipped: ${dir} is absent`);

const ABLEPLAYER = ['Michael Young', 'Tracy Mitrano', 'Pablo Molina', 'Edward Ray', 'Gerry Hanley', 'Pablo Molinda', 'Bruce Maas'];

/** File → [speaker style (null for captions), speakers in order of appearance]. */
const EXPECTED: Record<string, [string | null, string[]]> = {
  'en-ableplayer-itaccess-voice-tags.vtt': [null, ABLEPLAYER],
  'es-ableplayer-itaccess-voice-tags.vtt': [null, ABLEPLAYER],
  'en-podcastindex-buzzsprout-example.vtt': [null, ['Sarah', 'Gillian']],
  'en-podcastindex-buzzsprout-example.srt': [null, ['Travis', 'Sarah', 'Gilon']],
  'en-zoom-cip-meeting.vtt': [null, ['Ashlee Kupor (SL)', 'Dora Demszky']],
  'en-zoom-preasync-class.vtt': [
    null,
    ['Dominik Böhler', 'Gaurang Thanekar', 'Matilda Simon', 'Florian Wahl', 'Ledia Leka', 'Edina Larios', 'Amelie Haas', 'Yamuna Bandaru', 'Saurabh Swaroop’s iPad', 'Shailly Upadhyay', 'Naina', 'Mouzhi Ge', 'Alfa Nwanonobi', 'OSARODION OHENZUWA', 'Elisa Julia', 'Reshma', 'Marian Esskaros', 'Bella Ndaa', 'Jubaida', 'Svetlana Semenova'],
  ],
  'en-mlsss-interview-31.txt': ['colon', ['Interviewer 1', 'Interviewee']],
  // The typo label "Interviewer2 2" is in the file; the researcher can merge it.
  'fr-mlsss-interview-2.txt': ['colon', ['Interviewer1', 'Interviewee1', 'Interviewer2', 'Interviewer2 2']],
  'en-qualcoder-transcript-bracket-ids.txt': ['bracket', ['id1', 'id2', 'id3']],
  'es-histo-internet-clemente-forero-trint.txt': ['name-stamp', ['Clemente Forero', 'Jaime Humberto Borja', 'Laura Manrique']],
  'nl-thesis-evaluation-int1-heading-labels.md': ['heading', ['Interviewer', 'Business Process Manager']],
  'nl-thesis-validation-bold-labels.md': ['bold', ['Interviewer', 'Business Application Manager']],
  'es-histo-internet-hugo-sin-teams.docx': ['time-line-name', ['Maria Jose Afanador Llach', 'Hugo Sin Triana', 'Jaime Humberto Borja Gomez', 'Laura Viviana Manrique Gomez']],
  'es-histo-internet-personajes-iconicos-trint.docx': ['name-stamp', ['Jaime Humberto Borja', 'Jorge Giraldo', 'María José Afanador Llach', 'Laura Manrique']],
};

function checkInvariants(r: ImportedTranscript): void {
  expect(isNormalized(r.text)).toBe(true);
  let previousEnd = 0;
  for (const s of r.segments) {
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(r.text.length);
    expect(r.text.slice(s.start, s.end).trim()).toBe(r.text.slice(s.start, s.end));
    if (s.kind === 'turn') expect(r.text.slice(s.start, s.end)).toContain(s.speaker!.split(' ')[0]!);
    previousEnd = s.end;
  }
  expect(r.text).not.toContain('\uFFFD');
}

describe.skipIf(!present)('real transcripts in ../shared/corpus/transcripts', () => {
  it('has every file the expectations name', () => {
    const files = readdirSync(dir);
    for (const name of Object.keys(EXPECTED)) expect(files).toContain(name);
  });

  it.each(Object.entries(EXPECTED))('%s: parses, and finds the expected speakers', async (name, [styleId, speakers]) => {
    const r = await importTranscriptFile(join(dir, name));
    checkInvariants(r);
    expect(r.speakers).toEqual(speakers);
    expect(r.speakerStyle?.id ?? null).toBe(styleId);
    expect(r.segments.filter((s) => s.kind === 'turn').length).toBeGreaterThanOrEqual(speakers.length);
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps caption times on segments and decodes entities, NBSP and the BOM file', async () => {
    const zoom = await importTranscriptFile(join(dir, 'en-zoom-cip-meeting.vtt'));
    expect(zoom.segments.every((s) => s.timeStartMs !== null && s.timeEndMs! >= s.timeStartMs)).toBe(true);
    expect(zoom.text).toContain('\u00a0');
    const buzz = await importTranscriptFile(join(dir, 'en-podcastindex-buzzsprout-example.vtt'));
    expect(buzz.text).toContain('Q&A');
    expect(buzz.text).not.toContain('&amp;');
    const es = await importTranscriptFile(join(dir, 'es-ableplayer-itaccess-voice-tags.vtt'));
    expect(es.text).not.toMatch(/NOTE|WEBVTT|-->/);
    const trint = await importTranscriptFile(join(dir, 'es-histo-internet-clemente-forero-trint.txt'));
    expect(trint).toMatchObject({ hadBom: true, encoding: 'utf-8' });
    expect(trint.segments[0]).toMatchObject({ kind: 'paragraph', speaker: null });
    expect(trint.segments[1]!.timeStartMs).toBe(2000);
  });

  it('keeps a Markdown title out of the speakers and splits Teams turns at the name line', async () => {
    const md = await importTranscriptFile(join(dir, 'nl-thesis-evaluation-int1-heading-labels.md'));
    expect(md.segments[0]).toMatchObject({ kind: 'paragraph', speaker: null });
    expect(md.speakerStyle?.example).toBe('### Name');
    const teams = await importTranscriptFile(join(dir, 'es-histo-internet-hugo-sin-teams.docx'));
    const second = teams.segments.find((s) => s.speaker === 'Hugo Sin Triana')!;
    expect(teams.text.slice(second.start, second.end).split('\n')[1]).toBe('Hugo Sin Triana');
    expect(second.timeStartMs).toBe(37_100);
  });

  it('refuses the .odt with the "save it as .docx or .txt" message', async () => {
    await expect(importTranscriptFile(join(dir, 'en-qualcoder-ID2.odt'))).rejects.toThrow('en-qualcoder-ID2.odt: .odt files are not supported, save it as .docx or .txt.');
  });

  it('reads the Google Forms CSV: 338 responses, a duplicate header, Spanish open-ended columns', () => {
    const name = 'es-r-community-survey-2019-googleforms.csv';
    const { table, encoding } = readSurveyTable(name, new Uint8Array(readFileSync(join(dir, name))));
    expect(encoding).toBe('utf-8');
    expect(table.rows).toHaveLength(338);
    expect(table.columns).toHaveLength(52);
    expect(table.warnings).toHaveLength(1);
    expect(table.warnings[0]).toMatch(/column 14 repeats the header/);
    const open = suggestTextColumns(table);
    const likes = table.columns.filter((c) => /lo que (más|menos) te gusta/.test(c));
    expect(likes).toHaveLength(2);
    for (const c of likes) expect(open).toContain(c);
    const survey = buildSurvey(table, { fileName: name, textColumns: likes });
    expect(survey.documents.length).toBeGreaterThan(50);
    expect(survey.documents.every((d) => d.answers.length > 0 && Object.keys(d.attributes).length === 50)).toBe(true);
    // Answers with line breaks push later rows down: row lines must keep increasing.
    expect(table.rowLines.every((l, i) => i === 0 || l > table.rowLines[i - 1]!)).toBe(true);
  });

  it('reads the Qualtrics CSV with its three header rows', () => {
    const name = 'de-qualtrics-export-sample.csv';
    const { table } = readSurveyTable(name, new Uint8Array(readFileSync(join(dir, name))));
    expect(table.rows).toHaveLength(1);
    expect(table.rowLines).toEqual([4]);
    expect(table.labels).not.toBeNull();
    const doc = buildSurvey(table, { fileName: name, textColumns: ['Q2'], idColumn: 'ResponseId' }).documents[0]!;
    expect(doc.caseName).toMatch(/^R_/);
    expect(doc.text.split('\n')[0]).toBe(table.labels![table.columns.indexOf('Q2')]);
    expect(doc.attributes).toHaveProperty('UserLanguage');
  });
});
