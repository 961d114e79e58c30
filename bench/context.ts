// What every scenario of one scale run shares: the corpus on disk, the working
// project built from it, and how many times to repeat a measurement.
import type { CorpusFiles, Scale, ScaleSpec } from './generate';

export interface BenchContext {
  scale: Scale;
  spec: ScaleSpec;
  seed: number;
  /** Scratch folder for this scale (removed at the end). */
  dir: string;
  corpus: CorpusFiles;
  /** JSON list of {path, name, encoding} for the raw baselines. */
  manifest: string;
  /** The project every later scenario reads (made by the first timed import). */
  project: string;
  /** A bare table with an FTS5 index over the same texts (the search baseline). */
  rawFtsDb: string;
  coderNames: string[];
  /** Overrides every repeat count (the CI smoke run uses 2). */
  runsOverride: number | null;
  log(message: string): void;
}

export function runs(ctx: BenchContext, counts: Record<Scale, number>): number {
  return ctx.runsOverride ?? counts[ctx.scale];
}
