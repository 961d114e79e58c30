// The synthetic corpus every benchmark runs on. Deterministic: the same scale and
// seed give byte-identical transcripts, codebook, participants and codings, so two
// runs (or two machines) measure the same work. All text is invented here.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../shared/agreement/bootstrap';

export type Scale = 'small' | 'medium' | 'large';
export const SCALES: readonly Scale[] = ['small', 'medium', 'large'];

export interface ScaleSpec {
  documents: number;
  /** Words per transcript (speaker labels not counted). */
  words: number;
  excerptsPerCoder: number;
  coders: number;
}

export const SCALE_SPECS: Record<Scale, ScaleSpec> = {
  small: { documents: 20, words: 2_000, excerptsPerCoder: 2_000, coders: 2 },
  medium: { documents: 200, words: 10_000, excerptsPerCoder: 20_000, coders: 2 },
  large: { documents: 1_000, words: 10_000, excerptsPerCoder: 100_000, coders: 2 },
};

export type Random = () => number;
export const seeded = (seed: number): Random => mulberry32(seed);
const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const between = (r: Random, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

// Interview talk about learning a job, in English and Spanish (code-switching is common).
const EN = `work learn learned learning team colleague colleagues manager shift warehouse route truck
delivery customer customers training course courses online mentor mentoring practice practise mistake
mistakes question questions answer experience first year years day days week tool tools system software
scanner tablet app update problem problems solve solved together alone watch watched show showed help
helped helpful trust feel felt think thought know knew remember honestly really maybe always never
sometimes often because when while before after during about with without between through the a an
of to in on at for from by and or but so then also very quite more less most good bad better worse
new old hard easy slow fast safe safety rules procedure manual screen paper notes meeting boss
supervisor coach pair buddy newcomer veteran expert beginner confident nervous proud tired busy
quiet loud early late morning night weekend pallet forklift inventory order orders stock label labels`
  .split(/\s+/);
const ES = `trabajo aprender aprendí aprendizaje equipo compañero compañera compañeros jefe turno almacén
ruta camión reparto cliente clientes formación curso cursos mentor práctica error errores pregunta
preguntas respuesta experiencia primer año años día días semana herramienta herramientas sistema
programa escáner tableta aplicación actualización problema problemas resolver juntos solo sola mirar
miré enseñar enseñó ayuda ayudó confianza sentí pensé creo recuerdo sinceramente realmente quizás
siempre nunca a veces porque cuando mientras antes después durante sobre con sin entre el la los las
un una de del en por para y o pero entonces también muy bastante más menos bueno malo mejor peor
nuevo viejo difícil fácil lento rápido seguro seguridad normas procedimiento manual pantalla papel
notas reunión supervisora entrenamiento entrenar novato veterano experta principiante nervioso
orgullosa cansado mañana noche fin pedido pedidos inventario etiqueta etiquetas carretilla acción
corazón pingüino vergüenza árbol también así está aquí allí`.split(/\s+/);
// Fixed phrases at a known rate, so phrase search has something to find.
const PHRASES = ['learning by doing', 'aprendí con mis compañeros', 'la formación en línea', 'nobody told me', 'poco a poco'];
const EMOJI = ['😅', '👍🏽', '🚚', '📦', '🙂', '💪', '🤷‍♀️'];
const FIRST = `Lucía Andrés Mónica Noelia Jorge Carmen Raúl Inés Tomás Begoña Íñigo Adrián Ana Bruno Chloe
Daniel Emma Fatima Grace Hugo Isabel James Kofi Laura Mateo Nuria Omar Paula Quentin Rocío Samuel Teresa
Úrsula Víctor Wendy Ximena Yusuf Zoe Álvaro Elena`.split(/\s+/);
const LAST = `Ortega Núñez García Pérez López Martín Sánchez Gómez Díaz Ruiz Hernández Jiménez Álvarez Moreno
Muñoz Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina
Morales Suárez Smith Okafor Nguyen Kowalski Brown Wilson Taylor Evans Walker Wright`.split(/\s+/);
const INTERVIEWERS = ['Interviewer', 'Entrevistadora'];

/** Participant i's name; distinct for the first 1,600 participants (40 × 40). */
export function participantName(i: number): string {
  return `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
}

function sentence(r: Random, words: number, spanish: boolean, emoji: boolean, typographic: boolean): string {
  const lex = spanish ? ES : EN;
  const out: string[] = [];
  while (out.length < words) {
    const x = r();
    if (x < 0.012) out.push(...pick(r, PHRASES).split(' '));
    else if (x < 0.02) out.push(...pick(r, r() < 0.5 ? EN : ES).split(' '));
    else if (emoji && x < 0.025) out.push(pick(r, EMOJI));
    else if (typographic && x < 0.028) out.push(pick(r, ['“sí”', 'it’s', '—', '…', '€20']));
    else out.push(pick(r, lex));
  }
  const s = out.join(' ');
  const first = s.charAt(0).toLocaleUpperCase() + s.slice(1);
  return spanish && r() < 0.3 ? `¿${first}?` : `${first}${pick(r, ['.', '.', '.', '?', '!', ','])}`;
}

export interface Transcript {
  fileName: string;
  participant: string;
  encoding: 'utf-8' | 'windows-1252';
  text: string;
}

/**
 * One interview of about `words` words: alternating interviewer and participant
 * turns ("Name: text", a blank line between turns), a participant's answer now
 * and then spanning two paragraphs. Every fourth file is Windows-1252 and so has
 * no emoji; the rest are UTF-8 with emoji (astral characters, ZWJ sequences).
 */
export function transcript(seed: number, index: number, words: number): Transcript {
  const r = seeded(seed * 100_003 + index);
  const participant = participantName(index);
  const cp1252 = index % 4 === 3;
  const interviewer = INTERVIEWERS[index % 2]!;
  const spanishBias = (index % 5) / 4; // 0 … 1: some interviews mostly English, some mostly Spanish
  const turns: string[] = [];
  let count = 0;
  for (let t = 0; count < words; t++) {
    const asking = t % 2 === 0;
    const n = asking ? between(r, 6, 22) : between(r, 20, 140);
    const parts: string[] = [];
    for (let left = Math.min(n, words - count); left > 0; ) {
      const len = Math.min(left, between(r, 4, 18));
      parts.push(sentence(r, len, r() < spanishBias, !cp1252, cp1252));
      left -= len;
      count += len;
    }
    const body = !asking && parts.length > 4 && r() < 0.2 ? `${parts.slice(0, 2).join(' ')}\n${parts.slice(2).join(' ')}` : parts.join(' ');
    turns.push(`${asking ? interviewer : participant}: ${body}`);
  }
  return {
    fileName: `interview-${String(index + 1).padStart(4, '0')}.txt`,
    participant,
    encoding: cp1252 ? 'windows-1252' : 'utf-8',
    text: `${turns.join('\n\n')}\n`,
  };
}

const CP1252_HIGH: Record<string, number> = { '€': 0x80, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };

export function encodeWindows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b = c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : CP1252_HIGH[text[i]!];
    if (b === undefined) throw new Error(`"${text[i]}" has no windows-1252 byte`);
    out[i] = b;
  }
  return out;
}

export const encodeTranscript = (t: Transcript): Uint8Array =>
  t.encoding === 'windows-1252' ? encodeWindows1252(t.text) : new TextEncoder().encode(t.text);

export interface CodeSpec {
  path: string;
  definition: string;
  weight: [number, number] | null;
}

const CATEGORIES = ['Learning', 'Aprendizaje informal', 'Technology', 'Tecnología y herramientas', 'Team', 'Identity', 'Emociones', 'Safety', 'Customers', 'Organisation'];
const FACETS = ['by doing', 'from peers', 'mentoring', 'formal course', 'mistakes', 'confianza', 'barreras', 'motivación', 'routines', 'tacit knowledge', 'newcomer', 'veteranos', 'feedback', 'rules', 'workarounds', 'attitude 😊', 'tiempo', 'pressure', 'pride'];

/**
 * 200 codes in three levels: 10 categories of 14 children each; in every other
 * category the first 5 children have 2 grandchildren (10 + 140 + 50). Every category's first child carries a weight scale.
 */
export function codebook(): CodeSpec[] {
  const out: CodeSpec[] = [];
  for (const [ci, cat] of CATEGORIES.entries()) {
    out.push({ path: cat, definition: `Everything about ${cat.toLowerCase()}.`, weight: null });
    for (let k = 0; k < 14; k++) {
      const child = `${cat} > ${FACETS[(ci + k) % FACETS.length]} ${k + 1}`;
      out.push({ path: child, definition: `Passages where the participant talks about ${FACETS[(ci + k) % FACETS.length]}.`, weight: k === 0 ? [-2, 2] : null });
      if (ci % 2 === 0 && k < 5) {
        for (let g = 0; g < 2; g++) out.push({ path: `${child} > aspect ${g + 1}`, definition: `Aspect ${g + 1} (aspecto ${g + 1}).`, weight: null });
      }
    }
  }
  if (out.length !== 200) throw new Error(`codebook has ${out.length} codes, not 200`);
  return out;
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csvRow = (cells: (string | number)[]) => `${cells.map((c) => csvCell(String(c))).join(',')}\n`;

export function codebookCsv(codes: CodeSpec[]): string {
  return `path,definition,colour,weight_min,weight_max\n${codes
    .map((c, i) => csvRow([c.path, c.definition, `#${((i * 2654435761) >>> 8).toString(16).padStart(6, '0').slice(-6)}`, c.weight?.[0] ?? '', c.weight?.[1] ?? '']))
    .join('')}`;
}

/** Participants with descriptors: the case name is the speaker label of their interview. */
export function participantsCsv(seed: number, documents: number): string {
  const r = seeded(seed + 7);
  let out = 'participant,gender,tenure_years,expertise,area,started\n';
  for (let i = 0; i < documents; i++) {
    out += csvRow([
      participantName(i),
      pick(r, ['female', 'male', 'non-binary']),
      between(r, 0, 30),
      pick(r, ['novice', 'intermediate', 'expert']),
      pick(r, ['Almacén', 'Reparto', 'Oficina', 'Atención al cliente']),
      `20${String(between(r, 0, 24)).padStart(2, '0')}-${String(between(r, 1, 12)).padStart(2, '0')}-01`,
    ]);
  }
  return out;
}

export interface CorpusFiles {
  dir: string;
  transcripts: Transcript[];
  paths: string[];
  codebookPath: string;
  participantsPath: string;
  bytes: number;
  words: number;
}

/** Write the scale's transcripts, codebook CSV and participants CSV under `dir`. */
export function writeCorpus(dir: string, spec: ScaleSpec, seed: number): CorpusFiles {
  const tdir = join(dir, 'transcripts');
  mkdirSync(tdir, { recursive: true });
  const transcripts: Transcript[] = [];
  const paths: string[] = [];
  let bytes = 0;
  for (let i = 0; i < spec.documents; i++) {
    const t = transcript(seed, i, spec.words);
    const data = encodeTranscript(t);
    const path = join(tdir, t.fileName);
    writeFileSync(path, data);
    bytes += data.length;
    transcripts.push(t);
    paths.push(path);
  }
  const codebookPath = join(dir, 'codebook.csv');
  writeFileSync(codebookPath, codebookCsv(codebook()));
  const participantsPath = join(dir, 'participants.csv');
  writeFileSync(participantsPath, participantsCsv(seed, spec.documents));
  return { dir, transcripts, paths, codebookPath, participantsPath, bytes, words: spec.documents * spec.words };
}

export interface PlannedExcerpt {
  document: number;
  coder: number;
  start: number;
  end: number;
  codes: { code: number; weight: number | null }[];
  memo: string;
}

const isSpace = (c: number) => c === 32 || c === 10;

/** Move to the start of the next word (never inside a surrogate pair: words end at spaces). */
function wordStart(text: string, at: number): number {
  let i = Math.max(0, Math.min(at, text.length - 1));
  while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function wordEnd(text: string, at: number): number {
  let i = Math.max(1, Math.min(at, text.length));
  while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Codings for every coder over the stored (normalised) texts. The first coder
 * codes at random; each other coder re-codes about 60% of the first coder's
 * passages with shifted boundaries (and now and then a different code), the rest
 * independently — so coders overlap partly, as real coders do. Codes follow a
 * Zipf-like popularity; one excerpt in seven carries two codes.
 */
export function planExcerpts(seed: number, texts: string[], codes: CodeSpec[], spec: ScaleSpec): PlannedExcerpt[] {
  const r = seeded(seed + 13);
  const popularity = codes.map((_, i) => 1 / (i + 1) ** 0.7);
  // Popularity is not codebook order: shuffle (Fisher–Yates, seeded) which code gets which rank.
  const order = codes.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const cumulative: number[] = [];
  popularity.reduce((sum, w, i) => ((cumulative[i] = sum + w), sum + w), 0);
  const total = cumulative[cumulative.length - 1]!;
  const drawCode = () => {
    const x = r() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return order[lo]!;
  };
  const weightFor = (code: number) => {
    const w = codes[code]!.weight;
    return w ? between(r, w[0], w[1]) : null;
  };
  const codesFor = (): PlannedExcerpt['codes'] => {
    const first = drawCode();
    const list = [{ code: first, weight: weightFor(first) }];
    if (r() < 1 / 7) {
      const second = drawCode();
      if (second !== first) list.push({ code: second, weight: weightFor(second) });
    }
    return list;
  };
  const random = (coder: number): PlannedExcerpt => {
    const document = Math.floor(r() * texts.length);
    const text = texts[document]!;
    const start = wordStart(text, Math.floor(r() * (text.length - 200)));
    const end = wordEnd(text, start + between(r, 25, 600));
    return { document, coder, start, end, codes: codesFor(), memo: r() < 0.05 ? `Memo ${coder + 1}: ${pick(r, ES)} ${pick(r, EN)} ✍️` : '' };
  };
  const out: PlannedExcerpt[] = [];
  for (let i = 0; i < spec.excerptsPerCoder; i++) out.push(random(0));
  for (let coder = 1; coder < spec.coders; coder++) {
    for (let i = 0; i < spec.excerptsPerCoder; i++) {
      const like = out[i]!;
      if (r() < 0.6) {
        const text = texts[like.document]!;
        const start = wordStart(text, like.start + between(r, -30, 30));
        const end = Math.max(wordEnd(text, like.end + between(r, -30, 30)), wordEnd(text, start + 1));
        const codes = r() < 0.85 ? like.codes.map((c) => ({ code: c.code, weight: weightFor(c.code) })) : codesFor();
        out.push({ document: like.document, coder, start, end, codes, memo: '' });
      } else out.push(random(coder));
    }
  }
  return out;
}

/** A 500-page transcript: 6,000 turns, about 1.5 million characters. */
export function longTranscript(seed: number): Transcript {
  const r = seeded(seed + 500);
  const turns: string[] = [];
  for (let t = 0; t < 6000; t++) {
    const asking = t % 2 === 0;
    const parts: string[] = [];
    for (let left = asking ? between(r, 10, 24) : between(r, 40, 80); left > 0; left -= 12) parts.push(sentence(r, Math.min(left, 12), r() < 0.5, true, false));
    turns.push(`${asking ? 'Interviewer' : 'Begoña Ortega'}: ${parts.join(' ')}`);
  }
  return { fileName: 'long-interview.txt', participant: 'Begoña Ortega', encoding: 'utf-8', text: `${turns.join('\n\n')}\n` };
}
