/**
 * Test support: a tiny but complete geodata directory (schema-valid files, checksums in the
 * manifest) for the scenario CLI tests, so they run whether or not `npm run data` has built
 * the real graph and offer. Six cells in a line, 10 minutes apart by bike:
 *
 *   cell:      0      1      2      3      4      5
 *   gemeente:  GM0001 (krimpregio)  | GM0002 (anticipeerregio, cells 3–4) | none (cell 5)
 *   location:  00AA00        00BB00                       00AA01
 *   15–24 2021: 100    200    300    400    500    600   (2026 and 2031: FIXTURE_POP_*)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type OfferFile, serializeOfferFile } from '../../src/data/aanbod/index.ts';
import {
  encodeGrid,
  type Gemeente,
  type Location,
  type Qualification,
  sha256Hex,
} from '../../src/data/geodata/index.ts';
import { encodeGraph, GraphBuilder, MODE_CYCLE } from '../../src/engine/graph/index.ts';
import type { OfferRow } from '../../src/engine/offer/types.ts';

const CELLS = 6;
/** The later population years: fewer young people everywhere, and none left in cell 0 by 2031. */
export const FIXTURE_POP_2026 = Float32Array.of(80, 180, 250, 380, 450, 500);
export const FIXTURE_POP_2031 = Float32Array.of(0, 150, 200, 350, 400, 450);

function gemeente(code: string, naam: string, krimp: Gemeente['krimp']): Gemeente {
  return {
    code,
    naam,
    provincie: 'Zeeland',
    corop: 'Zeeland',
    amr: 'AM01',
    amrNaam: 'Zeeland',
    rmc: 'MC01',
    rmcNaam: 'Zeeland',
    inwoners: 1000,
    inwoners15_24: 100,
    gridPop15_24: 100,
    krimp,
  };
}

function location(brinvest: string, cell: number, gemeenteCode: string): Location {
  return {
    brinvest,
    brin: brinvest.slice(0, 4),
    instelling: `Instelling ${brinvest.slice(0, 4)}`,
    naam: brinvest,
    adres: 'Straat 1',
    postcode: '4331AA',
    plaats: 'Middelburg',
    lon: 3.6 + cell * 0.01,
    lat: 51.5,
    hoofdlocatie: false,
    gemeente: gemeenteCode,
    gemeenteNaam: gemeenteCode,
    amr: 'AM01',
    amrNaam: 'Zeeland',
    rmc: 'MC01',
    rmcNaam: 'Zeeland',
    provincie: 'Zeeland',
    krimp: null,
    cell,
    onLand: true,
  };
}

function qualification(crebo: string, niveau: 1 | 2 | 3 | 4): Qualification {
  return {
    crebo,
    naam: `Kwalificatie ${crebo}`,
    niveau,
    niveauBekend: true,
    domeinCode: '79120',
    domein: 'Horeca en bakkerij',
    dossierCrebo: null,
    dossierNaam: null,
    leerwegen: ['BOL', 'BBL'],
    prijsfactor: 1.3,
    bron: 'kwalificatiestructuur-2015',
    bronnen: ['kwalificatiestructuur-2015'],
  };
}

export const FIXTURE_ROWS: OfferRow[] = [
  { crebo: '25180', vestiging: '00AA00', leerweg: 'BOL', niveau: 2 },
  { crebo: '25180', vestiging: '00BB00', leerweg: null, niveau: 2 },
  { crebo: '25480', vestiging: '00AA01', leerweg: 'BOL', niveau: 4 },
];

/** Writes the fixture geodata to `dir` and returns it. */
export async function writeScenarioFixture(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const pop = Float32Array.of(100, 200, 300, 400, 500, 600);
  const grid = encodeGrid({
    count: CELLS,
    resolution: 8,
    h3Hi: Uint32Array.from({ length: CELLS }, () => 0x08800000),
    h3Lo: Uint32Array.from({ length: CELLS }, (_, i) => i + 1),
    lon: Float32Array.from({ length: CELLS }, (_, i) => 3.6 + i * 0.01),
    lat: new Float32Array(CELLS).fill(51.5),
    pop,
    gemeente: Uint16Array.of(0, 0, 0, 1, 1, 65535),
    popByYear: { 2021: pop, 2026: FIXTURE_POP_2026, 2031: FIXTURE_POP_2031 },
  });
  const builder = new GraphBuilder(CELLS);
  for (let c = 0; c + 1 < CELLS; c++) {
    builder.addEdge(c, c + 1, 10, MODE_CYCLE);
    builder.addEdge(c + 1, c, 10, MODE_CYCLE);
  }
  const graph = encodeGraph(builder.build());
  const files: Record<string, string | Uint8Array> = {
    'grid.bin': grid,
    'graph.bin': graph,
    'gemeenten.json': JSON.stringify([
      gemeente('GM0001', 'Een', { type: 'krimpregio', regio: 'Zeeuws-Vlaanderen', confidence: 'test' }),
      gemeente('GM0002', 'Twee', { type: 'anticipeerregio', regio: 'Walcheren', confidence: 'test' }),
    ]),
    'locations.json': JSON.stringify([
      location('00AA00', 0, 'GM0001'),
      location('00AA01', 4, 'GM0002'),
      location('00BB00', 2, 'GM0001'),
    ]),
    'qualifications.json': JSON.stringify([qualification('25180', 2), qualification('25480', 4)]),
    'aanbod-model.json': serializeOfferFile(offerFile(FIXTURE_ROWS)),
  };
  const outputs = [];
  for (const [name, data] of Object.entries(files)) {
    await writeFile(path.join(dir, name), data);
    outputs.push({
      path: name,
      sha256: await sha256Hex(data),
      bytes: typeof data === 'string' ? data.length : data.byteLength,
      rows: 0,
      sources: [],
    });
  }
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ formatVersion: 1, outputs, sources: [] }));
  return dir;
}

/** An offer file of the fixture's locations, modelled (as aanbod-model.json) or imported (as DIR/aanbod.json). */
export function offerFile(rows: OfferRow[], kind: OfferFile['kind'] = 'modelled'): OfferFile {
  return {
    format: 'regiekaart-aanbod',
    formatVersion: 1,
    kind,
    provenance: {
      source: 'scenario test fixture',
      date: null,
      sources: [],
      seed: 1,
      note: 'test',
      counts: {
        rows: rows.length,
        imported: rows.length,
        duplicates: 0,
        rejected: 0,
        locationsAddress: 0,
        locationsPostcode: 0,
        locationsPc4: 0,
        offerRows: rows.length,
      },
    },
    pseudoLocations: [],
    rejected: [],
    rows,
  };
}
