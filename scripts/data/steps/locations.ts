import { latLngToCell } from 'h3-js';
import { decodeGrid, GEODATA_FILES, gridCellH3, type Location } from '../../../src/data/geodata/index.ts';
import { loadGemeenten } from '../lib/gemeenten-source.ts';
import { DenseCells } from '../lib/h3-grid.ts';
import { jsonLines, round } from '../lib/json.ts';
import { loadVestigingen, VESTIGINGEN_FILE } from '../lib/mbo-source.ts';
import { PolygonIndex } from '../lib/polygon-index.ts';
import type { BuildStep } from '../step.ts';
import { GRID_RESOLUTION, loadLandMask } from './grid.ts';

/** A location snaps to the nearest land cell within this distance (harbour quays, piers). */
export const MAX_SNAP_KM = 2;
/** Rings of res-8 cells (centre spacing about 0.9 km) that cover MAX_SNAP_KM. */
const SNAP_RINGS = 3;

/**
 * locations.json: every vestiging joined with its gemeente (point in polygon), the gemeente's
 * regions (koppeltabel), krimp membership, and its grid cell. Nothing is dropped: a location
 * outside every gemeente or outside the land mask is kept, flagged and listed in the report.
 */
export const locationsStep: BuildStep = {
  id: 'locations',
  async run(ctx) {
    const vestigingen = await loadVestigingen(ctx);
    const gemeenten = await loadGemeenten(ctx);
    const gemeenteIndex = new PolygonIndex(gemeenten.map((g) => g.feature.geometry));
    const land = new PolygonIndex([await loadLandMask(ctx)]);
    const grid = decodeGrid(await ctx.readOutput(GEODATA_FILES.grid), GEODATA_FILES.grid);
    const cells = new DenseCells(Array.from({ length: grid.count }, (_, i) => gridCellH3(grid, i)));

    const outsideGemeente: object[] = [];
    const outsideLand: object[] = [];
    const withoutCell: object[] = [];
    const snapped: object[] = [];
    const partialPostcode: object[] = [];

    const rows: Location[] = vestigingen
      .map(({ line, value: v }) => {
        const g = gemeenteIndex.find(v.lon, v.lat);
        const gemeente = g === -1 ? null : gemeenten[g];
        const onLand = land.contains(v.lon, v.lat);
        const ownCell = cells.index.get(latLngToCell(v.lat, v.lon, GRID_RESOLUTION));
        const cell = ownCell ?? cells.nearest(v.lat, v.lon, GRID_RESOLUTION, SNAP_RINGS, MAX_SNAP_KM);
        const where = {
          brinvest: v.brinvest,
          instelling: v.instelling_naam,
          naam: v.locatie_naam,
          plaats: v.plaats,
          lon: v.lon,
          lat: v.lat,
          line,
        };
        if (!gemeente) outsideGemeente.push(where);
        if (!onLand) outsideLand.push(where);
        if (cell === -1) withoutCell.push(where);
        else if (ownCell === undefined) snapped.push({ ...where, cell });
        if (v.postcode.length !== 6) partialPostcode.push({ ...where, postcode: v.postcode });
        return {
          brinvest: v.brinvest,
          brin: v.brin,
          instelling: v.instelling_naam,
          naam: v.locatie_naam,
          adres: v.straat_huisnr,
          postcode: v.postcode,
          plaats: v.plaats,
          lon: round(v.lon, 6),
          lat: round(v.lat, 6),
          hoofdlocatie: v.is_hoofdlocatie === 'J',
          gemeente: gemeente?.code ?? null,
          gemeenteNaam: gemeente?.naam ?? null,
          amr: gemeente?.amr ?? null,
          amrNaam: gemeente?.amrNaam ?? null,
          rmc: gemeente?.rmc ?? null,
          rmcNaam: gemeente?.rmcNaam ?? null,
          provincie: gemeente?.provincie ?? null,
          krimp: gemeente?.krimp ?? null,
          cell,
          onLand,
        };
      })
      .sort((a, b) => (a.brinvest < b.brinvest ? -1 : 1));

    ctx.report('locations', {
      source: VESTIGINGEN_FILE,
      locations: rows.length,
      outsideEveryGemeente: outsideGemeente,
      outsideLandMask: outsideLand,
      withoutGridCellWithin2km: withoutCell,
      snappedToNearestLandCell: snapped,
      incompletePostcode: partialPostcode,
    });
    ctx.log(
      `locations: ${rows.length}; outside every gemeente ${outsideGemeente.length}, outside the land mask ${outsideLand.length}, ` +
        `snapped to a nearby land cell ${snapped.length}, without a cell within ${MAX_SNAP_KM} km ${withoutCell.length}`,
    );
    for (const w of outsideGemeente) ctx.log(`  outside every gemeente: ${JSON.stringify(w)}`);
    for (const w of outsideLand) ctx.log(`  outside the land mask: ${JSON.stringify(w)}`);
    for (const w of withoutCell) ctx.log(`  no land cell within ${MAX_SNAP_KM} km: ${JSON.stringify(w)}`);

    return [
      {
        path: GEODATA_FILES.locations,
        data: jsonLines(rows),
        rows: rows.length,
        sources: ['kiesmbo-vestigingen', 'cbs-gemeenten', 'krimp', 'land-mask', 'cbs-pc4'],
      },
    ];
  },
};
