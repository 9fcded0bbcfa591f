/** Scenario metrics: coverage, krimp/anticipeer reach, choice breadth and duplication, per region layer. */

export { BreadthCounter, meanPerRegion, weightedBreadthByBucket } from './breadth.ts';
export type { Figure, ReachFigures, RegionCoverage } from './coverage.ts';
export { accessDelta, coverageByRegion, diffFigures, reachedByBucket, reachFigures } from './coverage.ts';
export type { MetricsDataset } from './dataset.ts';
export { metricsDataset } from './dataset.ts';
export type { Duplication, MetricsLocation, NearbyIndex } from './duplication.ts';
export {
  creboDuplications,
  diffDuplications,
  duplicationsByRegion,
  nearbyIndex,
  sortDuplications,
} from './duplication.ts';
export type { GemeenteLike, GridLike, RegionContext, RegionLayer, RegionLayerId } from './regions.ts';
export {
  customLayer,
  KRIMP_ANTICIPEER,
  KRIMP_KRIMPREGIO,
  KRIMP_NONE,
  krimpByGemeente,
  regionContext,
  standardLayers,
  sumAll,
  sumByKrimp,
  sumByRegion,
  withKrimp,
  withPopulation,
} from './regions.ts';
export type {
  BreadthResult,
  CoverageResult,
  Evaluation,
  MetricsInputs,
  RegionMetrics,
  Selection,
} from './scenario-metrics.ts';
export { DEFAULT_NEARBY_MINUTES, includeFor, ScenarioMetrics } from './scenario-metrics.ts';
