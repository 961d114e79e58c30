import { describe, expect, it } from 'vitest';
import { parseTranscript, structureText, transcriptFormat } from '../../shared/import/index';
import { thrown, utf8, UTF8_BOM, withBom } from './helpers';

describe('routing by file name', () => {
  it.each(['notes.odt', 'notes.rtf', 'notes.doc', 'notes.PDF'])('%s: not supported, save it as .docx or .txt', (name) => {
    const e = thrown(() => parseTranscript(name, utf8('whatever')));
    expect(e).toMatchObject({ code: 'unsupported', fileName: name });
    expect(e.message).toMatch(new RegExp(`^${name.replace('.', '\\.')}: \\.\\w+ files are not supported, save it as \\.docx or \\.txt\\.$`));
  });

  it.each(['answers.xls', 'answers.ods'])('%s: spreadsheets are saved as CSV first', (name) => {
    const e = thrown(() => transcriptFormat(name));
    expect(e.message).toBe(`${name}: .${name.split('.')[1]} spreadsheets are not supported, save it as .csv (UTF-8) and import that.`);
  });

  it('sends .csv to the survey importer and .docx to the desktop importer', () => {
    expect(thrown(() => parseTranscript('s.csv', utf8('a,b'))).message).toMatch(/import it as a survey/);
    expect(transcriptFormat('/home/ana/entrevista.DOCX')).toBe('docx');
    expect(thrown(() => parseTranscript('e.docx', utf8('PK'))).code).toBe('unsupported');
  });

  it('reads .txt, .md and unknown extensions as text', () => {
    expect(transcriptFormat('a.txt')).toBe('text');
    expect(transcriptFormat('a.md')).toBe('markdown');
    expect(transcriptFormat('README')).toBe('text');
    const md = parseTranscript('i.md', utf8('### Ana\nHola.\n\n### Luis\nAdiós.\n\n### Ana\nVale.\n\n### Luis\nBien.\n'));
    expect(md).toMatchObject({ format: 'markdown', speakers: ['Ana', 'Luis'], speakerStyle: { id: 'heading' } });
  });

  it('refuses a file that is only a BOM or whitespace', () => {
    expect(thrown(() => parseTranscript('bom.txt', withBom(UTF8_BOM, new Uint8Array()))).message).toBe('bom.txt is empty (it contains no text).');
    expect(thrown(() => parseTranscript('ws.txt', utf8(' \r\n\t\n'))).code).toBe('empty');
  });

  it('warns when the file already contains U+FFFD from an earlier bad conversion', () => {
    const r = parseTranscript('lost.txt', utf8('Ana: bien\nLuis: a\uFFFDo y ma\uFFFDana\n'));
    expect(r.warnings).toEqual(['lost.txt: already contains 2 replacement character(s) "\uFFFD" (first on line 2); letters were lost before this file was saved.']);
  });

  it('lets the user turn speakers off or supply a pattern', () => {
    const text = 'Ana: hola\nLuis: adiós\nAna: vale';
    expect(parseTranscript('t.txt', utf8(text), { speakerStyle: null }).segments.map((s) => s.kind)).toEqual(['paragraph']);
    expect(structureText('t.txt', text, 'text', { speakerStyle: /^(Luis):/ }).speakers).toEqual(['Luis']);
  });
});
