import { describe, expect, it } from 'vitest';
import { pooledCohenKappa, pooledKappa } from '../../shared/agreement/pooledKappa';
import type { BinaryCounts } from '../../shared/agreement/types';
import fixture from './fixtures/character.json';
import { close } from './helpers';

/** A units × 2 matrix with the cells of a 2×2 table (1 = coded, 0 = not). */
const matrixOf = (t: BinaryCounts) => [
  ...Array.from({ length: t.both }, () => [1, 1]),
  ...Array.from({ length: t.onlyA }, () => [1, 0]),
  ...Array.from({ length: t.onlyB }, () => [0, 1]),
  ...Array.from({ length: t.neither }, () => [0, 0]),
];

describe('pooled κ (De Vries et al. 2008, Field Methods 20(3):272–282)', () => {
  it('pools the means of p_o and p_e, not the κs', () => {
    // Code 1: p_o 0.9, p_e 0.5 (κ 0.8). Code 2: p_o 0.8, p_e 0.7 (κ 1/3).
    // Pooled: (0.85 − 0.6)/(1 − 0.6) = 0.625, whereas the mean κ would be 0.5667.
    const r = pooledKappa([{ observed: 0.9, expected: 0.5 }, { observed: 0.8, expected: 0.7 }]);
    close(r.value, 0.625);
    expect(r).toMatchObject({ codes: 2, reason: null });
    close(r.meanObserved, 0.85);
    close(r.meanExpected, 0.6);
  });

  it('equals the character-level fixture overall pooled κ (sklearn confusion matrices)', () => {
    const r = pooledCohenKappa(fixture.byCode.map(matrixOf));
    close(r.value, fixture.overall.pooledKappa);
    expect(r.codes).toBe(3);
  });

  it('one code: pooled κ = Cohen κ', () => {
    const t = { both: 20, onlyA: 5, onlyB: 10, neither: 15 };
    close(pooledCohenKappa([matrixOf(t)]).value, 0.4);
  });

  it('null with a reason: no codes, all codes without variation, wrong coder count', () => {
    expect(pooledKappa([])).toMatchObject({ value: null, reason: 'no codes', codes: 0 });
    expect(pooledKappa([{ observed: 1, expected: 1 }]).reason).toMatch(/no variation/);
    expect(pooledCohenKappa([[[1], [0]]]).reason).toBe('needs at least two coders');
    expect(pooledCohenKappa([[[1, 1, 1]]]).reason).toMatch(/exactly two coders/);
    expect(() => pooledKappa([{ observed: 1.2, expected: 0.5 }])).toThrow(RangeError);
  });
});
