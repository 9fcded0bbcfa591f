/** File names in public/geodata/, shared by the build and the app so they cannot drift apart. */
export const GEODATA_FILES = {
  manifest: 'manifest.json',
  locations: 'locations.json',
  institutions: 'institutions.json',
  qualifications: 'qualifications.json',
  gemeenten: 'gemeenten.json',
  places: 'places.json',
  regions: 'regions.topojson',
  basemap: 'basemap.topojson',
  grid: 'grid.bin',
  graph: 'graph.bin',
  buildReport: 'build-report.json',
} as const;
