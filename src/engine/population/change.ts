import {
  KRIMP_ANTICIPEER,
  KRIMP_KRIMPREGIO,
  type RegionContext,
  type RegionLayer,
  sumAll,
  sumByKrimp,
  sumByRegion,
} from '../metrics/regions.ts';

/** The 15–24 year olds of one area in two population years. */
export interface PopulationChange {
  from: number;
  to: number;
  /** to − from */
  persons: number;
  /** (to − from) / from; null when nobody lived there in the first year */
  relative: number | null;
}

export interface RegionChange extends PopulationChange {
  code: string;
  name: string;
  /** relative − the national relative change (a share, e.g. −0.05 = 5 percentage points steeper); null with relative */
  againstNational: number | null;
  /** how many of the region's gemeenten lie in a krimpregio, and in an anticipeerregio (for highlighting) */
  krimpGemeenten: number;
  anticipeerGemeenten: number;
}

export interface ChangeOverTime {
  national: PopulationChange;
  krimp: PopulationChange;
  anticipeer: PopulationChange;
  /** one entry per region of the layer, in the layer's order */
  regions: RegionChange[];
}

/** A grouping of gemeenten into regions: a RegionLayer, or the krimp regions (krimpRegionGrouping). */
export type RegionGrouping = Pick<RegionLayer, 'codes' | 'names' | 'ofGemeente'>;

export function populationChange(from: number, to: number): PopulationChange {
  return { from, to, persons: to - from, relative: from > 0 ? (to - from) / from : null };
}

/**
 * The change of the 15–24 population between two population years, nationally, in the krimp-
 * and anticipeerregio's and per region of a grouping. `from` and `to` are the same region context
 * counted in the two years (withPopulation), so cells, gemeenten and the krimp list are the same.
 */
export function changeOverTime(from: RegionContext, to: RegionContext, grouping: RegionGrouping): ChangeOverTime {
  if (from.cellBucket !== to.cellBucket || from.krimp !== to.krimp) {
    throw new Error('changeOverTime: both years must be counted in the same region context (use withPopulation)');
  }
  const change = (byBucketSum: (byBucket: Float64Array) => number) =>
    populationChange(byBucketSum(from.popByBucket), byBucketSum(to.popByBucket));
  const national = change(sumAll);
  const fromRegions = sumByRegion(from.popByBucket, grouping);
  const toRegions = sumByRegion(to.popByBucket, grouping);
  const krimpCount = new Int32Array(grouping.codes.length);
  const anticipeerCount = new Int32Array(grouping.codes.length);
  for (let g = 0; g < grouping.ofGemeente.length; g++) {
    const r = grouping.ofGemeente[g];
    if (r < 0) continue;
    if (from.krimp[g] === KRIMP_KRIMPREGIO) krimpCount[r]++;
    else if (from.krimp[g] === KRIMP_ANTICIPEER) anticipeerCount[r]++;
  }
  return {
    national,
    krimp: change((b) => sumByKrimp(b, from, KRIMP_KRIMPREGIO)),
    anticipeer: change((b) => sumByKrimp(b, from, KRIMP_ANTICIPEER)),
    regions: grouping.codes.map((code, r) => {
      const c = populationChange(fromRegions[r], toRegions[r]);
      return {
        code,
        name: grouping.names[r],
        ...c,
        againstNational: c.relative === null || national.relative === null ? null : c.relative - national.relative,
        krimpGemeenten: krimpCount[r],
        anticipeerGemeenten: anticipeerCount[r],
      };
    }),
  };
}

/**
 * The krimp- and anticipeerregio's themselves as a grouping of their gemeenten, coded
 * `type|regio` like the `krimp` features of regions.topojson, sorted by that code.
 */
export function krimpRegionGrouping(
  gemeenten: readonly { krimp: { type: string; regio: string } | null }[],
): RegionGrouping {
  const codes = [...new Set(gemeenten.flatMap((g) => (g.krimp ? [`${g.krimp.type}|${g.krimp.regio}`] : [])))].sort();
  const index = new Map(codes.map((c, i) => [c, i]));
  const ofGemeente = Int32Array.from(gemeenten, (g) =>
    g.krimp ? (index.get(`${g.krimp.type}|${g.krimp.regio}`) as number) : -1,
  );
  return { codes, names: codes.map((c) => c.slice(c.indexOf('|') + 1)), ofGemeente };
}
