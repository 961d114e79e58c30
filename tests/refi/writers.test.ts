// The pure REFI-QDA writers (shared/refi): escaping, characters XML cannot carry,
// GUID and value checks, element order, and the Description layouts that carry
// Qualia's extra fields.
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { RefiProject } from '../../shared/refi/model';
import { composeCodeDescription, composeWeightsDescription, parseCodeDescription, parseWeightsDescription } from '../../shared/refi/qualiaDescriptions';
import { writeCodebook } from '../../shared/refi/writeCodebook';
import { writeProject } from '../../shared/refi/writeProject';
import { attr, isGuid, isXsdDate, isXsdDateTime, rgb, text } from '../../shared/refi/xml';

const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const empty = (over: Partial<RefiProject> = {}): RefiProject => ({
  name: 'p',
  users: [],
  codes: [],
  variables: [],
  cases: [],
  sources: [],
  otherSources: [],
  notes: [],
  sets: [],
  noteGuids: [],
  ...over,
});
const parse = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, parseAttributeValue: false, trimValues: false, htmlEntities: true }).parse(xml) as Record<string, any>;

describe('XML escaping', () => {
  it('escapes markup, keeps tab/CR/LF through parsing, and replaces what XML 1.0 forbids with U+FFFD', () => {
    expect(text('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    expect(text('line\r\nnext\ttab')).toBe('line&#13;\nnext\ttab');
    expect(attr('say "hi"\n\tthen\r')).toBe('say &quot;hi&quot;&#10;&#9;then&#13;');
    expect(text('bell\u0007 nul\u0000 ok')).toBe('bell\uFFFD nul\uFFFD ok');
    // An unpaired surrogate is replaced; a proper pair (emoji) is kept.
    expect(text('a\uD83D b 😀 \uDE00c')).toBe('a\uFFFD b 😀 \uFFFDc');
    expect(text('\uFFFE\uFFFF')).toBe('\uFFFD\uFFFD');
  });

  it('round-trips any string through a project name and a note (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const xml = writeProject(empty({ name: s, notes: [{ guid: G(1), text: s }] }));
        const doc = parse(xml).Project;
        const expected = s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
        expect(doc.name).toBe(expected);
        expect(doc.Notes.Note.PlainTextContent ?? '').toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('value checks', () => {
  it('accepts UUIDs with or without braces, any case, and nothing else', () => {
    expect(isGuid('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true);
    expect(isGuid('{0F8FAD5B-D9CB-469F-A165-70867728950E}')).toBe(true);
    expect(isGuid('0f8fad5b-d9cb-469f-a165-70867728950')).toBe(false);
    expect(isGuid('0f8fad5b-d9cb-469f-a165-70867728950g')).toBe(false);
    expect(isGuid('0f8fad5bd-9cb-469f-a165-70867728950e')).toBe(false);
    expect(isGuid('{0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(false);
  });

  it('knows real days and xsd:dateTime layouts', () => {
    expect(isXsdDate('2024-02-29')).toBe(true);
    expect(isXsdDate('2023-02-29')).toBe(false);
    expect(isXsdDate('2023-04-31')).toBe(false);
    expect(isXsdDateTime('2025-11-25T16:35:40.591Z')).toBe(true);
    expect(isXsdDateTime('2025-11-25T16:35:40+01:00')).toBe(true);
    expect(isXsdDateTime('2025-11-25 16:35:40')).toBe(false);
    expect(isXsdDateTime('2025-11-25T24:00:00')).toBe(false);
  });

  it('writes colours as #RRGGBB and drops what is not a colour', () => {
    expect(rgb('#1a2b3c')).toBe('#1A2B3C');
    expect(rgb('#abc')).toBe('#AABBCC');
    expect(rgb('red')).toBeUndefined();
    expect(rgb(undefined)).toBeUndefined();
  });
});

describe('writeProject', () => {
  it('leaves out empty collections (the schema requires a member in each) and orders what it writes as Project.xsd does', () => {
    expect(writeProject(empty())).toBe('<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="p">\n</Project>\n');
    const xml = writeProject(
      empty({
        description: 'about',
        noteGuids: [G(9)],
        users: [{ guid: G(1), name: 'Ana' }],
        codes: [{ guid: G(2), name: 'c', isCodable: true, noteGuids: [], children: [] }],
        variables: [{ guid: G(3), name: 'v', type: 'Integer' }],
        cases: [{ guid: G(4), values: [{ variableGuid: G(3), value: '7' }], sourceGuids: [G(5)] }],
        sources: [{ guid: G(5), plainTextPath: 'internal://x.txt', plainTextContent: 'ignored', selections: [], noteGuids: [], values: [] }],
        notes: [{ guid: G(9), text: 'n' }],
        sets: [{ guid: G(6), name: 's', memberCodes: [G(2)], memberSources: [G(5)], memberNotes: [G(9)] }],
      }),
    );
    const order = ['<Users>', '<CodeBook>', '<Variables>', '<Cases>', '<Sources>', '<Notes>', '<Sets>', '<Description>about', '<NoteRef targetGUID'].map((t) => xml.indexOf(t));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    // plainTextPath wins over inline content: never both (Project.xsd's rule).
    expect(xml).not.toContain('ignored');
    expect(xml).toContain('<IntegerValue>7</IntegerValue>');
  });

  it('refuses a GUID that is not one, and a value that does not fit its variable, naming them', () => {
    expect(() => writeProject(empty({ codes: [{ guid: 'code-1', name: 'LPP', isCodable: true, noteGuids: [], children: [] }] }))).toThrow('code "LPP" has the id "code-1", which is not a GUID');
    const variables = [{ guid: G(3), name: 'tenure', type: 'Integer' as const }];
    expect(() => writeProject(empty({ variables, cases: [{ guid: G(4), name: 'Tom', values: [{ variableGuid: G(3), value: 'about 3' }], sourceGuids: [] }] }))).toThrow(
      'case "Tom": "about 3" is not a valid Integer for variable "tenure"',
    );
  });
});

describe('writeCodebook', () => {
  it('writes Codes then Sets with MemberCode guid=…, and refuses an empty codebook', () => {
    const xml = writeCodebook({
      origin: 'Qualia',
      codes: [{ guid: G(1), name: 'A & B', isCodable: true, color: '#abc', description: 'd', noteGuids: [G(8)], children: [{ guid: G(2), name: 'child', isCodable: true, noteGuids: [], children: [] }] }],
      sets: [{ guid: G(3), name: 'theme', memberCodes: [G(2)], memberSources: [], memberNotes: [] }],
    });
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Qualia">',
        '  <Codes>',
        `    <Code guid="${G(1)}" name="A &amp; B" isCodable="true" color="#AABBCC">`,
        '      <Description>d</Description>',
        `      <Code guid="${G(2)}" name="child" isCodable="true"/>`,
        '    </Code>',
        '  </Codes>',
        '  <Sets>',
        `    <Set guid="${G(3)}" name="theme">`,
        `      <MemberCode guid="${G(2)}"/>`,
        '    </Set>',
        '  </Sets>',
        '</CodeBook>',
        '',
      ].join('\n'),
    );
    expect(() => writeCodebook({ codes: [], sets: [] })).toThrow('no codes to export');
  });
});

describe("Descriptions that carry Qualia's extra fields", () => {
  it('a definition alone is written as is; nothing gives no Description', () => {
    const none = { definition: '', inclusion: '', exclusion: '', example: '', weight: null };
    expect(composeCodeDescription(none)).toBeUndefined();
    expect(composeCodeDescription({ ...none, definition: 'Just this.\n\nTwo paragraphs.' })).toBe('Just this.\n\nTwo paragraphs.');
  });

  it('composes and parses back every field (property)', () => {
    const field = fc.string({ maxLength: 30 }).filter((s) => !s.includes('\n\n') && !/^(Inclusion|Exclusion|Example|Weight scale): /.test(s));
    fc.assert(
      fc.property(
        fc.record({
          definition: fc.string({ maxLength: 40 }).filter((s) => !/(^|\n\n)(Inclusion|Exclusion|Example|Weight scale): /.test(s) && !s.endsWith('\n') && !s.startsWith('\n')),
          inclusion: field,
          exclusion: field,
          example: field,
          weight: fc.option(
            fc.record({ min: fc.integer({ min: -5, max: 0 }), max: fc.integer({ min: 1, max: 5 }), labels: fc.dictionary(fc.constantFrom('-1', '0', '1'), fc.string({ maxLength: 10 })) }),
            { nil: null },
          ),
        }),
        (c) => {
          expect(parseCodeDescription(composeCodeDescription(c))).toEqual(c);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads another tool’s description as all definition', () => {
    expect(parseCodeDescription('Inclusion criteria are listed below.\n\nSee the manual.')).toMatchObject({ definition: 'Inclusion criteria are listed below.\n\nSee the manual.', inclusion: '' });
  });

  it('writes one weight line per weighted coding and reads them back', () => {
    const d = composeWeightsDescription([
      { codeGuid: G(1), codeName: 'Technology\nattitude', weight: -1.5 },
      { codeGuid: G(2), codeName: 'Trust', weight: 2 },
    ]);
    expect(d).toBe(`weight=-1.5 code=${G(1)} (Technology attitude)\nweight=2 code=${G(2)} (Trust)`);
    expect([...parseWeightsDescription(d)]).toEqual([
      [G(1), -1.5],
      [G(2), 2],
    ]);
    expect(composeWeightsDescription([])).toBeUndefined();
  });
});
