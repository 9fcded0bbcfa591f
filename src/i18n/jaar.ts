import type { Jaar } from '../engine/population/years.ts';
import { type Lang, useLanguageStore } from './language.ts';

/** UI strings of the population years: the year control, its label, change over time, verzorgingsgebied. */
const nl = {
  control: 'Jaar',
  controlHint: 'Het jaar waarin alle cijfers de 15- tot 24-jarigen tellen',
  /** The label wherever a later year's figures appear (exports included). */
  label: '2026 en 2031: de kinderen van nu, zonder verhuizingen (geen prognose)',
  countedIn: (jaar: Jaar) =>
    jaar === 2021 ? '15–24-jarigen in 2021 (CBS-telling)' : `15–24-jarigen in ${jaar}: de kinderen van nu`,
  sourcesTitle: 'Jaren 2021, 2026 en 2031',
  sourcesText:
    'De cijfers van 2021 tellen de 15- tot 24-jarigen per postcodegebied op 1-1-2021 (CBS). Die van 2026 zijn de 10- tot 19-jarigen van 2021, die van 2031 de 5- tot 14-jarigen: de kinderen van nu, op de plek waar ze in 2021 woonden. Dit is geen prognose. Het laat verhuizingen weg (ook studenten die rond hun 18e naar een stad trekken), immigratie en emigratie, en sterfte. Het laat zien waar het aantal toekomstige studenten het snelst daalt.',
  changeTitle: 'Verandering 2021 → 2031',
  changeIntro:
    'Hoeveel 15- tot 24-jarigen er in 2031 zijn ten opzichte van 2021, per regio, naast de landelijke verandering.',
  changeLayer: 'Regio-indeling',
  changeLayers: {
    gemeente: 'Gemeenten',
    arbeidsmarktregio: 'Arbeidsmarktregio’s',
    rmc: 'RMC-regio’s',
    provincie: 'Provincies',
    krimp: 'Krimp- en anticipeerregio’s',
  },
  changeNational: 'Nederland',
  changeKrimp: 'Krimpregio’s',
  changeAnticipeer: 'Anticipeerregio’s',
  changeRegion: 'Regio',
  changePersons: 'Verschil',
  // A soft hyphen: the column header may break there in the narrow side panel (jaar.css).
  changePercent: 'Veran\u00addering',
  changeAgainstNational: 't.o.v. landelijk',
  changeKrimpMark: 'krimp',
  changeAnticipeerMark: 'anticipeer',
  changeOnMap: 'Toon op de kaart',
  changeLegendTitle: 'Verandering 15–24-jarigen 2021 → 2031',
  changeLegendMore: 'sterkere daling',
  changeLegendLess: 'minder daling of groei',
  computing: 'Wordt berekend…',
  failed: (reason: string) => `Kon niet worden berekend: ${reason}`,
  points: (p: string) => `${p} procentpunt`,
  catchmentTitle: 'Verzorgingsgebied 2021 → 2031',
  catchmentIntro: (niveau: string) =>
    `De 15- tot 24-jarigen voor wie deze locatie de dichtstbijzijnde is met een opleiding op ${niveau.toLowerCase()}, binnen de reistijdgrens. Gelijke reistijd: de laagste vestigingscode.`,
  catchmentChooseNiveau: 'Kies een niveau om verzorgingsgebieden te berekenen.',
  catchmentNotOffered: (niveau: string) => `Deze locatie biedt niets aan op ${niveau.toLowerCase()}.`,
  catchmentListTitle: 'Welke locaties verliezen de meeste toekomstige studenten?',
  catchmentLocation: 'Locatie',
  catchment2021: '2021',
  catchment2031: '2031',
  sortBy: (column: string) => `Sorteer op ${column}`,
};

export type JaarMessages = typeof nl;

const en: JaarMessages = {
  control: 'Year',
  controlHint: 'The year in which every figure counts the 15–24 year olds',
  label: "2026 and 2031: today's children, without moving (not a forecast)",
  countedIn: (jaar) =>
    jaar === 2021 ? '15–24 year olds in 2021 (CBS count)' : `15–24 year olds in ${jaar}: today's children`,
  sourcesTitle: 'Years 2021, 2026 and 2031',
  sourcesText:
    "The 2021 figures count the 15–24 year olds per postcode area on 1-1-2021 (CBS). Those of 2026 are the 10–19 year olds of 2021, those of 2031 the 5–14 year olds: today's children, where they lived in 2021. This is not a forecast. It leaves out moving (including students who move to a city around 18), immigration and emigration, and deaths. It shows where the number of future students falls fastest.",
  changeTitle: 'Change 2021 → 2031',
  changeIntro:
    'How many 15–24 year olds there are in 2031 compared with 2021, per region, next to the national change.',
  changeLayer: 'Regions',
  changeLayers: {
    gemeente: 'Municipalities',
    arbeidsmarktregio: 'Labour market regions',
    rmc: 'RMC regions',
    provincie: 'Provinces',
    krimp: 'Shrinking and anticipating regions',
  },
  changeNational: 'Netherlands',
  changeKrimp: 'Krimpregio’s (shrinking)',
  changeAnticipeer: 'Anticipeerregio’s (anticipating)',
  changeRegion: 'Region',
  changePersons: 'Differ\u00adence',
  changePercent: 'Change',
  changeAgainstNational: 'vs national',
  changeKrimpMark: 'krimp',
  changeAnticipeerMark: 'anticipeer',
  changeOnMap: 'Show on the map',
  changeLegendTitle: 'Change in 15–24 year olds 2021 → 2031',
  changeLegendMore: 'steeper decline',
  changeLegendLess: 'less decline or growth',
  computing: 'Computing…',
  failed: (reason) => `Could not be computed: ${reason}`,
  points: (p) => `${p} percentage points`,
  catchmentTitle: 'Catchment (verzorgingsgebied) 2021 → 2031',
  catchmentIntro: (niveau) =>
    `The 15–24 year olds for whom this is the nearest location with a programme at ${niveau}, within the travel limit. Equal travel time: the lowest location code.`,
  catchmentChooseNiveau: 'Choose a niveau to compute catchments.',
  catchmentNotOffered: (niveau) => `This location offers nothing at ${niveau}.`,
  catchmentListTitle: 'Which locations lose most of their future students?',
  catchmentLocation: 'Location',
  catchment2021: '2021',
  catchment2031: '2031',
  sortBy: (column) => `Sort by ${column}`,
};

export const jaarMessages: Record<Lang, JaarMessages> = { nl, en };

/** The year strings in the current language; components re-render when it changes. */
export function useJaarT(): JaarMessages {
  return jaarMessages[useLanguageStore((s) => s.lang)];
}
