import type { RegionLayerId } from '../engine/metrics/regions.ts';
import type { ScenarioEvaluation } from '../engine/metrics/scenario-evaluation.ts';
import { ACCESS_BEFORE } from '../engine/metrics/scenario-evaluation.ts';
import type { Niveau, Offer } from '../engine/offer/index.ts';
import type { Jaar } from '../engine/population/years.ts';
import { formatEditProblem } from '../engine/scenario/index.ts';
import { domainsOfChoice, type SectorChoice } from '../engine/sector/groupings.ts';
import type { CreboMetrics } from '../engine/sector/sector-table.ts';
import { useDatasetStore } from './dataset.ts';
import { useJaarStore } from './jaar.ts';
import { type MetricsSession, offerIdOf } from './metrics-session.ts';
import type { Computation } from './pipeline/computation.ts';
import { createResultStore } from './pipeline/result-store.ts';
import { SECTOR_LAYERS, type SectorLayerId, useSectorStore } from './sector.ts';
import { type TravelLimits, useTravelStore } from './travel.ts';
import { useWeergaveStore } from './weergave.ts';

/**
 * Coverage and duplication per qualification for the sector view, on the pipeline, computed by
 * a metrics worker of its own (so a sector session never delays scenario figures and vice
 * versa). Each crebo of the chosen sector is one evaluation of the active offer restricted to
 * that crebo, with no edits; the worker's field cache makes the "after" side free. Crebos are
 * done one at a time and published as they come (progress, and a new choice takes over after
 * at most one evaluation). Figures of an older offer or travel limit stay, marked by their key,
 * until their replacement arrives; the table greys them.
 */

export interface SectorMetricsEntry {
  metrics: CreboMetrics;
  /** 1 per grid cell within the niveau's limit of a location offering the crebo (small multiples) */
  covered: Uint8Array;
  /** offer identity, limit and population year the figures belong to; compared with sectorEntryKey() */
  key: string;
}

export interface SectorFigures {
  entries: Readonly<Record<string, SectorMetricsEntry>>;
  /** crebos of the current choice that are done / asked */
  done: number;
  total: number;
}

export const useSectorMetricsStore = createResultStore<SectorFigures>();

/** Which offer, limit and population year a crebo's figures must belong to, to be current. */
export function sectorEntryKey(offer: Offer, limit: number, jaar: Jaar): string {
  return `${offerIdOf(offer)}|${limit}|${jaar}`;
}

const isSectorLayer = (layer: RegionLayerId): layer is SectorLayerId =>
  (SECTOR_LAYERS as readonly string[]).includes(layer);

/** The small part of one evaluation the sector view keeps (the worker's answer is much bigger). */
export function compactEvaluation(evaluation: ScenarioEvaluation): { metrics: CreboMetrics; covered: Uint8Array } {
  const layers: CreboMetrics['layers'] = {};
  for (const table of evaluation.regions) {
    if (!isSectorLayer(table.layer)) continue;
    layers[table.layer] = {
      reached: table.before.reached,
      share: table.before.share,
      duplications: table.before.duplications,
    };
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

interface SectorInput {
  offer: Offer;
  choice: SectorChoice;
  limits: TravelLimits;
  jaar: Jaar;
}

/** The crebos of a sector choice in the offer, with the niveau the offer gives them, sorted. */
export function sectorCrebos(offer: Offer, choice: SectorChoice): { crebo: string; niveau: Niveau }[] {
  const niveaus = new Map<string, Niveau>();
  for (const domain of domainsOfChoice(choice, offer.domains())) {
    for (const row of offer.byDomain(domain)) if (!niveaus.has(row.crebo)) niveaus.set(row.crebo, row.niveau);
  }
  return [...niveaus.keys()].sort().map((crebo) => ({ crebo, niveau: niveaus.get(crebo)! }));
}

export function sectorMetricsComputation(
  session: Pick<MetricsSession, 'evaluate'>,
): Computation<SectorInput, SectorFigures> {
  return {
    inputs: [useWeergaveStore, useSectorStore, useDatasetStore, useTravelStore, useJaarStore],
    select: () => {
      const active = useDatasetStore.getState().activeOffer;
      const { choice } = useSectorStore.getState();
      if (useWeergaveStore.getState().weergave !== 'sector' || !active || !choice) return null;
      return {
        offer: active.offer,
        choice,
        limits: useTravelStore.getState().limits,
        jaar: useJaarStore.getState().jaar,
      };
    },
    run: async ({ offer, choice, limits, jaar }, signal, report) => {
      const crebos = sectorCrebos(offer, choice);
      const keyOf = (niveau: Niveau) => sectorEntryKey(offer, limits[niveau], jaar);
      // Figures already computed for this offer and limit are kept; older ones stay until replaced.
      const entries: Record<string, SectorMetricsEntry> = { ...useSectorMetricsStore.getState().value?.entries };
      const todo = crebos.filter(({ crebo, niveau }) => entries[crebo]?.key !== keyOf(niveau));
      let done = crebos.length - todo.length;
      report({ entries: { ...entries }, done, total: crebos.length });
      for (const { crebo, niveau } of todo) {
        const request = {
          edits: [],
          niveau,
          crebos: [crebo],
          customGemeenten: [],
          limits: { ...limits },
          jaar,
          extra: [],
        };
        const answer = await session.evaluate(offer, request, signal).catch((error: unknown) => {
          throw signal.aborted
            ? error
            : new Error(`${crebo}: ${error instanceof Error ? error.message : String(error)}`);
        });
        // The request has no edits, so nothing can be refused; should it ever be, say which crebo and why.
        if (answer.kind === 'invalid') throw new Error(`${crebo}: ${formatEditProblem(answer.problem)}`);
        entries[crebo] = { ...compactEvaluation(answer.evaluation), key: keyOf(niveau) };
        done++;
        report({ entries: { ...entries }, done, total: crebos.length });
      }
      return { entries, done, total: crebos.length };
    },
  };
}
