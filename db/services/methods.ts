// The methods paragraph: what was compared, how, the figures with intervals, and
// how disagreements were settled — written so a reviewer can check every number.
import { bootstrapByDocument } from '../../shared/agreement/documentBootstrap';
import type { ProjectDb } from '../open';
import { type AgreementQuery, computeAgreement } from './agreement';

const f3 = (v: number | null) => (v === null ? 'undefined' : v.toFixed(3));

export function methodsSummary(p: ProjectDb, q: AgreementQuery, version: string): string {
  const r = computeAgreement(p, q);
  const [a, b] = r.coders;
  const codesUsed = r.byCode.length;
  const unit =
    r.unit === 'character'
      ? 'at the character level: every Unicode character of every document is a unit for each code, and a coder\'s coverage of a code is the union of their excerpts'
      : `at the segment level: an excerpt of one coder agrees when the other applied the same code to an excerpt overlapping it by at least ${Math.round((r.minOverlap ?? 0) * 100)} % of the two excerpts\' union`;
  const lines: string[] = [];
  lines.push(
    `${a} and ${b} coded ${r.documents} document${r.documents === 1 ? '' : 's'} independently (${r.excerpts.a} codings by ${a}, ${r.excerpts.b} by ${b}) with ${codesUsed} code${codesUsed === 1 ? '' : 's'}. ` +
      `Agreement was computed with Qualia ${version} ${unit}.`,
  );
  if (r.unit === 'character') {
    lines.push(
      `Overall observed agreement (mean over codes) was ${f3(r.overall.percentAgreement)}; pooled Cohen's κ (De Vries et al., 2008) was ${f3(r.overall.pooledKappa)} and Krippendorff's α (binary, summed tables) ${f3(r.overall.alpha)}.`,
    );
    const per = r.byCode.map((c) => {
      const tables = r.rows.filter((x) => x.code === c.code).map((x) => ({ both: x.both, onlyA: x.onlyA, onlyB: x.onlyB, neither: x.neither ?? 0 }));
      const ci = bootstrapByDocument(tables);
      const range = (v: [number, number] | null) => (v ? ` [${v[0].toFixed(3)}, ${v[1].toFixed(3)}]` : '');
      return `${c.code}: κ = ${f3(c.kappa)}${range(ci.kappa)}, α = ${f3(c.alpha)}${range(ci.alpha)} (${c.both} characters coded by both, ${c.onlyA} only by ${a}, ${c.onlyB} only by ${b})`;
    });
    lines.push(`Per code, with 95 % percentile bootstrap intervals from 1,000 resamples of documents (seed 1): ${per.join('; ')}.`);
  } else {
    lines.push(`Overall, ${f3(r.overall.percentAgreement)} of excerpts found a matching excerpt; κ = ${f3(r.overall.pooledKappa)} (${r.overall.kappaModel}).`);
    lines.push(`Per code: ${r.byCode.map((c) => `${c.code}: ${c.both} matched, ${c.onlyA} only ${a}, ${c.onlyB} only ${b}, agreement ${f3(c.percentAgreement)}`).join('; ')}.`);
  }
  for (const w of r.weights) {
    lines.push(`For the weighted code ${w.code}, ${w.pairs} pairs of overlapping excerpts gave Krippendorff's α (interval) = ${f3(w.alpha)} and Pearson r = ${f3(w.pearsonR)}.`);
  }
  const coderIds = q.coders;
  const decisions = p.sqlite
    .prepare('SELECT outcome, count(*) AS n FROM decision WHERE coder_a = ? AND coder_b = ? GROUP BY outcome')
    .all(coderIds[0], coderIds[1]) as { outcome: string; n: number }[];
  const total = decisions.reduce((s, d) => s + d.n, 0);
  if (total > 0) {
    const names: Record<string, string> = { accept_a: `${a}'s coding kept`, accept_b: `${b}'s coding kept`, union: 'both combined', edit: 'boundaries redrawn', skip: 'left uncoded' };
    lines.push(`Disagreements were discussed and resolved into a consensus layer, keeping both coders' originals: ${decisions.map((d) => `${d.n} ${names[d.outcome] ?? d.outcome}`).join(', ')} (${total} decision${total === 1 ? '' : 's'}).`);
  } else lines.push('No disagreements have been resolved into a consensus layer yet.');
  return lines.join('\n\n');
}
