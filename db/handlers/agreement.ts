import type { Api } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/envelope';
import { getSettings } from '../services/settings';
import { computeAgreement, computeMultiAgreement } from '../services/agreement';
import { acceptAgreements, consensusCoderId, decide, listDisagreements } from '../services/consensus';
import { methodsSummary } from '../services/methods';
import type { HandlerContext } from './context';

type AgreementApi = Pick<Api, 'agreement.compute' | 'agreement.multi' | 'agreement.methods' | 'consensus.disagreements' | 'consensus.decide' | 'consensus.acceptAgreements'>;

const OUTCOME_LABEL: Record<string, string> = { accept_a: 'accept A', accept_b: 'accept B', union: 'accept both', edit: 'edit', skip: 'skip' };

export function agreementHandlers({ need, undo }: HandlerContext, version: string): AgreementApi {
  const change = <T>(label: string, fn: () => T): T => undo().run(label, fn);
  // Comparing shows each coder the other's work: not before the owner reveals.
  const unlocked = () => {
    const s = getSettings(need());
    if (s.blind && !s.revealed) throw new ApiError('forbidden', 'blind coding is on: the project owner must reveal the codings before they can be compared');
    return need();
  };
  return {
    'agreement.compute': async (q) => computeAgreement(unlocked(), q),
    'agreement.multi': async (q) => computeMultiAgreement(unlocked(), q),
    'agreement.methods': async (q) => ({ text: methodsSummary(unlocked(), q, version) }),
    'consensus.disagreements': async ({ coderA, coderB, codeId, documentId }) => listDisagreements(unlocked(), coderA, coderB, { codeId, documentId }),
    'consensus.decide': async (input) => ({ id: change(`consensus: ${OUTCOME_LABEL[input.outcome]}`, () => decide(unlocked(), input)) }),
    'consensus.acceptAgreements': async ({ coderA, coderB, codeId }) =>
      change('consensus: accept agreed codings', () => {
        consensusCoderId(unlocked());
        return { created: acceptAgreements(need(), coderA, coderB, codeId) };
      }),
  };
}
