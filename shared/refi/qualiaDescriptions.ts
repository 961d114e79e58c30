// What Qualia keeps that QDA-XML has no element for travels inside Description
// texts, in a fixed, documented layout (docs/refi-qda.md) so that nothing is lost
// and a Qualia import can read it back:
//
// - A code's Description is its definition, then one paragraph per non-empty
//   field: "Inclusion: …", "Exclusion: …", "Example: …", and
//   "Weight scale: MIN..MAX" optionally followed by the labels as JSON.
// - A selection's Description has one line per weighted coding:
//   "weight=VALUE code=GUID (code name)".
//
// A code whose definition and other fields are empty has no Description at all,
// and one with only a definition has exactly the definition.

export interface CodeTexts {
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
  weight: { min: number; max: number; labels: Record<string, string> } | null;
}

const FIELDS = [
  ['inclusion', 'Inclusion: '],
  ['exclusion', 'Exclusion: '],
  ['example', 'Example: '],
] as const;
const WEIGHT_SCALE = 'Weight scale: ';

export function composeCodeDescription(c: CodeTexts): string | undefined {
  const parts: string[] = [];
  if (c.definition) parts.push(c.definition);
  for (const [key, label] of FIELDS) if (c[key]) parts.push(`${label}${c[key]}`);
  if (c.weight) {
    const labels = Object.keys(c.weight.labels).length ? ` ${JSON.stringify(c.weight.labels)}` : '';
    parts.push(`${WEIGHT_SCALE}${c.weight.min}..${c.weight.max}${labels}`);
  }
  return parts.length ? parts.join('\n\n') : undefined;
}

const WEIGHT_LINE = /^Weight scale: (-?\d+(?:\.\d+)?)\.\.(-?\d+(?:\.\d+)?)(?: (\{.*\}))?$/;

/**
 * The inverse of `composeCodeDescription` for text Qualia wrote. Paragraphs are
 * taken from the end while they carry a known label, so a definition that itself
 * contains blank lines stays whole; a description from another tool is all definition.
 */
export function parseCodeDescription(description: string | undefined): CodeTexts {
  const out: CodeTexts = { definition: '', inclusion: '', exclusion: '', example: '', weight: null };
  if (!description) return out;
  const paragraphs = description.split('\n\n');
  let end = paragraphs.length;
  const trailing: string[] = [];
  while (end > 0) {
    const p = paragraphs[end - 1]!;
    if (FIELDS.some(([, label]) => p.startsWith(label)) || WEIGHT_LINE.test(p)) {
      trailing.unshift(p);
      end--;
    } else break;
  }
  out.definition = paragraphs.slice(0, end).join('\n\n');
  for (const p of trailing) {
    const field = FIELDS.find(([, label]) => p.startsWith(label));
    if (field) {
      out[field[0]] = p.slice(field[1].length);
      continue;
    }
    const m = WEIGHT_LINE.exec(p)!;
    let labels: Record<string, string> = {};
    try {
      if (m[3]) labels = JSON.parse(m[3]) as Record<string, string>;
    } catch {
      // Labels that are not JSON are not ours; the scale alone is still right.
    }
    out.weight = { min: Number(m[1]), max: Number(m[2]), labels };
  }
  return out;
}

export interface SelectionWeight {
  codeGuid: string;
  codeName: string;
  weight: number;
}

export function composeWeightsDescription(weights: SelectionWeight[]): string | undefined {
  if (!weights.length) return undefined;
  return weights.map((w) => `weight=${w.weight} code=${w.codeGuid} (${w.codeName.replace(/[\r\n]+/g, ' ')})`).join('\n');
}

const WEIGHT = /^weight=(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?) code=(\S+)/i;

/** Code GUID → weight, from a selection Description Qualia wrote (other lines are ignored). */
export function parseWeightsDescription(description: string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of (description ?? '').split('\n')) {
    const m = WEIGHT.exec(line);
    if (m) out.set(m[2]!, Number(m[1]));
  }
  return out;
}
