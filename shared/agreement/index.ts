// Inter-coder agreement and reliability: pure functions, no I/O.
// Definitions, formulas and sources: docs/agreement.md.
export type * from './types';
export { binaryFigures, binaryParts, sumCounts } from './binaryTable';
export type { BinaryParts } from './binaryTable';
export { characterAgreement, characterTables } from './characterLevel';
export type { CharacterOptions } from './characterLevel';
export { segmentAgreement, DEFAULT_MIN_OVERLAP } from './segmentLevel';
export type { SegmentOptions } from './segmentLevel';
export { matchSegments, mergeOverlapping, overlapShare } from './matching';
export type { Interval, Match } from './matching';
export { weightAgreement, pearsonR } from './weights';
export type { WeightAgreement, WeightOptions, WeightPair, WeightSummary } from './weights';
export { krippendorffAlpha, percentAgreement } from './reliability';
export { cohenKappa, cohenParts, fleissKappa, fleissKappaFromCounts } from './kappa';
export type { CohenParts } from './kappa';
export { bootstrapAlpha, mulberry32 } from './bootstrap';
export type { BootstrapOptions } from './bootstrap';
export { pooledCohenKappa, pooledKappa } from './pooledKappa';
export type { KappaParts, PooledKappa } from './pooledKappa';
export { toCodePointRange, utf16ToCodePointOffsets } from './offsets';
export { figuresFromHistogram, multiCoderAgreement } from './multiCoder';
export type { MultiCodeResult, MultiCoderAgreement, MultiExcerpt } from './multiCoder';
