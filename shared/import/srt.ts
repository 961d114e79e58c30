// SubRip subtitles: numbered blocks, "00:00:01,000 --> 00:00:02,000", text.
// Speakers only appear as a "Name: " prefix, typically only when the speaker
// changes, so later cues inherit the last speaker (see cues.ts).
import { baseName, ImportError } from './errors';
import { cuesToTranscript, parseCueBlocks } from './cues';
import type { CaptionParse } from './vtt';

/** `text` is the decoded, normalised file (LF line endings, no BOM). */
export function parseSrt(text: string, fileName: string): CaptionParse {
  const parsed = parseCueBlocks(text, { skipBlocks: null });
  if (parsed.cues.length === 0) {
    throw new ImportError({ fileName, code: 'format' }, `${baseName(fileName)} has no SubRip cues (no "00:00:01,000 --> 00:00:02,000" lines).`);
  }
  const built = cuesToTranscript(parsed.cues);
  return { ...built, warnings: parsed.warnings.map((w) => `${baseName(fileName)}: ${w}`) };
}
