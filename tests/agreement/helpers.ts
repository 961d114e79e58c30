import { mulberry32 } from '../../shared/agreement/bootstrap';
import { expect } from 'vitest';

/** Equal to 1e-6, or both null. */
export function close(actual: number | null | undefined, expected: number | null | undefined, digits = 6): void {
  if (expected === null || expected === undefined) {
    expect(actual).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThan(10 ** -digits);
}

/** No NaN or Infinity anywhere in a result (JSON contract). */
export function expectFinite(value: unknown): void {
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new Error(`non-finite number at ${path}: ${v}`);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(value, '$');
}

/** Seeded PRNG for test data: the same mulberry32 the bootstrap uses. */
export const rng = mulberry32;
