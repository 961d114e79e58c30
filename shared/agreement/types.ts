// Shared types of the agreement layer. Pure data: no I/O, no Node, no DOM.
// Every statistic that can be undefined is `number | null`, and a null always
// comes with a human-readable `reason`; NaN never leaves this folder.

/** Measurement level of Krippendorff's α (Krippendorff 2011, section C). */
export type Level = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/** One cell of a units × coders matrix; `null`/`undefined` = the coder gave no value. */
export type Cell = number | string | null | undefined;

/** Rows are units, columns are coders. Short rows count as missing values at the end. */
export type ReliabilityMatrix = ReadonlyArray<ReadonlyArray<Cell>>;

export type ReliabilityMetric = 'alpha' | 'cohen' | 'fleiss' | 'percent';

/**
 * JSON contract of the reliability engine:
 * {"metric","level","value","units","coders","pairableValues","ci95"} plus `reason`
 * (null when `value` is a number, a sentence when it is null).
 */
export interface ReliabilityResult {
  metric: ReliabilityMetric;
  level: Level;
  value: number | null;
  reason: string | null;
  /** alpha/percent: pairable units (≥ 2 values); cohen: units where both coders have a value; fleiss: all units. */
  units: number;
  coders: number;
  /** alpha/percent: values in pairable units; cohen: 2 × units; fleiss: units × raters. */
  pairableValues: number;
  ci95: [number, number] | null;
}

export interface BootstrapResult extends ReliabilityResult {
  bootstrap: {
    method: 'unit-resampling percentile';
    samples: number;
    seed: number;
    /** Replicates whose α was undefined (no variation in the resample); they are left out of the percentiles. */
    undefinedSamples: number;
    /** Why `ci95` is null, or null when it is an interval. */
    ciReason: string | null;
  };
}

/** A document as the character-level sweep sees it. `length` is in Unicode code points. */
export interface AgreementDocument {
  id: string;
  name: string;
  length: number;
}

/** One application of a code by a coder. Offsets are code points, half-open [start, end). */
export interface AgreementExcerpt {
  documentId: string;
  coder: string;
  code: string;
  start: number;
  end: number;
}

export interface WeightedExcerpt extends AgreementExcerpt {
  /** `null` = the code carries no weight on this excerpt; such excerpts are skipped. */
  weight: number | null;
}

/** The two coders compared; `a` fills the `onlyA` column, `b` the `onlyB` column. */
export interface CoderPair {
  a: string;
  b: string;
}

/** A 2×2 table of units (characters) for one code: coded by both, only A, only B, neither. */
export interface BinaryCounts {
  both: number;
  onlyA: number;
  onlyB: number;
  neither: number;
}

export interface BinaryFigures {
  /** Observed agreement (both + neither) / N, as a fraction 0–1. */
  percentAgreement: number | null;
  kappa: number | null;
  alpha: number | null;
  /** Why a figure is null; null when all three are numbers. */
  reason: string | null;
}

export interface CharacterRow extends BinaryCounts, BinaryFigures {
  code: string;
  document: string;
  documentName: string;
}

export interface CharacterCodeSummary extends BinaryCounts, BinaryFigures {
  code: string;
}

export interface CharacterOverall extends BinaryCounts {
  /** Mean over codes of each code's observed agreement (codes with at least one character). */
  percentAgreement: number | null;
  /** De Vries et al. (2008) pooled κ from the per-code observed and expected agreements. */
  pooledKappa: number | null;
  /** Binary α of the sum of all per-code tables (the counts carried here). */
  alpha: number | null;
  codes: number;
  reason: string | null;
}

export interface CharacterAgreement {
  unit: 'character';
  coders: [string, string];
  rows: CharacterRow[];
  byCode: CharacterCodeSummary[];
  overall: CharacterOverall;
}

export interface SegmentCounts {
  /** Matched pairs: one segment of A and one of B, same code, overlap share ≥ minOverlap. */
  matched: number;
  /** Segments of A with no partner in B. */
  onlyA: number;
  /** Segments of B with no partner in A. */
  onlyB: number;
}

export interface SegmentRow extends SegmentCounts {
  code: string;
  document: string;
  documentName: string;
  /** 2·matched / (2·matched + onlyA + onlyB): share of all segments (of both coders) that found a partner. */
  percentAgreement: number | null;
  reason: string | null;
}

export interface SegmentCodeSummary extends SegmentCounts {
  code: string;
  percentAgreement: number | null;
  reason: string | null;
}

export interface SegmentOverall extends SegmentCounts {
  percentAgreement: number | null;
  /** Brennan & Prediger (1981) κ: (p_o − 1/q) / (1 − 1/q), q = `categories`. */
  kappa: number | null;
  /** q: the number of codes compared. */
  categories: number;
  /** 1/q, or null when q = 0. */
  chanceAgreement: number | null;
  reason: string | null;
}

export interface SegmentAgreement {
  unit: 'segment';
  coders: [string, string];
  minOverlap: number;
  rows: SegmentRow[];
  byCode: SegmentCodeSummary[];
  overall: SegmentOverall;
}
