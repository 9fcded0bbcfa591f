/**
 * Dutch UI strings: the default language and the reference shape for every other language.
 * Functions take counts or names so that word order and plurals stay in the translation.
 */
export const nl = {
  appTitle: 'Regiekaart mbo',
  appSubtitle: 'Mbo-locaties in Nederland',
  language: 'Taal',
  languageNames: { nl: 'Nederlands', en: 'English' },
  switchLanguage: 'Switch to English',

  loading: 'Gegevens laden…',
  loadErrorTitle: 'De kaartgegevens konden niet worden geladen',
  loadErrorFetch: (file: string, detail: string) => `Het bestand ${file} kon niet worden opgehaald (${detail}).`,
  loadErrorInvalid: (file: string) => `Het bestand ${file} is onleesbaar of klopt niet met het verwachte formaat.`,
  loadErrorCorrupt: (file: string) => `Het bestand ${file} is beschadigd of hoort bij een andere versie van de app.`,
  loadErrorDetail: 'Technische details',
  adviceFetch:
    'Wat te doen: zet de app opnieuw in zijn geheel neer, met de map geodata/ naast index.html, en laad de pagina opnieuw. Zonder server: open het losse bestand regiekaart-mbo.html.',
  adviceFileProtocol:
    'Wat te doen: deze pagina is vanaf schijf geopend, en dan laadt de browser geen losse bestanden. Open het bestand regiekaart-mbo.html (maken met: npm run build:portable), of start een webserver in de map (bijvoorbeeld: python3 -m http.server).',
  adviceDamaged:
    'Wat te doen: kopieer de app opnieuw in zijn geheel (of bouw hem opnieuw met: npm run data en npm run build) en laad de pagina opnieuw.',
  travelUnavailable: (file: string) =>
    `Reistijden zijn niet beschikbaar, omdat het bestand ${file} niet kon worden geladen. De locaties, het aanbod en de filters werken wel.`,
  updateAvailable: 'Nieuwe versie beschikbaar',
  updateApply: 'vernieuwen',
  reload: 'Pagina opnieuw laden',
  crashTitle: 'Er ging iets mis in de app',
  crashHint:
    'Uw gegevens zijn niet aangepast. Laad de pagina opnieuw; blijft het misgaan, meld dan de technische details.',

  urlErrorTitle: 'De link kon niet worden gelezen',
  urlErrorText: (reason: string) => `De standaardweergave wordt getoond. Reden: ${reason}`,
  dismiss: 'Sluiten',

  map: 'Kaart van Nederland met mbo-locaties',
  mapUnavailable: 'De kaart kan niet worden getekend: deze browser ondersteunt geen WebGL.',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  toggleAttribution: 'Bronvermelding tonen of verbergen',
  resetView: 'Heel Nederland tonen',

  legendTitle: 'Legenda',
  legendLocations: 'Locaties',
  soort: { roc: 'roc', aoc: 'aoc', vakinstelling: 'vakinstelling', overig: 'overig' },
  legendSelected: 'geselecteerde locatie',

  panelShow: 'Paneel tonen',
  panelHide: 'Paneel verbergen',
  headerMenu: 'Menu',
  sheetShow: 'Uitleg en cijfers tonen',
  sheetHide: 'Uitleg en cijfers verbergen',
  largerScreen: 'Deze weergave is gemaakt voor een groter scherm. Op een telefoon werkt hij, maar krap.',

  searchLabel: 'Zoeken',
  searchPlaceholder: 'Instelling, plaats of locatie',
  searchNoResults: 'Geen resultaten',
  searchKind: { institution: 'instelling', place: 'plaats', location: 'locatie', gemeente: 'gemeente' },

  listTitle: 'Locaties',
  locationCount: (n: string, one: boolean) => (one ? `${n} locatie` : `${n} locaties`),
  filterInstitution: 'Instelling',
  filterAllInstitutions: 'Alle instellingen',
  filterRegionLayer: 'Regio-indeling',
  filterRegion: 'Regio',
  filterAllRegions: 'Alle regio’s',
  filterUnknown: (value: string) => `onbekend: ${value}`,
  filterClear: 'Alle filters wissen',
  regionLayers: {
    provincie: 'Provincie',
    amr: 'Arbeidsmarktregio',
    rmc: 'RMC-regio',
    gemeente: 'Gemeente',
    krimp: 'Krimp- of anticipeerregio',
  },
  listEmpty: 'Geen locaties voor deze filters.',
  listShown: (shown: string, total: string) => `${shown} van ${total} in de lijst`,
  listMore: (n: string) => `Toon nog ${n}`,
  listAll: (n: string) => `Toon alle ${n}`,

  locationPanelTitle: 'Locatie',
  close: 'Sluiten',
  fieldAddress: 'Adres',
  fieldInstitution: 'Instelling',
  fieldBrinvest: 'Brinvest',
  fieldMainLocation: 'Hoofdlocatie',
  fieldGemeente: 'Gemeente',
  fieldAmr: 'Arbeidsmarktregio',
  fieldRmc: 'RMC-regio',
  fieldProvincie: 'Provincie',
  fieldKrimp: 'Krimp/anticipeer',
  krimpType: { krimpregio: 'krimpregio', anticipeerregio: 'anticipeerregio' },
  krimpNone: 'geen krimp- of anticipeerregio',
  krimpConfidence: (c: string) => `betrouwbaarheid van de indeling: ${c} (gereconstrueerde lijst)`,
  yes: 'ja',
  no: 'nee',
  unknown: 'onbekend',
  outsideGemeente: 'buiten elke gemeente',
  offLand: 'Let op: deze locatie ligt volgens de landkaart niet op land.',

  offerTitle: 'Opleidingsaanbod',
  offerLoading: 'Opleidingsaanbod laden…',
  offerLoadError: 'Het opleidingsaanbod kon niet worden geladen; de kaart met locaties werkt wel.',
  importSection: 'DUO-bestand importeren',
  indicatorSection: 'Eigen cijfers koppelen',

  sourcesTitle: 'Bronnen',
  sourcesIntro: 'Alle kaartgegevens zijn meegeleverd met de app; er wordt niets van internet geladen.',
  sourceLicence: 'Licentie',
  sourceAttribution: 'Naamsvermelding',
  sourceFiles: 'Bestanden',
  sourceNote: 'Toelichting',
  sourceUsedIn: 'Gebruikt in',

  tooltipMain: 'hoofdlocatie',
} as const;

/** The shape every translation must have: same keys, same function signatures, any text. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

export type Messages = Widen<typeof nl>;
