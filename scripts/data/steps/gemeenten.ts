import { decodeGrid, GEODATA_FILES, type Gemeente, GRID_NO_GEMEENTE } from '../../../src/data/geodata/index.ts';
import { loadGemeenten } from '../lib/gemeenten-source.ts';
import { jsonLines, round } from '../lib/json.ts';
import type { BuildStep } from '../step.ts';

/**
 * gemeenten.json: the region lookup table. Its order (by CBS code) is the gemeente index of
 * grid.bin, which the grid step derived from the same loader; the check below keeps them tied.
 */
export const gemeentenStep: BuildStep = {
  id: 'gemeenten',
  async run(ctx) {
    const sources = await loadGemeenten(ctx);
    const grid = decodeGrid(await ctx.readOutput(GEODATA_FILES.grid), GEODATA_FILES.grid);
    const gridPop = new Float64Array(sources.length);
    for (let i = 0; i < grid.count; i++) {
      const g = grid.gemeente[i];
      if (g === GRID_NO_GEMEENTE) continue;
      if (g >= sources.length)
        throw new Error(`grid.bin cell ${i} refers to gemeente ${g}, but there are ${sources.length}`);
      gridPop[g] += grid.pop[i];
    }
    const rows: Gemeente[] = sources.map((g, i) => ({
      code: g.code,
      naam: g.naam,
      provincie: g.provincie,
      corop: g.corop,
      amr: g.amr,
      amrNaam: g.amrNaam,
      rmc: g.rmc,
      rmcNaam: g.rmcNaam,
      inwoners: g.inwoners,
      inwoners15_24: g.inwoners15_24,
      gridPop15_24: round(gridPop[i], 1),
      krimp: g.krimp,
    }));
    ctx.report('gemeenten', {
      gemeenten: rows.length,
      // Context for the grid total: CBS 2023 estimate (age band × population) vs PC4 2020 spread.
      inwoners15_24Cbs2023: rows.reduce((sum, g) => sum + g.inwoners15_24, 0),
      gridPop15_24Pc4_2020: Math.round(rows.reduce((sum, g) => sum + g.gridPop15_24, 0)),
      inKrimpregio: rows.filter((g) => g.krimp?.type === 'krimpregio').length,
      inAnticipeerregio: rows.filter((g) => g.krimp?.type === 'anticipeerregio').length,
      withoutGridCells: rows.filter((_, i) => gridPop[i] === 0 && !grid.gemeente.includes(i)).map((g) => g.code),
    });
    return [
      {
        path: GEODATA_FILES.gemeenten,
        data: jsonLines(rows),
        rows: rows.length,
        sources: ['cbs-gemeenten', 'cbs-pc4', 'krimp', 'land-mask'],
      },
    ];
  },
};
