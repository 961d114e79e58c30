import type { Api } from '../../shared/api/contract';
import { computeAgreement } from '../services/agreement';
import { acceptAgreements, consensusCoderId, decide, listDisagreements } from '../services/consensus';
import { methodsSummary } from '../services/methods';
import type { HandlerContext } from './context';

type AgreementApi = Pick<Api, 'agreement.compute' | 'agreement.methods' | 'consensus.disagreements' | 'consensus.decide' | 'consensus.acceptAgreements'>;

const OUTCOME_LABEL: Record<string, string> = { accept_a: 'accept A', accept_b: 'accept B', union: 'accept both', edit: 'edit', skip: 'skip' };

export function agreementHandlers({ need, undo }: HandlerContext, version: string): AgreementApi {
  const change = <T>(label: string, fn: () => T): T => undo().run(label, fn);
  return {
    'agreement.compute': async (q) => computeAgreement(need(), q),
    'agreement.methods': async (q) => ({ text: methodsSummary(need(), q, version) }),
    'consensus.disagreements': async ({ coderA, coderB, codeId, documentId }) => listDisagreements(need(), coderA, coderB, { codeId, documentId }),
    'consensus.decide': async (input) => ({ id: change(`consensus: ${OUTCOME_LABEL[input.outcome]}`, () => decide(need(), input)) }),
    'consensus.acceptAgreements': async ({ coderA, coderB, codeId }) =>
      change('consensus: accept agreed codings', () => {
        consensusCoderId(need());
        return { created: acceptAgreements(need(), coderA, coderB, codeId) };
      }),
  };
}
