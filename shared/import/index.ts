// Entry point of the pure import layer: bytes in, normalised text plus
// segments out. Reading files, hashing and .docx live in db/import (Node).
import { decodeText, type DetectedEncoding } from './decode';
import { baseName, extensionOf, ImportError } from './errors';
import { normalizeText } from './normalize';
import { detectSpeakerStyle, findTurns, type SpeakerStyle } from './speakers';
import { parseSrt } from './srt';
import { buildSurvey, parseCsv, type CsvTable, type SurveyImport, type SurveyOptions } from './survey';
import type { StructuredText } from './types';
import { parseVtt } from './vtt';

export { ImportError } from './errors';
export type { ImportErrorCode } from './errors';
export type { ImportSegment, StructuredText } from './types';
export type { DetectedEncoding } from './decode';
export { decodeText } from './decode';
export { normalizeText } from './normalize';
export { customSpeakerStyle, detectSpeakerStyle, findTurns, rankSpeakerStyles, SPEAKER_STYLES, speakerStyle } from './speakers';
export type { SpeakerStyle, SpeakerStyleId, StyleScore } from './speakers';
export { buildSurvey, parseCsv, suggestTextColumns } from './survey';
export type { CsvTable, SurveyDocument, SurveyImport, SurveyOptions } from './survey';

export type TranscriptFormat = 'text' | 'markdown' | 'vtt' | 'srt' | 'docx';

export interface ParseOptions {
  /** Encoding chosen by the user; overrides detection. */
  encoding?: string;
  /** Speaker style chosen or edited by the user; null = paragraphs only; omitted = detect. */
  speakerStyle?: SpeakerStyle | RegExp | null;
}

export interface ParsedTranscript extends StructuredText {
  fileName: string;
  format: TranscriptFormat;
  /** Encoding used to decode, null when the container has its own (.docx). */
  encoding: string | null;
  detected: DetectedEncoding | null;
  hadBom: boolean;
  /** Style used for turns in text formats; null for captions or when none fits. */
  speakerStyle: SpeakerStyle | null;
  warnings: string[];
}

const UNSUPPORTED = new Set(['odt', 'rtf', 'doc', 'pdf', 'pages', 'wpd']);
const SPREADSHEETS = new Set(['ods', 'xls', 'numbers']);
const FORMATS: Record<string, TranscriptFormat> = { txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', vtt: 'vtt', srt: 'srt' };

/** What `parseTranscript` would do with this name; throws for formats it refuses. */
export function transcriptFormat(fileName: string): TranscriptFormat {
  const ext = extensionOf(fileName);
  const name = baseName(fileName);
  if (ext === 'docx') return 'docx';
  if (SPREADSHEETS.has(ext)) {
    throw new ImportError({ fileName, code: 'unsupported' }, `${name}: .${ext} spreadsheets are not supported, save it as .csv (UTF-8) and import that.`);
  }
  if (UNSUPPORTED.has(ext)) {
    throw new ImportError({ fileName, code: 'unsupported' }, `${name}: .${ext} files are not supported, save it as .docx or .txt.`);
  }
  if (ext === 'csv' || ext === 'tsv' || ext === 'xlsx') {
    throw new ImportError({ fileName, code: 'unsupported' }, `${name} is a table; import it as a survey (one document per row).`);
  }
  return FORMATS[ext] ?? 'text';
}

export function parseTranscript(fileName: string, bytes: Uint8Array, opts: ParseOptions = {}): ParsedTranscript {
  const format = transcriptFormat(fileName);
  if (format === 'docx') {
    throw new ImportError({ fileName, code: 'unsupported' }, `${baseName(fileName)}: .docx is read by the desktop importer (db/import), not from raw bytes here.`);
  }
  const decoded = decodeText(bytes, { fileName, ...(opts.encoding ? { encoding: opts.encoding } : {}) });
  const warnings = encodingWarnings(fileName, decoded.encoding, decoded.detected, opts.encoding);
  const result = structureText(fileName, decoded.text, format, opts);
  return { ...result, encoding: decoded.encoding, detected: decoded.detected, hadBom: decoded.hadBom, warnings: [...warnings, ...result.warnings] };
}

/**
 * Text already decoded (a .docx body, or a paste): normalise once, then find
 * structure. Captions are rebuilt as text; everything else is kept as written.
 */
export function structureText(fileName: string, decoded: string, format: TranscriptFormat, opts: ParseOptions = {}): ParsedTranscript {
  const text = normalizeText(decoded);
  if (!text.trim()) throw new ImportError({ fileName, code: 'empty' }, `${baseName(fileName)} is empty (it contains no text).`);
  const base = { fileName, format, encoding: null, detected: null, hadBom: false };
  const warnings = replacementWarning(fileName, text);
  if (format === 'vtt' || format === 'srt') {
    const caption = format === 'vtt' ? parseVtt(text, fileName) : parseSrt(text, fileName);
    return { ...base, ...caption, speakerStyle: null, warnings: [...warnings, ...caption.warnings] };
  }
  const style = opts.speakerStyle === undefined ? detectSpeakerStyle(text) : opts.speakerStyle;
  const speakerStyle = style instanceof RegExp ? { id: 'custom' as const, example: style.source, pattern: style } : style;
  return { ...base, ...findTurns(text, speakerStyle), speakerStyle, warnings };
}

/** U+FFFD that was already in the file means an earlier conversion lost letters; say where. */
function replacementWarning(fileName: string, text: string): string[] {
  const first = text.indexOf('\uFFFD');
  if (first < 0) return [];
  const count = text.split('\uFFFD').length - 1;
  const line = text.slice(0, first).split('\n').length;
  return [`${baseName(fileName)}: already contains ${count} replacement character(s) "\uFFFD" (first on line ${line}); letters were lost before this file was saved.`];
}

function encodingWarnings(fileName: string, encoding: string, detected: DetectedEncoding | null, chosen: string | undefined): string[] {
  if (chosen || encoding !== 'windows-1252') return [];
  const name = baseName(fileName);
  if (!detected) return [`${name}: could not tell the encoding for sure; read it as windows-1252. Check accented letters, or choose another encoding.`];
  return [`${name}: not UTF-8; read it as windows-1252 (the detector said ${detected.encoding}, confidence ${detected.confidence}).`];
}

export interface SurveyTableRead {
  table: CsvTable;
  encoding: string;
  detected: DetectedEncoding | null;
}

/** First step of a survey import: decode and show columns so the user can choose. */
export function readSurveyTable(fileName: string, bytes: Uint8Array, opts: { encoding?: string } = {}): SurveyTableRead {
  const decoded = decodeText(bytes, { fileName, ...(opts.encoding ? { encoding: opts.encoding } : {}) });
  const text = normalizeText(decoded.text);
  if (!text.trim()) throw new ImportError({ fileName, code: 'empty' }, `${baseName(fileName)} is empty (it contains no text).`);
  const table = parseCsv(text, fileName);
  table.warnings.unshift(...encodingWarnings(fileName, decoded.encoding, decoded.detected, opts.encoding));
  return { table, encoding: decoded.encoding, detected: decoded.detected };
}

/** Decode, parse and build survey documents in one go (CLI path). */
export function parseSurvey(bytes: Uint8Array, opts: SurveyOptions & { encoding?: string }): SurveyImport & { encoding: string } {
  const read = readSurveyTable(opts.fileName, bytes, opts.encoding ? { encoding: opts.encoding } : {});
  return { ...buildSurvey(read.table, opts), encoding: read.encoding };
}
