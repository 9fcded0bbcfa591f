/** Scenario metrics: coverage, krimp/anticipeer reach, choice breadth and duplication, per region layer. */
export { ScenarioMetrics, DEFAULT_NEARBY_MINUTES, includeFor } from './scenario-metrics.ts';
export type {
  Selection,
  MetricsInputs,
  CoverageResult,
  BreadthResult,
  RegionMetrics,
  Evaluation,
} from './scenario-metrics.ts';
export { accessDelta, diffFigures, coverageByRegion, reachFigures, reachedByBucket } from './coverage.ts';
export type { Figure, ReachFigures, RegionCoverage } from './coverage.ts';
export { BreadthCounter, weightedBreadthByBucket, meanPerRegion } from './breadth.ts';
export {
  creboDuplications,
  sortDuplications,
  nearbyIndex,
  duplicationsByRegion,
  diffDuplications,
} from './duplication.ts';
export type { Duplication, MetricsLocation, NearbyIndex } from './duplication.ts';
export {
  regionContext,
  withKrimp,
  withPopulation,
  krimpByGemeente,
  standardLayers,
  customLayer,
  sumByRegion,
  sumByKrimp,
  sumAll,
  KRIMP_NONE,
  KRIMP_KRIMPREGIO,
  KRIMP_ANTICIPEER,
} from './regions.ts';
export type { GemeenteLike, GridLike, RegionContext, RegionLayer, RegionLayerId } from './regions.ts';
export { metricsDataset } from './dataset.ts';
export type { MetricsDataset } from './dataset.ts';
