import type { Messages } from './nl.ts';

/** English UI strings; the type forces the same keys as the Dutch reference. */
export const en: Messages = {
  appTitle: 'Regiekaart mbo',
  appSubtitle: 'MBO locations in the Netherlands',
  language: 'Language',
  languageNames: { nl: 'Nederlands', en: 'English' },
  switchLanguage: 'Naar Nederlands',

  loading: 'Loading data…',
  loadErrorTitle: 'The map data could not be loaded',
  loadErrorFetch: (file, detail) => `The file ${file} could not be fetched (${detail}).`,
  loadErrorInvalid: (file) => `The file ${file} is unreadable or does not match the expected format.`,
  loadErrorCorrupt: (file) => `The file ${file} is damaged or belongs to another version of the app.`,
  loadErrorDetail: 'Technical details',
  adviceFetch:
    'What to do: put the whole app in place again, with the folder geodata/ next to index.html, and reload the page. Without a server: open the single file regiekaart-mbo.html.',
  adviceFileProtocol:
    'What to do: this page was opened from disk, where the browser loads no other files. Open the file regiekaart-mbo.html (made with: npm run build:portable), or start a web server in the folder (for example: python3 -m http.server).',
  adviceDamaged:
    'What to do: copy the whole app again (or rebuild it with: npm run data and npm run build) and reload the page.',
  travelUnavailable: (file) =>
    `Travel times are not available, because the file ${file} could not be loaded. Locations, the offer and the filters still work.`,
  updateAvailable: 'New version available',
  updateApply: 'reload',
  reload: 'Reload page',
  crashTitle: 'Something went wrong in the app',
  crashHint: 'Your data has not been changed. Reload the page; if it keeps failing, report the technical details.',

  urlErrorTitle: 'The link could not be read',
  urlErrorText: (reason) => `Showing the default view. Reason: ${reason}`,
  dismiss: 'Dismiss',

  map: 'Map of the Netherlands with MBO locations',
  mapUnavailable: 'The map cannot be drawn: this browser does not support WebGL.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  toggleAttribution: 'Show or hide attribution',
  resetView: 'Show all of the Netherlands',

  legendTitle: 'Legend',
  soort: {
    roc: 'roc (regional college)',
    aoc: 'aoc (agricultural college)',
    vakinstelling: 'specialist college',
    overig: 'other',
  },
  legendSelected: 'selected location',

  panelShow: 'Show panel',
  panelHide: 'Hide panel',

  searchLabel: 'Search',
  searchPlaceholder: 'Institution, place or location',
  searchNoResults: 'No results',
  searchKind: { institution: 'institution', place: 'place', location: 'location', gemeente: 'municipality' },

  listTitle: 'Locations',
  locationCount: (n, one) => (one ? `${n} location` : `${n} locations`),
  filterInstitution: 'Institution',
  filterAllInstitutions: 'All institutions',
  filterRegionLayer: 'Region type',
  filterRegion: 'Region',
  filterAllRegions: 'All regions',
  filterUnknown: (value) => `unknown: ${value}`,
  filterClear: 'Clear all filters',
  regionLayers: {
    provincie: 'Province',
    amr: 'Labour market region',
    rmc: 'RMC region',
    gemeente: 'Municipality',
    krimp: 'Shrinking or anticipating region',
  },
  listEmpty: 'No locations match these filters.',

  locationPanelTitle: 'Location',
  close: 'Close',
  fieldAddress: 'Address',
  fieldInstitution: 'Institution',
  fieldBrinvest: 'Brinvest',
  fieldMainLocation: 'Main location',
  fieldGemeente: 'Municipality',
  fieldAmr: 'Labour market region',
  fieldRmc: 'RMC region',
  fieldProvincie: 'Province',
  fieldKrimp: 'Shrinking region',
  krimpType: { krimpregio: 'shrinking region (krimpregio)', anticipeerregio: 'anticipating region (anticipeerregio)' },
  krimpNone: 'not in a shrinking or anticipating region',
  krimpConfidence: (c) => `confidence of the classification: ${c} (reconstructed list)`,
  yes: 'yes',
  no: 'no',
  unknown: 'unknown',
  outsideGemeente: 'outside every municipality',
  offLand: 'Note: according to the land map this location is not on land.',

  offerTitle: 'Programme offer',
  offerLoading: 'Loading the programme offer…',
  offerLoadError: 'The programme offer could not be loaded; the map of locations still works.',
  importSection: 'Import a DUO file',
  indicatorSection: 'Link your own figures',

  sourcesTitle: 'Sources',
  sourcesIntro: 'All map data ships with the app; nothing is loaded from the internet.',
  sourceLicence: 'Licence',
  sourceAttribution: 'Attribution',
  sourceFiles: 'Files',
  sourceNote: 'Note',
  sourceUsedIn: 'Used in',

  tooltipMain: 'main location',
};
