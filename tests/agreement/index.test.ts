import { describe, expect, it } from 'vitest';
import * as agreement from '../../shared/agreement';
import fixture from './fixtures/character.json';

describe('shared/agreement public API', () => {
  it('exports every statistic from the index', () => {
    for (const name of [
      'binaryFigures', 'binaryParts', 'characterAgreement', 'characterTables', 'segmentAgreement', 'weightAgreement',
      'krippendorffAlpha', 'percentAgreement', 'cohenKappa', 'fleissKappa', 'fleissKappaFromCounts', 'bootstrapAlpha',
      'pooledKappa', 'pooledCohenKappa', 'utf16ToCodePointOffsets', 'toCodePointRange', 'mulberry32', 'pearsonR',
    ]) {
      expect(typeof (agreement as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it('character-level JSON carries the contract fields', () => {
    const r = agreement.characterAgreement(fixture.documents, fixture.excerpts, fixture.coders);
    expect(Object.keys(r)).toEqual(['unit', 'coders', 'rows', 'byCode', 'overall']);
    for (const k of ['code', 'document', 'both', 'onlyA', 'onlyB', 'neither', 'percentAgreement', 'kappa', 'alpha']) expect(r.rows[0]).toHaveProperty(k);
    for (const k of ['code', 'both', 'onlyA', 'onlyB', 'neither', 'percentAgreement', 'kappa', 'alpha']) expect(r.byCode[0]).toHaveProperty(k);
    for (const k of ['percentAgreement', 'pooledKappa', 'alpha']) expect(r.overall).toHaveProperty(k);
  });
});
