import type { MetricsAnswer, MetricsGeodata, MetricsOffer, MetricsRequest } from '../../workers/metrics/metrics-api.ts';
import type { MetricsClient } from '../../workers/metrics/metrics-client.ts';
import type { Gemeente, Grid, Location, Qualification } from '../data/geodata/index.ts';
import type { Offer } from '../engine/offer/offer.ts';
import type { Niveau } from '../engine/offer/types.ts';
import { DEFAULT_JAAR, JAREN } from '../engine/population/years.ts';

/**
 * The main-thread side of a metrics worker: what it is started with, and which offer it holds.
 * The worker keeps the offer, so an evaluation sends only the edits; the offer itself goes over
 * once, the first time an evaluation is asked for it.
 */

/** The geodata as the metrics worker takes it (copies: the grid's arrays stay usable here). */
export function metricsGeodataOf(geodata: {
  grid: Pick<Grid, 'count' | 'pop' | 'gemeente' | 'popByYear'>;
  gemeenten: readonly Gemeente[];
  locations: readonly Location[];
  qualifications: readonly Qualification[];
}): MetricsGeodata {
  const { grid } = geodata;
  return {
    grid: gridCopy(grid),
    gemeenten: geodata.gemeenten.map(({ code, naam, provincie, amr, amrNaam, rmc, rmcNaam, krimp }) => ({
      code,
      naam,
      provincie,
      amr,
      amrNaam,
      rmc,
      rmcNaam,
      krimp: krimp ? { type: krimp.type } : null,
    })),
    locations: geodata.locations.map(({ brinvest, brin, cell, gemeente }) => ({ brinvest, brin, cell, gemeente })),
    qualifications: geodata.qualifications.map(({ crebo, niveau, leerwegen }) => ({ crebo, niveau, leerwegen })),
  };
}

/** The grid arrays the worker needs, copied; the counted year stays the same array as `pop`. */
function gridCopy(grid: Pick<Grid, 'count' | 'pop' | 'gemeente' | 'popByYear'>): MetricsGeodata['grid'] {
  const pop = grid.pop.slice();
  const popByYear = { ...grid.popByYear, [DEFAULT_JAAR]: pop };
  for (const jaar of JAREN) if (jaar !== DEFAULT_JAAR) popByYear[jaar] = grid.popByYear[jaar].slice();
  return { count: grid.count, pop, gemeente: grid.gemeente.slice(), popByYear };
}

/** An offer as the metrics worker keeps it: its rows and its PC4 pseudo-locations with their cells. */
export function metricsOfferOf(offer: Offer): MetricsOffer {
  return { rows: offer.rows, pseudoPlaces: offer.pseudoPlaces.map(({ id, cell }) => ({ id, cell })) };
}

export interface MetricsSession {
  /** Evaluates `request` on `offer`, sending the offer first when the worker does not hold it. */
  evaluate(offer: Offer, request: Omit<MetricsRequest, 'offerId'>, signal: AbortSignal): Promise<MetricsAnswer>;
  terminate(): void;
}

const offerIds = new WeakMap<Offer, number>();
let nextOfferId = 1;

/** A number per offer object, the same for every worker. */
export function offerIdOf(offer: Offer): number {
  let id = offerIds.get(offer);
  if (id === undefined) {
    id = nextOfferId++;
    offerIds.set(offer, id);
  }
  return id;
}

/** `start` creates the worker on the first evaluation, so a view never opened costs no worker. */
export function createMetricsSession(start: () => MetricsClient, limits: () => Record<Niveau, number>): MetricsSession {
  let client: MetricsClient | null = null;
  let held: Promise<unknown> | null = null;
  let heldId = 0;
  return {
    async evaluate(offer, request, signal) {
      client ??= start();
      const offerId = offerIdOf(offer);
      if (heldId !== offerId || !held) {
        heldId = offerId;
        // Not cancellable: the next evaluation of this offer needs it too.
        held = client.call('setOffer', [offerId, metricsOfferOf(offer), limits()]);
        held.catch(() => {
          if (heldId === offerId) held = null;
        });
      }
      await held;
      return client.call('evaluate', [{ ...request, offerId }], { signal, key: 'evaluate' });
    },
    terminate() {
      client?.terminate();
      client = null;
      held = null;
    },
  };
}
