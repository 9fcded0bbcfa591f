import { decodeGraph } from '../../src/engine/graph/codec.ts';
import { type GemeenteLike, type GridLike, metricsDataset } from '../../src/engine/metrics/index.ts';
import {
  type EvaluationRequest,
  type ScenarioEvaluation,
  ScenarioEvaluator,
} from '../../src/engine/metrics/scenario-evaluation.ts';
import type { Leerweg, Niveau, OfferRow } from '../../src/engine/offer/types.ts';
import type { PopulationByYear } from '../../src/engine/population/by-year.ts';
import {
  applyEdits,
  catalogueFrom,
  type Edit,
  type EditCatalogue,
  type EditProblem,
} from '../../src/engine/scenario/index.ts';
import { createTravelSearch } from '../../src/engine/travel/search.ts';
import { withTransfer } from '../protocol/messages.ts';

/**
 * The metrics worker's API. The geodata and the graph come once (`init`); the offer once per
 * offer (`setOffer`: its rows and PC4 pseudo-locations); each evaluation then carries only the
 * edits and the selection, so an edit costs no copy of the offer. The evaluator keeps its field
 * cache across evaluations, so an edit recomputes only the fields it touches. No h3-js here.
 */

/** What the worker needs of the geodata: plain, structured-clonable data. */
export interface MetricsGeodata {
  /** with the population of every year: a request names the year to count in */
  grid: GridLike & { popByYear: PopulationByYear };
  gemeenten: readonly GemeenteLike[];
  locations: readonly { brinvest: string; brin: string; cell: number; gemeente: string | null }[];
  qualifications: readonly { crebo: string; niveau: Niveau | null; leerwegen: readonly Leerweg[] }[];
}

/** An offer as the worker keeps it. */
export interface MetricsOffer {
  rows: readonly OfferRow[];
  /** PC4 pseudo-locations of an import, with the cell they were snapped to (-1 = none). */
  pseudoPlaces: readonly { id: string; cell: number }[];
}

/** An evaluation as the worker is asked for it: the selection, and edits instead of offers. */
export interface MetricsRequest extends Omit<EvaluationRequest, 'before' | 'after' | 'extra'> {
  /** The id given to setOffer: the evaluation is refused for any other offer. */
  offerId: number;
  /** The scenario's edits, applied to the offer ("after"). */
  edits: readonly Edit[];
  /** More scenarios' edits to summarise against the same selection (the scenario comparison). */
  extra: readonly (readonly Edit[])[];
}

export type MetricsAnswer =
  | { kind: 'evaluation'; evaluation: ScenarioEvaluation; elapsedMs: number }
  /** The edits do not apply to the offer: `scenario` is -1 for the active one, else the index in `extra`. */
  | { kind: 'invalid'; scenario: number; problem: EditProblem };

export function createMetricsApi() {
  let base: { geodata: MetricsGeodata; fieldFn: (sources: Int32Array, cutoff: number) => Uint16Array } | null = null;
  let current: {
    id: number;
    rows: readonly OfferRow[];
    catalogue: EditCatalogue;
    evaluator: ScenarioEvaluator;
  } | null = null;

  return {
    init(geodata: MetricsGeodata, graph: ArrayBuffer): void {
      const search = createTravelSearch(decodeGraph(graph));
      base = { geodata, fieldFn: (sources, cutoff) => search.computeField(sources, cutoff).minutes };
      current = null;
    },
    setOffer(id: number, offer: MetricsOffer, limits: Record<Niveau, number>): void {
      if (!base) throw new Error('the metrics worker has no geodata (init failed or missing)');
      const { grid, gemeenten, locations, qualifications } = base.geodata;
      const dataset = metricsDataset(grid, gemeenten, locations, offer.pseudoPlaces);
      const catalogue = catalogueFrom(qualifications, [
        ...locations,
        ...offer.pseudoPlaces.map((p) => ({ brinvest: p.id })),
      ]);
      current = {
        id,
        rows: offer.rows,
        catalogue,
        evaluator: new ScenarioEvaluator(dataset, base.fieldFn, limits, grid.popByYear),
      };
    },
    evaluate(request: MetricsRequest) {
      if (!current || current.id !== request.offerId)
        throw new Error(`the metrics worker does not hold offer ${request.offerId}`);
      const started = performance.now();
      const { rows, catalogue, evaluator } = current;
      const sides = [request.edits, ...request.extra].map((edits) => applyEdits(rows, edits, catalogue));
      const refused = sides.findIndex((side) => 'error' in side);
      if (refused >= 0) {
        const side = sides[refused];
        if ('error' in side) {
          const invalid: MetricsAnswer = {
            kind: 'invalid',
            scenario: refused - 1,
            problem: side.error,
          };
          return withTransfer(invalid, []);
        }
      }
      const [after, ...extra] = sides.map((side) => ('rows' in side ? side.rows : []));
      const evaluation = evaluator.evaluate({
        before: rows,
        after,
        niveau: request.niveau,
        crebos: request.crebos,
        customGemeenten: request.customGemeenten,
        limits: request.limits,
        jaar: request.jaar,
        extra,
      });
      const answer: MetricsAnswer = { kind: 'evaluation', evaluation, elapsedMs: performance.now() - started };
      return withTransfer(answer, [evaluation.access.buffer, evaluation.travelChange.minutes.buffer]);
    },
  };
}

export type MetricsApi = ReturnType<typeof createMetricsApi>;
