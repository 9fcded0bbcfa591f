import { create } from 'zustand';
import type { RegionLayerId } from '../engine/metrics/regions.ts';
import type { Niveau, Offer } from '../engine/offer/index.ts';
import type { Jaar } from '../engine/population/index.ts';
import type { CreboMetrics } from '../engine/sector/sector-table.ts';
import type { MetricsService } from './scenario-metrics/client.ts';
import { ACCESS_BEFORE, type ScenarioEvaluation } from './scenario-metrics/evaluate.ts';

/**
 * Coverage and duplication per qualification for the sector view, computed by the scenario
 * engine's metrics worker (its own instance, so a sector session never delays scenario figures
 * and vice versa). Each crebo is one evaluation of the active offer restricted to that crebo,
 * "before" and "after" being the same offer; the worker's field cache makes the second side
 * free. Crebos are sent one at a time, so progress can be shown and a new choice takes over
 * after at most one evaluation. Figures of an older offer, travel limit or population year stay in the store
 * marked stale (the table greys them) until their replacement arrives.
 */

export interface SectorMetricsEntry {
  metrics: CreboMetrics;
  /** 1 per grid cell within the niveau's limit of a location offering the crebo (small multiples) */
  covered: Uint8Array;
  /** offer identity and limit the figures belong to; compared with sectorEntryKey() */
  key: string;
}

interface SectorMetricsState {
  entries: Readonly<Record<string, SectorMetricsEntry>>;
  /** crebos of the current request that are done / asked */
  done: number;
  total: number;
  error: string | null;
}

export const useSectorMetricsStore = create<SectorMetricsState>()(() => ({ entries: {}, done: 0, total: 0, error: null }));

const offerIds = new WeakMap<Offer, number>();
let nextOfferId = 1;

/** Which offer, limit and population year a crebo's figures must belong to, to be current. */
export function sectorEntryKey(offer: Offer, limit: number, jaar: Jaar): string {
  let id = offerIds.get(offer);
  if (id === undefined) {
    id = nextOfferId++;
    offerIds.set(offer, id);
  }
  return `${id}|${limit}|${jaar}`;
}

const LAYERS: readonly RegionLayerId[] = ['gemeente', 'arbeidsmarktregio', 'rmc', 'provincie'];

/** The small part of one evaluation the sector view keeps (the worker's answer is much bigger). */
export function compactEvaluation(evaluation: ScenarioEvaluation): { metrics: CreboMetrics; covered: Uint8Array } {
  const layers: CreboMetrics['layers'] = {};
  for (const table of evaluation.regions) {
    if (!LAYERS.includes(table.layer)) continue;
    layers[table.layer] = { reached: table.before.reached, share: table.before.share, duplications: table.before.duplications };
  }
  const covered = new Uint8Array(evaluation.access.length);
  for (let c = 0; c < covered.length; c++) covered[c] = evaluation.access[c] & ACCESS_BEFORE ? 1 : 0;
  const { coverage } = evaluation.before.figures;
  return {
    metrics: {
      niveau: evaluation.niveau,
      limit: evaluation.limit,
      national: { reached: coverage.count, share: coverage.share, duplications: evaluation.before.duplications.length },
      layers,
    },
    covered,
  };
}

export interface SectorMetricsRequest {
  offer: Offer;
  /** crebo → its niveau, in the order they should be computed */
  crebos: readonly { crebo: string; niveau: Niveau }[];
  limits: Record<Niveau, number>;
  jaar: Jaar;
}

/** Feeds requests to the worker one crebo at a time; the newest request replaces the queue. */
export class SectorMetricsRunner {
  private generation = 0;
  private stopped = false;

  constructor(private readonly service: MetricsService) {}

  request(request: SectorMetricsRequest): void {
    const generation = ++this.generation;
    const store = useSectorMetricsStore;
    const keyOf = (niveau: Niveau) => sectorEntryKey(request.offer, request.limits[niveau], request.jaar);
    const todo = request.crebos.filter(({ crebo, niveau }) => store.getState().entries[crebo]?.key !== keyOf(niveau));
    store.setState({ done: request.crebos.length - todo.length, total: request.crebos.length, error: null });
    void this.run(generation, request, todo, keyOf);
  }

  private async run(
    generation: number,
    request: SectorMetricsRequest,
    todo: readonly { crebo: string; niveau: Niveau }[],
    keyOf: (niveau: Niveau) => string,
  ): Promise<void> {
    const store = useSectorMetricsStore;
    for (const { crebo, niveau } of todo) {
      if (this.stopped || generation !== this.generation) return;
      const rows = request.offer.byCrebo(crebo);
      try {
        const answer = await this.service.evaluate({
          before: rows,
          after: rows,
          niveau,
          crebos: [crebo],
          customGemeenten: [],
          limits: { ...request.limits },
          jaar: request.jaar,
          extra: [],
        });
        if (this.stopped || answer === null) return;
        const { metrics, covered } = compactEvaluation(answer.result);
        const entry = { metrics, covered, key: keyOf(niveau) };
        // An answer that a newer request overtook is still right for its own offer and limit: keep it
        // (the newer request skips it if it still applies), but stop this run.
        const current = generation === this.generation;
        store.setState((s) => ({ entries: { ...s.entries, [crebo]: entry }, done: current ? s.done + 1 : s.done }));
        if (!current) return;
      } catch (error) {
        if (this.stopped || generation !== this.generation) return;
        store.setState({ error: `${crebo}: ${error instanceof Error ? error.message : String(error)}` });
        return;
      }
    }
  }

  stop(): void {
    this.stopped = true;
    this.service.dispose();
  }
}
