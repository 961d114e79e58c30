import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeContract } from '../../shared/api/describe';

describe('docs/api-methods.md', () => {
  it('lists every contract method as the contract declares it', () => {
    const fresh = describeContract();
    if (process.env.UPDATE_DOCS) writeFileSync('docs/api-methods.md', fresh);
    expect(readFileSync('docs/api-methods.md', 'utf8')).toBe(fresh);
  });
});
