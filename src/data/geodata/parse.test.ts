import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BASEMAP_LAYERS,
  decodeGrid,
  GeodataError,
  parseGemeenten,
  parseInstitutions,
  parseLocations,
  parseManifest,
  parsePlaces,
  parseQualifications,
  parseTopology,
  REGION_LAYERS,
  verifyAgainstManifest,
} from './index.ts';

// The committed outputs of `npm run data`: the loaders must accept exactly what the build writes.
const geodata = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../public/geodata');
const text = (file: string) => readFileSync(path.join(geodata, file), 'utf8');

function errorOf(fn: () => unknown): GeodataError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GeodataError);
    return error as GeodataError;
  }
  throw new Error('expected a GeodataError');
}

describe('geodata loaders on the committed outputs', () => {
  it('parse every file', () => {
    expect(parseLocations(text('locations.json'))).toHaveLength(679);
    expect(parseInstitutions(text('institutions.json')).length).toBeGreaterThan(100);
    expect(parseQualifications(text('qualifications.json')).length).toBeGreaterThanOrEqual(470);
    expect(parseGemeenten(text('gemeenten.json'))).toHaveLength(342);
    expect(parsePlaces(text('places.json')).length).toBeGreaterThanOrEqual(40);
    parseTopology(text('regions.topojson'), 'regions.topojson', REGION_LAYERS);
    parseTopology(text('basemap.topojson'), 'basemap.topojson', BASEMAP_LAYERS);
    const grid = decodeGrid(readFileSync(path.join(geodata, 'grid.bin')));
    expect(grid.count).toBeGreaterThan(50_000);
  });

  it('every file matches its checksum in the manifest', async () => {
    const manifest = parseManifest(text('manifest.json'));
    for (const output of manifest.outputs) {
      await verifyAgainstManifest(manifest, output.path, readFileSync(path.join(geodata, output.path)));
    }
  });
});

describe('geodata loaders on bad input', () => {
  it('reject invalid JSON, naming the file', () => {
    const error = errorOf(() => parseLocations('[{"brinvest": '));
    expect(error.file).toBe('locations.json');
    expect(error.reason).toMatch(/not valid JSON/);
  });

  it('name the record and field that breaks the schema', () => {
    const rows = JSON.parse(text('locations.json'));
    rows[3].lat = 'north';
    const error = errorOf(() => parseLocations(rows));
    expect(error.reason).toMatch(/record 4 \(\w{6}\), field lat/);
  });

  it('reject duplicates and inconsistent records', () => {
    const gemeenten = JSON.parse(text('gemeenten.json'));
    expect(errorOf(() => parseGemeenten([...gemeenten, gemeenten[0]])).reason).toMatch(/occurs more than once/);
    const qualification = JSON.parse(text('qualifications.json'))[0];
    expect(errorOf(() => parseQualifications([{ ...qualification, niveau: null }])).reason).toMatch(/niveauBekend/);
    expect(errorOf(() => parseInstitutions({})).file).toBe('institutions.json');
  });

  it('use the file name the caller passes', () => {
    expect(errorOf(() => parsePlaces([{ name: '' }], 'custom.json')).file).toBe('custom.json');
  });

  it('reject a manifest with a bad checksum field', () => {
    const manifest = JSON.parse(text('manifest.json'));
    manifest.outputs[0].sha256 = 'abc';
    expect(errorOf(() => parseManifest(manifest)).reason).toMatch(/sha256/);
  });

  it('reject a topology without a required layer', () => {
    const topo = JSON.parse(text('regions.topojson'));
    delete topo.objects.krimp;
    expect(errorOf(() => parseTopology(topo, 'regions.topojson', REGION_LAYERS)).reason).toMatch(
      /lacks the layer "krimp"/,
    );
    expect(errorOf(() => parseTopology({ type: 'FeatureCollection' }, 'basemap.topojson')).reason).toMatch(
      /not a TopoJSON/,
    );
  });
});
