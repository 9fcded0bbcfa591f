/**
 * The source registry: every source the project uses, with its licence and the attribution
 * text the app's "Bronnen" panel and the README show. manifest.json carries this list; build
 * steps refer to sources by `id`. Paths in `files` are relative to the sources directory
 * (../shared/data), except for `natural-earth` (an npm package) and `fixed-links` (this repo).
 */
export interface SourceEntry {
  id: string;
  /** Dutch title for the Bronnen panel. */
  title: string;
  files: string[];
  licence: string;
  attribution: string;
  url: string;
  note: string;
}

export const SOURCES: readonly SourceEntry[] = [
  {
    id: 'kiesmbo-vestigingen',
    title: 'Mbo-vestigingen (KiesMBO, februari 2025)',
    files: ['mbo/kiesmbo_mbo_vestigingen_2025-02.csv'],
    licence: 'MIT (export via onderwijsin/navigator-data-generator)',
    attribution: 'KiesMBO / SBB',
    url: 'https://github.com/onderwijsin/navigator-data-generator',
    note: '679 vestigingen met adres en coördinaten.',
  },
  {
    id: 'kiesmbo-instellingen',
    title: 'Mbo-instellingen (KiesMBO, februari 2025)',
    files: ['mbo/kiesmbo_mbo_instellingen_2025-02.csv', 'mbo/mbo_brin_lijst_cedanl_57.csv'],
    licence: 'MIT (KiesMBO-export); Apache-2.0 (lijst bekostigde instellingen, cedanl)',
    attribution: 'KiesMBO / SBB; cedanl/instroomprognose-mbo',
    url: 'https://github.com/onderwijsin/navigator-data-generator',
    note: 'Het soort instelling (roc, aoc, vakinstelling, overig) is door dit project afgeleid; zie docs/geodata-format.md.',
  },
  {
    id: 'kwalificatiestructuur-2015',
    title: 'Kwalificatiestructuur mbo 2015-2016 (crebo, niveau, domein, leerweg, prijsfactor)',
    files: ['mbo/kwalificatiestructuur_2015-2016_crebo.csv'],
    licence: 'Geen auteursrecht (wettekst, art. 11 Auteurswet)',
    attribution: 'Regeling vaststelling kwalificatiedossiers mbo 2015, bijlage 1',
    url: 'https://wetten.overheid.nl/',
    note: '470 kwalificaties met niveau, leerweg en prijsfactor (bekostigingsfactor, 1,00–1,80). Kwalificaties van na 2016 staan er niet in: hun prijsfactor is onbekend en wordt niet geschat.',
  },
  {
    id: 'sbb-koppeltabel',
    title: 'SBB opleidingskoppeltabel 2023-2024',
    files: ['mbo/sbb_koppeltabel_2023-2024_opleidingscodes.csv'],
    licence: 'Openbare gegevens van SBB (via cedanl/instroomprognose-mbo, Apache-2.0)',
    attribution: 'SBB',
    url: 'https://github.com/cedanl/instroomprognose-mbo',
    note: 'Codes en namen; geeft geen niveau, domein of leerweg per kwalificatie.',
  },
  {
    id: 'duo-catalogus',
    title: 'DUO open onderwijsdata: catalogus mbo-datasets',
    files: ['mbo/duo_mbo_open_data_catalogus.csv'],
    licence: 'CC0 1.0',
    attribution: 'DUO',
    url: 'https://onderwijsdata.duo.nl/',
    note: 'Beschrijft het formaat van mbo_opleidingsaanbod.csv, dat gebruikers zelf kunnen importeren.',
  },
  {
    id: 'cbs-gemeenten',
    title: 'Gemeentegrenzen 2023 met bevolking en regio-indelingen (CBS wijken en buurten)',
    files: [
      'geo/boundaries/gemeenten_2023_cbs_enriched.geojson',
      'geo/boundaries/gemeente_regio_koppeltabel_2023.csv',
      'geo/land/nl_land_from_cbs_gemeenten_2023.geojson',
    ],
    licence: 'CC BY 4.0',
    attribution: 'Bron: CBS',
    url: 'https://www.cbs.nl/nl-nl/dossier/nederland-regionaal/geografische-data/wijk-en-buurtkaart-2023',
    note: 'Via stdekker/open-data-maps. Arbeidsmarktregio, RMC-regio en provincie per gemeente komen uit de koppeltabel (afgeleid door oppervlakte-overlap).',
  },
  {
    id: 'cbs-pc4',
    title: 'Bevolking per postcode-4-gebied (CBS, 2020 en 2021)',
    files: [
      'geo/population/pc4_2020_polygons_population_simplified.topojson',
      'geo/population/pc4_2021_centroids_population_age.csv',
    ],
    licence: 'CC BY 4.0',
    attribution: 'Bron: CBS',
    url: 'https://www.cbs.nl/nl-nl/dossier/nederland-regionaal/geografische-data/gegevens-per-postcode',
    note: 'Via certe-medical-epidemiology/certegis. Aantallen 15–24 jaar per H3-cel zijn door dit project naar oppervlakte verdeeld.',
  },
  {
    id: 'land-mask',
    title: 'Landmasker Nederland (afgeleid van CBS-postcodegebieden 2020)',
    files: ['geo/land/nl_land_from_cbs_pc4_2020.geojson'],
    licence: 'CC BY 4.0',
    attribution: 'Bron: CBS',
    url: 'https://www.cbs.nl/',
    note: 'IJsselmeer, Markermeer, Waddenzee en de Zeeuwse wateren zijn water.',
  },
  {
    id: 'krimp',
    title: "Krimp- en anticipeerregio's (gereconstrueerd)",
    files: ['geo/krimp/krimp_anticipeer_gemeenten.csv', 'geo/krimp/krimp_anticipeer_region_names.csv'],
    licence: 'Openbare overheidsinformatie (Rijksoverheid / BZK)',
    attribution: 'Rijksoverheid / BZK, voortgangsrapportages Actieplan Bevolkingsdaling',
    url: 'https://www.rijksoverheid.nl/onderwerpen/bevolkingsdaling/krimpgebieden-en-anticipeergebieden',
    note: 'GERECONSTRUEERD uit openbare rapporten: de officiële BZK-factsheet was niet beschikbaar. Elke gemeente heeft een betrouwbaarheid (confidence); gebruikers kunnen de selectie aanpassen.',
  },
  {
    id: 'rail',
    title: 'Spoorgraaf 2026: rijtijden tussen stations',
    files: [
      'geo/transport/rail_edges_weekday_day_undirected.csv',
      'geo/transport/rail_edges_friday_day_undirected.csv',
      'geo/transport/rail_edges_weekend_day_undirected.csv',
      'geo/transport/rail_edges_evening_undirected.csv',
    ],
    licence: 'CC0 1.0',
    attribution: 'OVapi GTFS (NS / NDOV)',
    url: 'https://github.com/melvinroest/spoorkaart',
    note: 'Rijtijden en frequenties afgeleid uit de dienstregeling 2026.',
  },
  {
    id: 'rail-stations',
    title: 'Treinstations',
    files: ['geo/transport/rail_stations.geojson'],
    licence: 'CC0 1.0',
    attribution: 'Rijden de Treinen',
    url: 'https://www.rijdendetreinen.nl/open-data/treinstations',
    note: 'Via melvinroest/spoorkaart.',
  },
  {
    id: 'ferries',
    title: 'Veerdiensten',
    files: ['geo/transport/major_ferries.csv', 'geo/transport/ferries_nl_2018.geojson'],
    licence: 'CC0 1.0 (kleine veren); openbare dienstregelingen (grote veren)',
    attribution: 'plannerstack/dutch-ferries; dienstregelingen van de rederijen',
    url: 'https://github.com/plannerstack/dutch-ferries',
    note: 'Overtochtstijden van de grote veren zijn bij benadering.',
  },
  {
    id: 'fixed-links',
    title: 'Vaste oeververbindingen over water (dammen, bruggen, tunnels)',
    files: ['scripts/data/graph/fixed-links.json'],
    licence: 'MIT (zelfde licentie als dit project)',
    attribution: 'Regiekaart mbo',
    url: '',
    note: 'Door dit project samengesteld: coördinaten en toegestane vervoerswijzen van verbindingen die het landmasker mist.',
  },
  {
    id: 'natural-earth',
    title: 'Buurlanden (Natural Earth via world-atlas)',
    files: ['node_modules/world-atlas/countries-10m.json'],
    licence: 'Publiek domein (Natural Earth); ISC (world-atlas)',
    attribution: 'Made with Natural Earth',
    url: 'https://www.naturalearthdata.com/',
    note: 'Alleen de landen rond Nederland, bijgesneden tot de kaartuitsnede.',
  },
];
