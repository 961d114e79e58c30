// The fake Qualia's `agreement.multi`: the real shared/agreement/multiCoder code run
// on the fake codings (Ana, Ben and, when asked for, Carla), so the histograms and
// figures the table shows are ones the core would give for those codings.
import type { Out } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/envelope';
import type { Coder } from '../../shared/api/schemas';
import { multiCoderAgreement } from '../../shared/agreement/multiCoder';
import type { FakeClient } from './fakeClient';

export interface FakeCoding {
  coderId: string;
  documentId: string;
  codeId: string;
  start: number;
  end: number;
}

export const CARLA: Coder = { id: 'coder-carla', name: 'Carla', colour: '#2f9e44', kind: 'person' };

/** Answers `agreement.multi` from `codings()`; `last()` is the most recent answer. */
export function installMulti(
  client: FakeClient,
  opts: { people: () => Coder[]; codings: () => FakeCoding[]; texts: Record<string, string>; docNames: Record<string, string>; codePaths: Record<string, string>; blocked: () => boolean },
): { last(): Out<'agreement.multi'> | null } {
  let last: Out<'agreement.multi'> | null = null;
  client.handle('agreement.multi', async ({ coders }) => {
    if (opts.blocked()) throw new ApiError('forbidden', 'comparison is locked while coding is blind');
    const people = coders.map((id) => {
      const c = opts.people().find((p) => p.id === id);
      if (!c) throw new ApiError('not_found', `no coder "${id}"`);
      return c;
    });
    if (new Set(coders).size !== coders.length) throw new ApiError('bad_input', 'each coder can be chosen once');
    const documents = Object.keys(opts.texts).map((id) => ({ id, name: opts.docNames[id]!, length: opts.texts[id]!.length }));
    const excerpts = opts.codings().map((c) => ({ documentId: c.documentId, coder: c.coderId, code: c.codeId, start: c.start, end: c.end }));
    const r = multiCoderAgreement(documents, excerpts, coders, Object.keys(opts.codePaths));
    last = { unit: 'character', coders: people.map((p) => p.name), units: r.units, byCode: r.byCode.map((x) => ({ ...x, code: opts.codePaths[x.code]! })) };
    return last;
  });
  return { last: () => last };
}
