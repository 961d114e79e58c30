// Small valid files of every format Qualia imports: our own synthetic
// English/Spanish interviews (accents, emoji, quotes), the seeds the fuzzer mutates.
import { zipStored } from '../import/zip';

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

// windows-1252 for the characters these samples use: Latin-1 plus curly quotes, dashes, €.
const CP1252_HIGH: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '…': 0x85 };
export function cp1252(s: string): Uint8Array {
  return Uint8Array.from([...s], (ch) => {
    const high = CP1252_HIGH[ch];
    if (high !== undefined) return high;
    const c = ch.charCodeAt(0);
    if (c > 0xff || (c >= 0x80 && c <= 0x9f)) throw new Error(`no windows-1252 byte for ${ch}`);
    return c;
  });
}

export const TXT_UTF8 = [
  'Interviewer: ¿Cómo aprendiste el oficio?\n\nRosa: Mirando a mi compañera. Después hice un curso en línea 💻.\n\nInterviewer: And the platform?\n\nRosa: Poca cosa; "no hay con quién hablar". Ñandú, pingüino, façade.\n',
  '[00:00:03] Entrevistadora: Buenos días, Jorge.\n[00:00:07] Jorge: Buenos días 😊 — ready when you are.\n[00:00:12] Entrevistadora: ¿Qué cambió en 2020?\nJorge: Everything moved online,\r\nand the team split in two.\r\n',
  'Field note, 3 March.\n\nThe allotment was busy; Marta showed us the seed bank (¡tan ordenado!).\nNo speakers here, only paragraphs.\n',
].map(utf8);

export const TXT_1252 = [
  'Entrevistadora: ¿Qué opina del “curso nuevo”?\r\n\r\nLuis: Caro — 300 € por tres días… pero útil.\r\n\r\nEntrevistadora: ¿Y la compañía?\r\n\r\nLuis: ‘Así así’, señora. Año de mudanzas.\r\n',
  'Nota de campo: la reunión empezó tarde – llovía.\nÁngel trajo café; Begoña, pan dulce.\n',
].map(cp1252);

export const VTT = [
  'WEBVTT\n\n00:00:01.000 --> 00:00:04.500\n<v Entrevistadora>¿Cómo empezó a trabajar en la huerta?</v>\n\n00:00:05.000 --> 00:00:09.000\n<v Marta>Con mi abuela, la verdad. 🌱 Ella sabía todo.\n\nNOTE said twice in the recording\n\n2\n00:00:09.500 --> 00:00:12.000 align:start position:10%\n<v Marta>Pues sí, ¡qué tiempos! <b>Muy</b> duros &amp; bonitos.\n',
  'WEBVTT - Zoom export\n\n1\n00:00:00.000 --> 00:00:02.000\nInterviewer: Can you hear me?\n\n2\n00:00:02.100 --> 00:00:05.900\nAmara: Yes — loud and clear.\n',
].map(utf8);

export const SRT = [
  '1\n00:00:01,000 --> 00:00:03,000\nInterviewer: How did you learn the trade?\n\n2\n00:00:03,500 --> 00:00:07,250\nJorge: Watching my colleague — café in hand ☕.\n\n3\n00:00:08,000 --> 00:00:10,000\nJorge: Later, un curso <i>online</i>.\n',
  '\uFEFF1\r\n00:01:00,000 --> 00:01:02,500\r\n¿Y después?\r\n\r\n2\r\n00:01:03,000 --> 00:01:06,000\r\nDespués, nada: volví al pueblo.\r\n',
].map(utf8);

export const SURVEY_CSV = [
  'id,edad,área,respuesta\nR1,34,Norte,"Aprendí mirando, ""a la antigua"". 😊"\nR2,51,Sur,"Learned on the job; the course helped.\nTwo lines here."\nR3,,Norte,Nada que añadir\n',
  'id;edad;área;respuesta\r\nR7;29;Este;Con tutoriales en vídeo\r\nR8;62;Oeste;"Preguntando; siempre preguntando"\r\n',
].map(utf8);

export const PARTICIPANTS_CSV = [
  'participant,gender,tenure,area,joined\nRosa,F,12,Norte,2019-03-04\nJorge,M,3,Sur,2023-11-20\nMarta,F,7.5,Norte,\nAmara,F,1,Sur,2024-01-15\n',
  '\uFEFFcase,role\r\nLuis,técnico\r\nBegoña,"jefa, turno de noche"\r\n',
].map(utf8);

/** Coded against the document made by `codingsSetup` in kinds.ts. */
export const CODINGS_CSV = [
  'document,coder,start,end,code,weight,memo\nEntrevista Ana,Ana,0,11,Aprendizaje > Formal,,primera nota\nEntrevista Ana,Ana,13,40,Actitud,1,"memo, con coma"\nEntrevista Ana,Bruno,5,20,Aprendizaje,,\'=1+2 fórmula\n',
  '\uFEFFdocument,coder,start,end,code,weight,memo,excerpt_id,text\r\nEntrevista Ana,Bruno,41,60,Actitud,-2,,x1,ignored\r\nEntrevista Ana,Bruno,41,60,Aprendizaje > Formal,,,x1,ignored\r\n',
].map(utf8);

export const CODEBOOK_CSV = [
  'path,definition,colour,weight_min,weight_max\nAprendizaje,Cómo aprendieron,#1f77b4,,\nAprendizaje > Formal,"Cursos, talleres",#ff7f0e,,\nActitud,Actitud hacia la tecnología 📱,#2ca02c,-2,2\n',
  'path,definition\r\nEmociones > Orgullo,"""Lo hice yo"""\r\nEmociones > Miedo,\'-perder el puesto\r\n',
].map(utf8);

// ---- containers: the zip and the XML parts inside it are both mutated ----

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const xml = (body: string) => utf8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${body}`);
const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;

export const DOCX_PARTS: Record<string, Uint8Array>[] = [
  [
    `<w:p>${run('Interviewer: ¿Dónde trabajas?')}</w:p>`,
    `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run('Ana: En la cooperativa 🌻')}<w:r><w:br/></w:r>${run('desde 2015.')}</w:p>`,
    `<w:p>${run('Interviewer:')}<w:r><w:tab/></w:r>${run('And before that?')}</w:p>`,
    `<w:tbl><w:tr><w:tc><w:p>${run('Ana: In a bakery &amp; café.')}</w:p></w:tc></w:tr></w:tbl>`,
  ],
  [`<w:p>${run('00:00:01 Speaker 1')}<w:r><w:br/></w:r>${run('Hola, ¿me oyes?')}</w:p><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Speaker 2: </w:t></w:r>${run('Sí — perfectamente.')}</w:p>`],
].map((paras) => ({
  '[Content_Types].xml': xml(
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  ),
  '_rels/.rels': xml(`<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`),
  'word/_rels/document.xml.rels': xml(`<Relationships xmlns="${PKG_REL}"></Relationships>`),
  'word/document.xml': xml(`<w:document ${W}><w:body>${paras.join('')}</w:body></w:document>`),
}));

const cell = (ref: string, v: string | number) =>
  typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
const sheet = (rows: (string | number)[][]) =>
  xml(
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows
      .map((r, i) => `<row r="${i + 1}">${r.map((v, j) => cell(`${'ABCD'[j]}${i + 1}`, v)).join('')}</row>`)
      .join('')}</sheetData></worksheet>`,
  );

export const XLSX_PARTS: Record<string, Uint8Array>[] = [
  [['id', 'edad', 'respuesta'], ['R1', 34, 'El silencio de la mañana. 🌄'], ['R2', 51, 'Los vecinos &amp; el mercado.']],
  [['id', 'respuesta'], ['R9', 'Short answer'], ['R10', 'Otra respuesta, más larga, con acentos: áéíóú.']],
].map((rows) => ({
  '[Content_Types].xml': xml(
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  ),
  '_rels/.rels': xml(`<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
  'xl/workbook.xml': xml(`<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets><sheet name="Respuestas" sheetId="1" r:id="rId1"/></sheets></workbook>`),
  'xl/_rels/workbook.xml.rels': xml(`<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
  'xl/worksheets/sheet1.xml': sheet(rows),
}));

export const pack = (parts: Record<string, Uint8Array>): Uint8Array => zipStored(parts);
