import type { MetricsLocation } from './duplication.ts';
import {
  type GemeenteLike,
  type GridLike,
  krimpByGemeente,
  type RegionContext,
  type RegionLayer,
  regionContext,
  standardLayers,
} from './regions.ts';

/**
 * Turns the decoded geodata (grid.bin, gemeenten.json, locations.json, plus the pseudo-locations
 * of an imported offer) into the typed inputs of ScenarioMetrics. Pure; run once per dataset.
 */
export interface MetricsDataset {
  regions: RegionContext;
  /** gemeente, arbeidsmarktregio, RMC, provincie */
  layers: RegionLayer[];
  locations: MetricsLocation[];
}

export function metricsDataset(
  grid: GridLike,
  gemeenten: readonly GemeenteLike[],
  locations: readonly { brinvest: string; brin: string; cell: number; gemeente: string | null }[],
  /** PC4 pseudo-locations of an import, with the cell they were snapped to (-1 = none) */
  pseudoPlaces: readonly { id: string; cell: number }[] = [],
): MetricsDataset {
  const regions = regionContext(grid, gemeenten.length, krimpByGemeente(gemeenten));
  const gemeenteIndex = new Map(gemeenten.map((g, i) => [g.code, i]));
  // A location's own gemeente (point in polygon) beats its cell's, which may lie across a border.
  const gemeenteOfCell = (cell: number) => (cell < 0 || grid.gemeente[cell] === 65535 ? -1 : grid.gemeente[cell]);
  const metricsLocations: MetricsLocation[] = [
    ...locations.map((l) => ({
      brinvest: l.brinvest,
      brin: l.brin,
      cell: l.cell,
      gemeente: (l.gemeente === null ? undefined : gemeenteIndex.get(l.gemeente)) ?? gemeenteOfCell(l.cell),
    })),
    ...pseudoPlaces.map((p) => ({ brinvest: p.id, brin: null, cell: p.cell, gemeente: gemeenteOfCell(p.cell) })),
  ];
  return { regions, layers: standardLayers(gemeenten), locations: metricsLocations };
}
