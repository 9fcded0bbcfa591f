import { GEODATA_FILES, type Manifest } from '../data/geodata/index.ts';

/** The files the map draws directly. */
const MAP_FILES: readonly string[] = [
  GEODATA_FILES.basemap,
  GEODATA_FILES.regions,
  GEODATA_FILES.locations,
  GEODATA_FILES.places,
];

/** The attributions of the sources behind what the map draws, from the manifest, each once. */
export function mapAttribution(manifest: Manifest): string[] {
  const ids = new Set(manifest.outputs.filter((o) => MAP_FILES.includes(o.path)).flatMap((o) => o.sources));
  return [...new Set(manifest.sources.filter((s) => ids.has(s.id)).map((s) => s.attribution))];
}
