// Contract handlers for REFI-QDA exchange (.qdpx). Export reads the open project
// and writes a file; it changes nothing in the project, so it is not an undo step.
import type { Api } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/envelope';
import { exportQdpx } from '../exchange/qdpxExport';
import { getSettings } from '../services/settings';
import type { HandlerContext } from './context';

type ExchangeApi = Pick<Api, 'exchange.exportQdpx'>;

export function exchangeHandlers({ need }: HandlerContext, version: string): ExchangeApi {
  return {
    'exchange.exportQdpx': async ({ path }) => {
      const p = need();
      // The file holds every coder's codings: while coders work blind it would show them each other's work.
      const s = getSettings(p);
      if (s.blind && !s.revealed) throw new ApiError('forbidden', "blind coding is on: the project owner must reveal the codings before the project can be exported with everyone's work");
      // Like project.create adds .qualia, a typed name without the extension gets it.
      return exportQdpx(p, /\.qdpx$/i.test(path) ? path : `${path}.qdpx`, { origin: `Qualia ${version}` });
    },
    // (exchange import handlers go here)
  };
}
