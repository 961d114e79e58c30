// WebVTT captions (Zoom, Teams, YouTube, podcast hosts). Speakers come from
// <v Name> voice spans or, as Zoom writes them, a "Name: " prefix in the cue.
// See cues.ts for how cues become turns.
import { baseName, ImportError } from './errors';
import { cuesToTranscript, parseCueBlocks } from './cues';
import type { StructuredText } from './types';

export interface CaptionParse extends StructuredText {
  warnings: string[];
}

/** `text` is the decoded, normalised file (LF line endings, no BOM). */
export function parseVtt(text: string, fileName: string): CaptionParse {
  const lines = text.split('\n');
  const warnings: string[] = [];
  if (!/^WEBVTT(?:[ \t]|$)/.test(lines[0] ?? '')) {
    warnings.push(`${baseName(fileName)}: the first line is not "WEBVTT"; reading it as WebVTT anyway`);
  } else {
    // The header block runs to the first blank line; blank it out rather than
    // remove it so that line numbers in warnings stay true.
    for (let i = 0; i < lines.length && lines[i]!.trim(); i++) lines[i] = '';
  }
  const parsed = parseCueBlocks(lines.join('\n'), { skipBlocks: /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/ });
  if (parsed.cues.length === 0) {
    throw new ImportError({ fileName, code: 'format' }, `${baseName(fileName)} has no WebVTT cues (no "00:00:01.000 --> 00:00:02.000" lines).`);
  }
  const built = cuesToTranscript(parsed.cues);
  return { ...built, warnings: [...warnings, ...parsed.warnings.map((w) => `${baseName(fileName)}: ${w}`)] };
}
