import type { Grid } from '../../../src/data/geodata/index.ts';
import { GraphBuilder } from '../../../src/engine/graph/builder.ts';
import { MODE_BUS, MODE_CYCLE, MODE_FERRY, MODE_FIXED_LINK, MODE_RAIL } from '../../../src/engine/graph/modes.ts';
import type { TravelGraph } from '../../../src/engine/graph/types.ts';
import type { TravelParameters } from '../../../src/engine/profiles/parameters.ts';
import type { BusZones } from './cells.ts';
import { haversineKm } from './geo.ts';

export interface RailStationInput {
  id: string;
  /** Land cell of the station, or -1 (a foreign station): trains run through it, nobody boards. */
  cell: number;
}

/** One undirected rail section between adjacent stops of at least one train series. */
export interface RailSectionInput {
  a: string;
  b: string;
  minutes: number;
  /** Straight-line length, km: used to reject implausible sections. */
  km: number;
  trainsPerHour: number;
  series: string[];
}

export interface FerryInput {
  route: string;
  fromCell: number;
  toCell: number;
  crossingMin: number;
  headwayMin: number;
}

export interface FixedLinkInput {
  id: string;
  fromCell: number;
  toCell: number;
  modes: readonly ('cycle' | 'bus')[];
}

export interface GraphInput {
  grid: Grid;
  /** Land neighbours of each cell (CSR), see cells.ts. */
  adjOffsets: Int32Array;
  adjTargets: Int32Array;
  /** Average area of one grid cell, km², for population density. */
  cellAreaKm2: number;
  /** The coarser zones the bus layer runs between (cells.ts busZones). */
  zones: BusZones;
  stations: RailStationInput[];
  railSections: RailSectionInput[];
  ferries: FerryInput[];
  fixedLinks: FixedLinkInput[];
  params: TravelParameters;
}

export interface GraphBuildResult {
  graph: TravelGraph;
  /** Node layout, for tests and reports: cells, bus zones, rail platforms and sections, link helpers. */
  busNode0: number;
  railNode0: number;
  railSectionCount: number;
  /** Rail sections skipped because a station is unknown, as "a–b". */
  skippedSections: string[];
  /** Rail sections skipped because their running time is implausibly short, as "a–b (km in min)". */
  implausibleSections: string[];
  /** Per cell: bus boarding wait (minutes), for reports and tests. */
  busWaitMin: Float32Array;
}

/** Log-density interpolation between a rural and an urban value. */
function byDensity(density: number, rural: number, urban: number, p: TravelParameters['bus']): number {
  const lo = Math.log(p.ruralDensity);
  const hi = Math.log(p.urbanDensity);
  const t = density <= 0 ? 0 : Math.min(1, Math.max(0, (Math.log(density) - lo) / (hi - lo)));
  return rural + t * (urban - rural);
}

/** Inhabitants per km², averaged over each cell and its neighbours up to `rings` rings. */
export function smoothedDensity(
  input: Pick<GraphInput, 'grid' | 'adjOffsets' | 'adjTargets' | 'cellAreaKm2'>,
  rings: number,
  youthShare: number,
): Float32Array {
  const { grid, adjOffsets, adjTargets, cellAreaKm2 } = input;
  const n = grid.count;
  const out = new Float32Array(n);
  const stamp = new Int32Array(n).fill(-1);
  let frontier: number[] = [];
  let nextFrontier: number[] = [];
  for (let i = 0; i < n; i++) {
    let pop = grid.pop[i];
    let cells = 1;
    stamp[i] = i;
    frontier = [i];
    for (let r = 0; r < rings; r++) {
      nextFrontier = [];
      for (const u of frontier) {
        for (let e = adjOffsets[u]; e < adjOffsets[u + 1]; e++) {
          const v = adjTargets[e];
          if (stamp[v] === i) continue;
          stamp[v] = i;
          pop += grid.pop[v];
          cells++;
          nextFrontier.push(v);
        }
      }
      frontier = nextFrontier;
    }
    out[i] = pop / youthShare / (cells * cellAreaKm2);
  }
  return out;
}

/**
 * Builds the multimodal travel graph. Node layout:
 * - `0 .. N-1` cells (walking/cycling happens here);
 * - `N .. N+Z-1` "on a bus in zone z" (Z coarser bus zones, see parameters bus.zoneResolution);
 * - then a platform node per station ("just got off a train here"), from which boarding
 *   another train costs the wait plus the transfer penalty;
 * - then one node per directed rail section ("on a train that just ran section s"), so that a
 *   train continues through a station for free (to a section that shares a train series)
 *   while changing trains means getting off to the platform and boarding again;
 * - then one helper node per fixed-link crossing and mode, whose entry edge carries the
 *   MODE_FIXED_LINK bit and whose exit edge the mode used on the link.
 */
export function buildTravelGraph(input: GraphInput): GraphBuildResult {
  const { grid, adjOffsets, adjTargets, params } = input;
  const n = grid.count;
  const { zones } = input;
  const b = new GraphBuilder(n);
  const busNode0 = b.addNodes(zones.count);
  const { cycling, bus, rail, ferry, fixedLinks } = params;

  const cellKm = (i: number, j: number) => haversineKm(grid.lon[i], grid.lat[i], grid.lon[j], grid.lat[j]);
  // Lattice edges are shortened so that a zig-zag path costs what the straight line would.
  const lattice = params.latticeFactor;

  // Cycling between neighbouring land cells.
  for (let i = 0; i < n; i++) {
    for (let e = adjOffsets[i]; e < adjOffsets[i + 1]; e++) {
      const km = cellKm(i, adjTargets[e]) / lattice;
      b.addEdge(i, adjTargets[e], (km * cycling.detourFactor * 60) / cycling.speedKmh, MODE_CYCLE);
    }
  }

  // Bus: board in your cell (wait by local density), ride from zone centre to zone centre, get
  // off in any cell of the zone. The way from a cell to its zone centre is not charged: a bus
  // line does not detour through zone centres, and charging it at both ends would make every
  // trip too long, while leaving it out errs both ways (up to about 1.3 km per end).
  const density = smoothedDensity(input, bus.densityRings, bus.youthShare);
  const zoneDensity = new Float64Array(zones.count);
  const zoneCells = new Int32Array(zones.count);
  for (let i = 0; i < n; i++) {
    zoneDensity[zones.zoneOf[i]] += density[i];
    zoneCells[zones.zoneOf[i]]++;
  }
  const zoneSpeed = new Float64Array(zones.count);
  for (let z = 0; z < zones.count; z++)
    zoneSpeed[z] = byDensity(zoneDensity[z] / zoneCells[z], bus.ruralSpeedKmh, bus.urbanSpeedKmh, bus);
  const busWaitMin = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const z = zones.zoneOf[i];
    const headway = byDensity(density[i], bus.ruralHeadwayMin, bus.urbanHeadwayMin, bus);
    busWaitMin[i] = Math.min(headway / 2, bus.maxWaitMin) + bus.accessMin;
    b.addEdge(i, busNode0 + z, busWaitMin[i], MODE_BUS);
    b.addEdge(busNode0 + z, i, 0, MODE_BUS);
  }
  for (let z = 0; z < zones.count; z++) {
    for (let e = zones.adjOffsets[z]; e < zones.adjOffsets[z + 1]; e++) {
      const y = zones.adjTargets[e];
      const km = haversineKm(zones.lon[z], zones.lat[z], zones.lon[y], zones.lat[y]) / lattice;
      b.addEdge(busNode0 + z, busNode0 + y, (km * 60 * 2) / (zoneSpeed[z] + zoneSpeed[y]), MODE_BUS);
    }
  }

  // Rail: a platform node per station and one node per directed section.
  const stationIndex = new Map(input.stations.map((st, i) => [st.id, i]));
  const skippedSections: string[] = [];
  const implausibleSections: string[] = [];
  const sections: { a: number; b: number; minutes: number; tph: number; series: Set<string> }[] = [];
  for (const s of input.railSections) {
    const a = stationIndex.get(s.a);
    const z = stationIndex.get(s.b);
    if (a === undefined || z === undefined) {
      skippedSections.push(`${s.a}–${s.b}`);
      continue;
    }
    if (s.minutes <= 0 || (s.km * 60) / s.minutes > rail.maxPlausibleSpeedKmh) {
      implausibleSections.push(`${s.a}–${s.b} (${s.km} km in ${s.minutes} min)`);
      continue;
    }
    const series = new Set(s.series);
    const tph = s.trainsPerHour > 0 ? s.trainsPerHour : rail.defaultTrainsPerHour;
    sections.push({ a, b: z, minutes: s.minutes, tph, series });
    sections.push({ a: z, b: a, minutes: s.minutes, tph, series });
  }
  if (rail.transferPenaltyMin > rail.accessMin + rail.egressMin) {
    throw new RangeError(
      `rail.transferPenaltyMin (${rail.transferPenaltyMin}) exceeds accessMin + egressMin (${rail.accessMin + rail.egressMin}): leaving the station would beat changing trains`,
    );
  }
  const platform0 = b.addNodes(input.stations.length);
  input.stations.forEach((st, i) => {
    if (st.cell >= 0) b.addEdge(platform0 + i, st.cell, rail.egressMin, MODE_RAIL);
  });
  const railNode0 = b.addNodes(sections.length);
  const leaving: number[][] = input.stations.map(() => []);
  for (let k = 0; k < sections.length; k++) leaving[sections[k].a].push(k);
  sections.forEach((s, k) => {
    const wait = Math.min(30 / s.tph, rail.maxWaitMin);
    const fromCell = input.stations[s.a].cell;
    // First boarding from the street; a change of train comes from the platform node.
    if (fromCell >= 0) b.addEdge(fromCell, railNode0 + k, rail.accessMin + wait + s.minutes, MODE_RAIL);
    b.addEdge(platform0 + s.a, railNode0 + k, wait + rail.transferPenaltyMin + s.minutes, MODE_RAIL);
    b.addEdge(railNode0 + k, platform0 + s.b, 0, MODE_RAIL);
    for (const t of leaving[s.b]) {
      const next = sections[t];
      if (next.b === s.a) continue;
      let shared = false;
      for (const id of next.series)
        if (s.series.has(id)) {
          shared = true;
          break;
        }
      if (shared) b.addEdge(railNode0 + k, railNode0 + t, next.minutes, MODE_RAIL);
    }
  });

  // Ferries: wait for the boat at the departure side, both directions.
  for (const f of input.ferries) {
    const minutes = ferry.boardingMin + Math.min(f.headwayMin / 2, ferry.maxWaitMin) + f.crossingMin;
    b.addEdge(f.fromCell, f.toCell, minutes, MODE_FERRY);
    b.addEdge(f.toCell, f.fromCell, minutes, MODE_FERRY);
  }

  // Fixed links: enter through a helper node so the route's modes show the link and the mode.
  for (const link of input.fixedLinks) {
    const km = cellKm(link.fromCell, link.toCell) * fixedLinks.detourFactor;
    for (const mode of link.modes) {
      const isBus = mode === 'bus';
      // A bus crosses from zone to zone: the trip to and from the zone centres is charged by the zone edges.
      const node = (cell: number) => (isBus ? busNode0 + zones.zoneOf[cell] : cell);
      const minutes = isBus ? (km * 60) / fixedLinks.busSpeedKmh : (km * 60) / cycling.speedKmh;
      for (const [from, to] of [
        [link.fromCell, link.toCell],
        [link.toCell, link.fromCell],
      ]) {
        const helper = b.addNodes(1);
        b.addEdge(node(from), helper, 0, MODE_FIXED_LINK);
        b.addEdge(helper, node(to), minutes, isBus ? MODE_BUS : MODE_CYCLE);
      }
    }
  }

  return {
    graph: b.build(),
    busNode0,
    railNode0,
    railSectionCount: sections.length,
    skippedSections,
    implausibleSections,
    busWaitMin,
  };
}
