// What the impact step (rule tests, backtest, operating point) needs from the
// run: reads only. It never writes to AFD, so it can run before any write.
import type { AfdPort } from '../afd/port.js';
import type { Logger } from '../domain/log.js';

export interface ImpactDeps {
  afd: Pick<AfdPort, 'listVariables' | 'getListElements' | 'listRules'>;
  log: Logger;
}
