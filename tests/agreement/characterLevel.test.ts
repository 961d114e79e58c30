import { describe, expect, it } from 'vitest';
import { binaryFigures } from '../../shared/agreement/binaryTable';
import { characterAgreement, characterTables } from '../../shared/agreement/characterLevel';
import { toCodePointRange, utf16ToCodePointOffsets } from '../../shared/agreement/offsets';
import type { AgreementDocument, AgreementExcerpt } from '../../shared/agreement/types';
import { codePointLength } from '../../shared/text/codePoints';
import fixture from './fixtures/character.json';
import { close, expectFinite, rng } from './helpers';

const AB = { a: 'A', b: 'B' };
const ex = (documentId: string, coder: string, code: string, start: number, end: number): AgreementExcerpt => ({ documentId, coder, code, start, end });

describe('character level: hand-computed 20-character document', () => {
  // A covers [0,10) ∪ [5,12) = [0,12) (the overlap [5,10) counts once); B covers [8,15).
  // both = [8,12) = 4, onlyA = [0,8) = 8, onlyB = [12,15) = 3, neither = [15,20) = 5.
  // κ = −2/53 ≈ −0.0377, α = −30/399 ≈ −0.0752 (worked in binaryTable.test.ts).
  const docs: AgreementDocument[] = [{ id: 'd', name: 'Doc', length: 20 }];
  const excerpts = [ex('d', 'A', 'c', 0, 10), ex('d', 'A', 'c', 5, 12), ex('d', 'B', 'c', 8, 15)];

  it('counts overlapping excerpts of one coder once', () => {
    const r = characterAgreement(docs, excerpts, AB);
    expect(r.unit).toBe('character');
    expect(r.coders).toEqual(['A', 'B']);
    expect(r.rows).toHaveLength(1);
    const row = r.rows[0]!;
    expect(row).toMatchObject({ code: 'c', document: 'd', documentName: 'Doc', both: 4, onlyA: 8, onlyB: 3, neither: 5 });
    close(row.percentAgreement, 0.45);
    close(row.kappa, -2 / 53);
    close(row.alpha, -30 / 399);
    // A single code: byCode equals the row, pooled κ equals κ, overall α equals α.
    expect(r.byCode[0]).toMatchObject({ both: 4, onlyA: 8, onlyB: 3, neither: 5 });
    close(r.overall.pooledKappa, -2 / 53);
    close(r.overall.alpha, -30 / 399);
    close(r.overall.percentAgreement, 0.45);
  });

  it('is independent of excerpt order and of nested / duplicate excerpts', () => {
    const more = [...excerpts, ex('d', 'A', 'c', 2, 4), ex('d', 'B', 'c', 8, 15), ex('d', 'A', 'c', 0, 12)].reverse();
    expect(characterTables(docs, more, AB).tables).toEqual([{ both: 4, onlyA: 8, onlyB: 3, neither: 5 }]);
  });

  it('ignores empty excerpts and coders other than A and B', () => {
    const more = [...excerpts, ex('d', 'A', 'c', 18, 18), ex('d', 'C', 'c', 0, 20), ex('d', 'C', 'other', 0, 20)];
    const r = characterAgreement(docs, more, AB);
    expect(r.rows.map((x) => x.code)).toEqual(['c']);
    expect(r.rows[0]).toMatchObject({ both: 4, onlyA: 8, onlyB: 3, neither: 5 });
  });

  it('touching excerpts [0,5) and [5,10) cover 10 characters', () => {
    const t = characterTables([{ id: 'd', name: '', length: 10 }], [ex('d', 'A', 'c', 0, 5), ex('d', 'A', 'c', 5, 10), ex('d', 'B', 'c', 0, 10)], AB).tables;
    expect(t).toEqual([{ both: 10, onlyA: 0, onlyB: 0, neither: 0 }]);
  });
});

describe('character level: corpus fixture (per-character enumeration, sklearn κ, nltk α)', () => {
  const r = characterAgreement(fixture.documents, fixture.excerpts, fixture.coders);

  it('has a row for every code either coder applied × every document, including all-neither rows', () => {
    expect(r.rows.map((x) => `${x.code}/${x.document}`)).toEqual(fixture.rows.map((x) => `${x.code}/${x.document}`));
    const zd1 = r.rows.find((x) => x.code === 'z' && x.document === 'd1')!;
    expect(zd1).toMatchObject({ both: 0, onlyA: 0, onlyB: 0, neither: 40, percentAgreement: 1, kappa: null, alpha: null });
    expect(zd1.reason).toMatch(/no variation/);
  });

  it('rows match the enumeration, κ and α to 1e-6', () => {
    r.rows.forEach((row, i) => {
      const want = fixture.rows[i]!;
      expect({ both: row.both, onlyA: row.onlyA, onlyB: row.onlyB, neither: row.neither }).toEqual({ both: want.both, onlyA: want.onlyA, onlyB: want.onlyB, neither: want.neither });
      close(row.percentAgreement, want.percentAgreement);
      close(row.kappa, want.kappa);
      close(row.alpha, want.alpha);
    });
  });

  it('an empty document yields null figures with a reason', () => {
    const row = r.rows.find((x) => x.document === 'd3')!;
    expect(row.percentAgreement).toBeNull();
    expect(row.reason).toMatch(/empty/);
  });

  it('byCode recomputes from summed tables (a code used by one coder only still has rows)', () => {
    expect(r.byCode.map((x) => x.code)).toEqual(['x', 'y', 'z']);
    r.byCode.forEach((row, i) => {
      const want = fixture.byCode[i]!;
      expect([row.both, row.onlyA, row.onlyB, row.neither]).toEqual([want.both, want.onlyA, want.onlyB, want.neither]);
      close(row.percentAgreement, want.percentAgreement);
      close(row.kappa, want.kappa);
      close(row.alpha, want.alpha);
    });
  });

  it('overall: mean p_o, De Vries pooled κ, α of the summed tables', () => {
    close(r.overall.percentAgreement, fixture.overall.percentAgreement);
    close(r.overall.pooledKappa, fixture.overall.pooledKappa);
    close(r.overall.alpha, fixture.overall.alpha);
    expect([r.overall.both, r.overall.onlyA, r.overall.onlyB, r.overall.neither]).toEqual([
      fixture.overall.both, fixture.overall.onlyA, fixture.overall.onlyB, fixture.overall.neither,
    ]);
    expect(r.overall.codes).toBe(3);
    expect(r.overall.reason).toBeNull();
    expectFinite(r);
    // JSON round trip keeps nulls (no NaN/undefined).
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('the codes option restricts and orders the codes; an unused code gives all-neither rows', () => {
    const s = characterAgreement(fixture.documents, fixture.excerpts, fixture.coders, { codes: ['y', 'never'] });
    expect(s.byCode.map((x) => x.code)).toEqual(['y', 'never']);
    expect(s.byCode[1]).toMatchObject({ both: 0, onlyA: 0, onlyB: 0, neither: 65, kappa: null, alpha: null });
  });
});

describe('character level: edge cases and validation', () => {
  it('no codes at all: empty rows, null overall with a reason', () => {
    const r = characterAgreement([{ id: 'd', name: 'D', length: 5 }], [], AB);
    expect(r.rows).toEqual([]);
    expect(r.overall).toMatchObject({ percentAgreement: null, pooledKappa: null, alpha: null, codes: 0 });
    expect(r.overall.reason).toMatch(/no codes/);
  });

  it('rejects excerpts outside their document, unknown documents and equal coders', () => {
    const docs = [{ id: 'd', name: 'D', length: 5 }];
    expect(() => characterAgreement(docs, [ex('d', 'A', 'c', 0, 6)], AB)).toThrow(RangeError);
    expect(() => characterAgreement(docs, [ex('d', 'A', 'c', 3, 2)], AB)).toThrow(RangeError);
    expect(() => characterAgreement(docs, [ex('d', 'A', 'c', 0.5, 2)], AB)).toThrow(RangeError);
    expect(() => characterAgreement(docs, [ex('x', 'A', 'c', 0, 2)], AB)).toThrow(RangeError);
    expect(() => characterAgreement(docs, [], { a: 'A', b: 'A' })).toThrow(RangeError);
  });

  it('counts code points, not UTF-16 units (astral characters, via utf16ToCodePointOffsets)', () => {
    const text = 'a😀b😀c'; // code points: a 😀 b 😀 c = 5; UTF-16 units: 7
    expect(text.length).toBe(7);
    const map = utf16ToCodePointOffsets(text);
    expect(Array.from(map)).toEqual([0, 1, 1, 2, 3, 3, 4, 5]);
    expect(map[text.length]).toBe(codePointLength(text));
    // A selected "😀b" = UTF-16 [1,4) → code points [1,3); B selected "b😀c" = UTF-16 [3,7) → [2,5).
    const a = toCodePointRange(map, 1, 4);
    const b = toCodePointRange(map, 3, 7);
    expect(a).toEqual({ start: 1, end: 3 });
    expect(b).toEqual({ start: 2, end: 5 });
    const t = characterTables([{ id: 'd', name: '', length: codePointLength(text) }], [
      { documentId: 'd', coder: 'A', code: 'c', ...a },
      { documentId: 'd', coder: 'B', code: 'c', ...b },
    ], AB).tables;
    expect(t).toEqual([{ both: 1, onlyA: 1, onlyB: 2, neither: 1 }]);
    expect(() => toCodePointRange(map, 0, 8)).toThrow(RangeError);
  });
});

describe('character level: property — sweep equals naive per-character counting', () => {
  it('on 300 random small corpora', () => {
    const rand = rng(20240611);
    const int = (n: number) => Math.floor(rand() * n);
    for (let trial = 0; trial < 300; trial++) {
      const docs: AgreementDocument[] = Array.from({ length: 1 + int(3) }, (_, i) => ({ id: `d${i}`, name: `D${i}`, length: int(30) }));
      const coders = ['A', 'B', 'C'];
      const codes = ['p', 'q', 'r'];
      const excerpts: AgreementExcerpt[] = [];
      for (let k = int(15); k > 0; k--) {
        const doc = docs[int(docs.length)]!;
        const s = int(doc.length + 1);
        const e = s + int(doc.length - s + 1);
        excerpts.push(ex(doc.id, coders[int(3)]!, codes[int(3)]!, s, e));
      }
      const r = characterAgreement(docs, excerpts, AB);
      // Naive: one boolean per character (test only).
      const used = [...new Set(excerpts.filter((e) => e.coder !== 'C').map((e) => e.code))].sort();
      expect(r.byCode.map((x) => x.code)).toEqual(used);
      let i = 0;
      for (const code of used) {
        for (const doc of docs) {
          const inA = new Array<boolean>(doc.length).fill(false);
          const inB = new Array<boolean>(doc.length).fill(false);
          for (const e of excerpts) {
            if (e.documentId !== doc.id || e.code !== code) continue;
            for (let c = e.start; c < e.end; c++) {
              if (e.coder === 'A') inA[c] = true;
              if (e.coder === 'B') inB[c] = true;
            }
          }
          const want = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };
          for (let c = 0; c < doc.length; c++) {
            if (inA[c] && inB[c]) want.both++;
            else if (inA[c]) want.onlyA++;
            else if (inB[c]) want.onlyB++;
            else want.neither++;
          }
          const row = r.rows[i++]!;
          expect({ code: row.code, document: row.document, both: row.both, onlyA: row.onlyA, onlyB: row.onlyB, neither: row.neither }).toEqual({ code, document: doc.id, ...want });
          const f = binaryFigures(want);
          expect([row.percentAgreement, row.kappa, row.alpha]).toEqual([f.percentAgreement, f.kappa, f.alpha]);
        }
      }
      expect(i).toBe(r.rows.length);
      expectFinite(r);
    }
  });
});
