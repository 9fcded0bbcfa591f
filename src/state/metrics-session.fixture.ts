import { createMetricsApi, type MetricsGeodata } from '../../workers/metrics/metrics-api.ts';
import type { Offer } from '../engine/offer/offer.ts';
import { type MetricsSession, metricsOfferOf, offerIdOf } from './metrics-session.ts';

/**
 * The metrics worker's real API, in-process and without a worker, behind the session interface:
 * the state computations are tested on the same code the worker runs. `calls` counts evaluations.
 */
export function inlineMetricsSession(
  geodata: MetricsGeodata,
  graph: ArrayBuffer,
): MetricsSession & { calls: number; fail: Error | null } {
  const api = createMetricsApi();
  api.init(geodata, graph);
  let held = 0;
  const session = {
    calls: 0,
    fail: null as Error | null,
    async evaluate(offer: Offer, request: Parameters<MetricsSession['evaluate']>[1]) {
      session.calls++;
      if (session.fail) throw session.fail;
      const offerId = offerIdOf(offer);
      if (held !== offerId) api.setOffer(offerId, metricsOfferOf(offer), request.limits);
      held = offerId;
      return api.evaluate({ ...request, offerId }).value;
    },
    terminate() {},
  };
  return session;
}
