import { meanChangeByRegion, type TravelChange, travelTimeChange } from '../analysis/travel-change.ts';
import { type WhiteSpotRegion, whiteSpots } from '../analysis/white-spots.ts';
import type { Niveau, OfferRow } from '../offer/types.ts';
import { type PopulationByYear, populationOf } from '../population/by-year.ts';
import { DEFAULT_JAAR, type Jaar } from '../population/years.ts';
import type { FieldFn } from '../reach/field-cache.ts';
import type { ReachFigures } from './coverage.ts';
import type { MetricsDataset } from './dataset.ts';
import { type Duplication, diffDuplications } from './duplication.ts';
import { customLayer, type RegionLayer, type RegionLayerId } from './regions.ts';
import { type Evaluation, ScenarioMetrics } from './scenario-metrics.ts';

/**
 * Before/after evaluation of a scenario, as plain structured-clonable data for the panels and
 * the delta map. Runs inside the metrics worker (workers/metrics), so the main thread never
 * does the O(cells) passes; it is pure and synchronous so it is tested directly.
 */

export interface EvaluationRequest {
  before: readonly OfferRow[];
  after: readonly OfferRow[];
  niveau: Niveau;
  /** null = every qualification of the niveau */
  crebos: string[] | null;
  /** gemeente indices of the custom region (may be empty) */
  customGemeenten: number[];
  limits: Record<Niveau, number>;
  /** the population year every figure counts in */
  jaar: Jaar;
  /** More edited offers to summarise against the same selection (the scenario comparison). */
  extra: readonly (readonly OfferRow[])[];
}

export interface SideSummary {
  figures: ReachFigures;
  /** population-weighted mean of distinct qualifications within reach */
  breadthMean: number;
  duplications: Duplication[];
}

export interface RegionTable {
  layer: RegionLayerId;
  codes: string[];
  names: string[];
  population: Float64Array;
  before: { reached: Float64Array; share: Float64Array; breadth: Float64Array; duplications: Int32Array };
  after: { reached: Float64Array; share: Float64Array; breadth: Float64Array; duplications: Int32Array };
  /** population-weighted mean of after − before minutes per region, over people who keep access (0 = nobody) */
  meanChange: Float64Array;
  /** the regions with 15–24 year olds out of reach after the scenario (witte vlekken), most first */
  whiteSpots: WhiteSpotRegion[];
}

/** Bits per cell in `access`: reached within the limit before and/or after. */
export const ACCESS_BEFORE = 1;
export const ACCESS_AFTER = 2;

export interface ScenarioEvaluation {
  niveau: Niveau;
  /** the population year the figures count in */
  jaar: Jaar;
  limit: number;
  before: SideSummary;
  after: SideSummary;
  /** Duplications that the scenario adds or removes. */
  duplicationChanges: { added: Duplication[]; removed: Duplication[] };
  regions: RegionTable[];
  /** ACCESS_* bits per grid cell: the delta map's data. */
  access: Uint8Array;
  gainedCells: number;
  lostCells: number;
  /** Rows of the selection at locations without a grid cell (not counted as sources). */
  unplaced: number;
  /** One summary per `extra` offer of the request, in order. */
  extra: SideSummary[];
  /**
   * Minutes added or saved for the people who keep access (the travel-change map and histogram):
   * the cell-wise difference of the same two fields the access bits come from.
   */
  travelChange: TravelChange;
  /** 15–24 year olds of the selection without access after the scenario, nationally */
  unreachedAfter: number;
}

export class ScenarioEvaluator {
  private readonly metrics: ScenarioMetrics;
  private jaar: Jaar = DEFAULT_JAAR;

  /**
   * `dataset` comes from metricsDataset(), the one builder the CLI uses too; it counts in the
   * 2021 population, `popByYear` holds every year a request may name.
   */
  constructor(
    private readonly dataset: MetricsDataset,
    fieldFn: FieldFn,
    limits: Readonly<Record<Niveau, number>>,
    private readonly popByYear: PopulationByYear,
  ) {
    this.metrics = new ScenarioMetrics({ regions: dataset.regions, locations: dataset.locations, fieldFn, limits });
  }

  evaluate(request: EvaluationRequest): ScenarioEvaluation {
    for (const [niveau, limit] of Object.entries(request.limits)) {
      const n = Number(niveau) as Niveau;
      if (this.metrics.limit(n) !== limit) this.metrics.setLimit(n, limit);
    }
    if (request.jaar !== this.jaar) {
      this.metrics.setPopulation(populationOf(this.popByYear, request.jaar, this.dataset.regions.cellCount));
      this.jaar = request.jaar;
    }
    const selection = { niveau: request.niveau, crebos: request.crebos ? new Set(request.crebos) : null };
    const layers = [
      ...this.dataset.layers,
      customLayer('custom', request.customGemeenten, this.dataset.regions.gemeenteCount),
    ];
    const before = this.metrics.evaluate(request.before, selection, layers);
    // Cached fields are never written to, so this stays valid across the next evaluate().
    const beforeField = before.coverage.field;
    const after = this.metrics.evaluate(request.after, selection, layers);
    const limit = before.coverage.limit;
    const access = new Uint8Array(beforeField.length);
    let gainedCells = 0;
    let lostCells = 0;
    const afterField = after.coverage.field;
    for (let c = 0; c < access.length; c++) {
      const b = beforeField[c] <= limit;
      const a = afterField[c] <= limit;
      access[c] = (b ? ACCESS_BEFORE : 0) | (a ? ACCESS_AFTER : 0);
      if (a && !b) gainedCells++;
      else if (b && !a) lostCells++;
    }
    // The metrics' regions count in the request's population year, like every other figure.
    const counted = this.metrics.regions;
    const travelChange = travelTimeChange(beforeField, afterField, limit, counted);
    const spots = layers.map((layer) =>
      whiteSpots({ field: afterField, limit, reached: after.coverage.reached }, counted, layer),
    );
    return {
      niveau: request.niveau,
      jaar: request.jaar,
      limit,
      before: summary(before),
      after: summary(after),
      duplicationChanges: diffDuplications(before.duplications, after.duplications),
      regions: layers.map((layer, i) => ({
        ...regionTable(layer, before, after, i),
        meanChange: meanChangeByRegion(travelChange, layer),
        whiteSpots: spots[i].regions,
      })),
      access,
      gainedCells,
      lostCells,
      unplaced: after.coverage.unplaced,
      extra: request.extra.map((rows) => summary(this.metrics.evaluate(rows, selection, []))),
      travelChange,
      unreachedAfter: spots[0]?.unreached ?? 0,
    };
  }
}

function summary(evaluation: Evaluation): SideSummary {
  return {
    figures: evaluation.coverage.figures,
    breadthMean: evaluation.breadth.mean,
    duplications: evaluation.duplications,
  };
}

function regionTable(
  layer: RegionLayer,
  before: Evaluation,
  after: Evaluation,
  index: number,
): Omit<RegionTable, 'meanChange' | 'whiteSpots'> {
  const b = before.regions[index];
  const a = after.regions[index];
  return {
    layer: layer.id,
    codes: layer.codes,
    names: layer.names,
    population: b.coverage.population,
    before: {
      reached: b.coverage.reached,
      share: b.coverage.share,
      breadth: b.breadthMean,
      duplications: b.duplications,
    },
    after: {
      reached: a.coverage.reached,
      share: a.coverage.share,
      breadth: a.breadthMean,
      duplications: a.duplications,
    },
  };
}
