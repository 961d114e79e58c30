// RefiCodebook → .qdc (Codebook.xsd, urn:QDA-XML:codebook:1.0). A stand-alone
// codebook has codes and sets only: no notes, so a code's NoteRefs are dropped,
// and set members are named by `guid` (Project.xsd names them `targetGUID`).
import { CODEBOOK_NS, type RefiCode, type RefiCodebook } from './model';
import { attrs, guid, rgb, text } from './xml';

export function writeCodebook(codebook: RefiCodebook): string {
  // Codebook.xsd requires at least one Code inside Codes.
  if (codebook.codes.length === 0) throw new Error('REFI-QDA codebook: there are no codes to export (a .qdc needs at least one)');
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>\n', `<CodeBook${attrs([['xmlns', CODEBOOK_NS], ['origin', codebook.origin]])}>\n`, '  <Codes>\n'];
  const code = (c: RefiCode, pad: string) => {
    const open = `${pad}<Code${attrs([['guid', guid(c.guid, `code "${c.name}"`)], ['name', c.name], ['isCodable', c.isCodable], ['color', rgb(c.color)]])}`;
    if (!c.description && !c.children.length) {
      out.push(`${open}/>\n`);
      return;
    }
    out.push(`${open}>\n`);
    if (c.description) out.push(`${pad}  <Description>${text(c.description)}</Description>\n`);
    for (const child of c.children) code(child, `${pad}  `);
    out.push(`${pad}</Code>\n`);
  };
  for (const c of codebook.codes) code(c, '    ');
  out.push('  </Codes>\n');
  if (codebook.sets.length) {
    out.push('  <Sets>\n');
    for (const s of codebook.sets) {
      out.push(`    <Set${attrs([['guid', guid(s.guid, `set "${s.name}"`)], ['name', s.name]])}>\n`);
      if (s.description) out.push(`      <Description>${text(s.description)}</Description>\n`);
      for (const m of s.memberCodes) out.push(`      <MemberCode guid="${guid(m, `a code in set "${s.name}"`)}"/>\n`);
      out.push('    </Set>\n');
    }
    out.push('  </Sets>\n');
  }
  out.push('</CodeBook>\n');
  return out.join('');
}
