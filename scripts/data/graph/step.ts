import { getHexagonAreaAvg } from 'h3-js';
import { decodeGrid, GEODATA_FILES } from '../../../src/data/geodata/index.ts';
import { encodeGraph } from '../../../src/engine/graph/codec.ts';
import { TRAVEL_PARAMETERS } from '../../../src/engine/profiles/parameters.ts';
import { SourceError } from '../lib/source-error.ts';
import type { BuildContext, BuildStep, StepOutput } from '../step.ts';
import type { FerryInput, FixedLinkInput, RailStationInput } from './build-graph.ts';
import { buildTravelGraph } from './build-graph.ts';
import { busZones, cellAdjacency, indexGridCells, snapToLand } from './cells.ts';
import { GRAPH_SOURCE_FILES, readFerries, readFixedLinks, readRailSections, readRailStations } from './inputs.ts';

/**
 * Build step: the multimodal travel graph (graph.bin) over the land grid written by the grid
 * step. Layout and model: src/engine/graph/codec.ts and build-graph.ts; parameters:
 * src/engine/profiles/parameters.ts.
 */
export const graphStep: BuildStep = {
  id: 'graph',
  async run(ctx: BuildContext): Promise<StepOutput[]> {
    const params = TRAVEL_PARAMETERS;
    const grid = decodeGrid(await ctx.readOutput('grid.bin'));
    const cells = indexGridCells(grid);
    const snap = (file: string, what: string, lon: number, lat: number) => {
      const s = snapToLand(cells, lon, lat, params.maxSnapKm);
      if (!s)
        throw new SourceError(
          file,
          `${what} (${lon}, ${lat}) lies more than ${params.maxSnapKm} km from any land cell`,
        );
      return s.cell;
    };

    const stations: RailStationInput[] = (await readRailStations(ctx)).map((s) => {
      const hit = snapToLand(cells, s.lon, s.lat, params.rail.maxStationSnapKm);
      return { id: s.id, cell: hit ? hit.cell : -1 };
    });
    const railSections = await readRailSections(ctx);

    const ferries: FerryInput[] = (await readFerries(ctx)).map((f) => {
      const headwayMin = params.ferry.headwayMin[f.route];
      if (headwayMin === undefined) {
        throw new SourceError(
          GRAPH_SOURCE_FILES.ferries,
          `route "${f.route}" has no headway in src/engine/profiles/parameters.ts (ferry.headwayMin)`,
        );
      }
      return {
        route: f.route,
        fromCell: snap(GRAPH_SOURCE_FILES.ferries, `terminal of ${f.route}`, f.from_lon, f.from_lat),
        toCell: snap(GRAPH_SOURCE_FILES.ferries, `terminal of ${f.route}`, f.to_lon, f.to_lat),
        crossingMin: params.ferry.fastCrossingMin[f.route] ?? f.crossing_min,
        headwayMin,
      };
    });

    const links = await readFixedLinks();
    const fixedLinks: FixedLinkInput[] = links
      .filter((l) => l.modes.length > 0)
      .map((l) => ({
        id: l.id,
        fromCell: snap('scripts/data/graph/fixed-links.json', `link ${l.id} end`, l.from[0], l.from[1]),
        toCell: snap('scripts/data/graph/fixed-links.json', `link ${l.id} end`, l.to[0], l.to[1]),
        modes: l.modes,
      }));

    const adjacency = cellAdjacency(cells);
    const { adjOffsets, adjTargets } = adjacency;
    const zones = busZones(cells, adjacency, params.bus.zoneResolution);
    const result = buildTravelGraph({
      grid,
      adjOffsets,
      adjTargets,
      cellAreaKm2: getHexagonAreaAvg(grid.resolution, 'km2'),
      zones,
      stations,
      railSections,
      ferries,
      fixedLinks,
      params,
    });
    const boardable = stations.filter((s) => s.cell >= 0).length;
    ctx.log(
      `graph: ${grid.count} cells, ${zones.count} bus zones, ${result.graph.nodeCount} nodes, ${result.graph.edgeCount} edges; ` +
        `${boardable} of ${stations.length} stations on land, ${result.railSectionCount} directed rail sections, ` +
        `${ferries.length} ferries, ${fixedLinks.length} fixed links with modes (${links.length - fixedLinks.length} closed to students)`,
    );
    ctx.report('graph', {
      cells: grid.count,
      busZones: zones.count,
      nodes: result.graph.nodeCount,
      edges: result.graph.edgeCount,
      stationsOnLand: boardable,
      stationsNotBoardable: stations
        .filter((s) => s.cell < 0)
        .map((s) => s.id)
        .sort(),
      directedRailSections: result.railSectionCount,
      skippedRailSections: result.skippedSections,
      implausibleRailSections: result.implausibleSections,
      ferries: ferries.map((f) => f.route),
      fixedLinks: fixedLinks.map((l) => l.id),
      closedFixedLinks: links.filter((l) => l.modes.length === 0).map((l) => l.id),
    });
    if (result.implausibleSections.length > 0) {
      ctx.log(
        `graph: skipped ${result.implausibleSections.length} rail sections faster than ${params.rail.maxPlausibleSpeedKmh} km/h: ${result.implausibleSections.join(', ')}`,
      );
    }
    if (result.skippedSections.length > 0) {
      ctx.log(
        `graph: skipped ${result.skippedSections.length} rail sections with an unknown station: ${result.skippedSections.join(', ')}`,
      );
    }
    return [
      {
        path: GEODATA_FILES.graph,
        data: encodeGraph(result.graph),
        rows: result.graph.edgeCount,
        sources: ['rail', 'rail-stations', 'ferries', 'fixed-links', 'land-mask', 'cbs-pc4'],
      },
    ];
  },
};
