// Help text for the Compare view, condensed from docs/agreement.md so the table
// explains itself. Keep in step with that document when a definition changes.
import type { CompareUnit } from '../../store/compareSlice';

export interface ColumnHelp {
  both: string;
  onlyA: string;
  onlyB: string;
  neither: string;
  percentAgreement: string;
  kappa: string;
  alpha: string;
}

export function columnHelp(unit: CompareUnit, a: string, b: string): ColumnHelp {
  if (unit === 'segment') {
    return {
      both: `Matched pairs: a segment of ${a} and one of ${b} with the same code whose overlap (intersection over union) reaches the minimum share.`,
      onlyA: `Segments of ${a} without a matching segment of ${b}.`,
      onlyB: `Segments of ${b} without a matching segment of ${a}.`,
      neither: 'Not defined at the segment level: there is no finite set of segments that neither coder made.',
      percentAgreement: 'Share of all segments of both coders that found a partner: 2·matched / (2·matched + only A + only B).',
      kappa: 'No κ per code at the segment level (it would need the undefined “neither” cell). Use the character level for a chance-corrected figure per code.',
      alpha: 'No α per code at the segment level. Use the character level.',
    };
  }
  return {
    both: `Characters coded with this code by both ${a} and ${b}.`,
    onlyA: `Characters ${a} coded and ${b} did not.`,
    onlyB: `Characters ${b} coded and ${a} did not.`,
    neither: 'Characters neither coder coded with this code.',
    percentAgreement: 'Observed agreement p_o = (both + neither) / N over every character of every document.',
    kappa: "Cohen's κ = (p_o − p_e) / (1 − p_e), chance agreement p_e from each coder's own share of coded characters (Cohen 1960).",
    alpha: "Binary Krippendorff's α from the coincidence matrix, with the small-sample correction (Krippendorff 2011).",
  };
}

export function unitHelp(unit: CompareUnit): string {
  return unit === 'character'
    ? 'Character level (NVivo style): every character of every document is a unit for each code; a coder’s coverage is the union of their excerpts.'
    : 'Segment level (MAXQDA style): overlapping excerpts of one coder are merged; two coders’ segments match when they overlap by at least the minimum share of their union.';
}

export const MIN_OVERLAP_HELP =
  'Minimum overlap share: |A ∩ B| / |A ∪ B| of two segments for them to count as the same coding. 0.9 is MAXQDA’s default (“overlap by at least 90 %”).';

/** What the overall row means, naming the κ the server used. */
export function overallHelp(unit: CompareUnit, kappaModel: string): string {
  return unit === 'character'
    ? `Overall row: agreement is the mean over codes; κ is the ${kappaModel} — not the mean of the per-code κs; α is the binary α of the summed tables.`
    : `Overall row: agreement from the summed counts; κ is the ${kappaModel} (chance agreement 1/q, as MAXQDA reports); no α at the segment level.`;
}

export const WEIGHTS_HELP =
  'Weighted codes: each weighted excerpt of one coder is paired with at most one overlapping weighted excerpt of the other; α at the interval level and Pearson’s r of the paired weights.';

export const BANDS_HELP =
  'Colour bands after Landis & Koch (1977), merged to four — a reading aid only: the cut-offs are conventions, not tests. Krippendorff asks for α ≥ 0.800 (≥ 0.667 for tentative conclusions).';

export const OUTCOME_LABELS: Record<string, string> = {
  accept_a: 'Accept A',
  accept_b: 'Accept B',
  union: 'Union',
  edit: 'Edit',
  skip: 'Skip',
};

/** What an outcome writes to the consensus layer, for tooltips and status lines. */
export function outcomeHelp(outcome: string, a: string, b: string): string {
  switch (outcome) {
    case 'accept_a':
      return `Keep ${a}'s coding of this stretch in the consensus layer.`;
    case 'accept_b':
      return `Keep ${b}'s coding of this stretch in the consensus layer.`;
    case 'union':
      return 'Code the whole stretch either coder coded (both combined).';
    case 'edit':
      return 'Draw the consensus boundaries yourself, inside the stretch.';
    case 'skip':
      return 'Record the decision to leave this stretch uncoded in the consensus layer.';
    default:
      return outcome;
  }
}

export function kindLabel(kind: 'onlyA' | 'onlyB' | 'boundary', a: string, b: string): string {
  return kind === 'onlyA' ? `only ${a}` : kind === 'onlyB' ? `only ${b}` : 'boundaries differ';
}

/** The "among N coders" table (docs/agreement.md §10): every character is a unit rated by all n coders. */
export function multiHelp(n: number) {
  return {
    percentAgreement: `Pairwise agreement: over every character, the share of the ${(n * (n - 1)) / 2} pairs of coders who agree (both coded or both not).`,
    fleissKappa: "Fleiss' κ (Fleiss 1971): observed pairwise agreement corrected by chance agreement p₁² + p₀² from the pooled share of coded characters.",
    alpha: "Binary Krippendorff's α with all n coders rating every character (Krippendorff 2011).",
    histogram: `Characters coded with this code by exactly 1, 2, … ${n} coders (the last bar: all agree it applies); characters nobody coded are left out of the bars. Hover for the numbers.`,
  };
}
