import type { RegionLayerId } from '../engine/metrics/index.ts';
import { type Lang, useLanguageStore } from './language.ts';

/** UI strings of the scenario's travel-time change (minutes added / saved) and the white spots. */
const nl = {
  mapChoice: 'Kaart van het scenario',
  mapAccess: 'Toegang erbij / eraf',
  mapMinutes: 'Reistijd langer / korter',
  legendTitle: 'Verandering in reistijd',
  legendAdded: (m: string) => `${m} min langer`,
  legendSaved: (m: string) => `${m} min korter`,
  legendNote: 'Alleen wie vóór en ná binnen de reistijdgrens blijft.',
  figuresTitle: 'Reistijd voor wie toegang houdt',
  added: 'Langer onderweg',
  saved: 'Korter onderweg',
  people: (n: string) => `${n} jongeren`,
  meanMinutes: (m: string) => `gemiddeld ${m} min`,
  meanChange: 'Gemiddelde verandering (iedereen met toegang vóór en ná)',
  minutesSigned: (m: string) => `${m} min`,
  none: 'Niemand reist langer of korter.',
  histogramTitle: 'Jongeren (15–24) per aantal minuten langer',
  histogramLabel: (people: string, from: string, to: string) =>
    `${people} jongeren reizen ${from}${from === to ? '' : `–${to}`} minuten langer`,
  histogramAxis: 'minuten langer',
  byRegionMean: 'Reistijd ±',
  whiteSpotsTitle: 'Witte vlekken',
  whiteSpotsIntro: (focus: string, limit: number) =>
    `Waar ${focus} ná het scenario niet binnen ${limit} minuten bereikbaar is, naar aantal jongeren (15–24).`,
  whiteSpotsLayer: 'Regio-indeling',
  whiteSpotsOnMap: 'Toon witte vlekken op de kaart',
  whiteSpotsTotal: (n: string) => `${n} jongeren zonder toegang`,
  whiteSpotsNone: 'Overal binnen bereik.',
  whiteSpotsShown: (shown: number, all: number) => `${shown} van ${all} regio's`,
  whiteSpotsColumns: {
    name: 'Regio',
    code: 'Code',
    unreached: 'Zonder toegang',
    population: 'Jongeren',
    share: 'Aandeel',
  },
  whiteSpotsLegend: 'witte vlek: geen toegang (donkerder = meer jongeren)',
  layers: {
    gemeente: 'Gemeente',
    arbeidsmarktregio: 'Arbeidsmarktregio',
    rmc: 'RMC-regio',
    provincie: 'Provincie',
    custom: 'Eigen regio',
  } satisfies Record<RegionLayerId, string>,
};

export type TravelChangeMessages = typeof nl;

const en: TravelChangeMessages = {
  mapChoice: 'Scenario map',
  mapAccess: 'Access gained / lost',
  mapMinutes: 'Travel time longer / shorter',
  legendTitle: 'Change in travel time',
  legendAdded: (m) => `${m} min longer`,
  legendSaved: (m) => `${m} min shorter`,
  legendNote: 'Only people within the travel-time limit before and after.',
  figuresTitle: 'Travel time for those who keep access',
  added: 'Travel longer',
  saved: 'Travel shorter',
  people: (n) => `${n} young people`,
  meanMinutes: (m) => `on average ${m} min`,
  meanChange: 'Mean change (everyone with access before and after)',
  minutesSigned: (m) => `${m} min`,
  none: 'Nobody travels longer or shorter.',
  histogramTitle: 'Young people (15–24) per minutes added',
  histogramLabel: (people, from, to) =>
    `${people} young people travel ${from}${from === to ? '' : `–${to}`} minutes longer`,
  histogramAxis: 'minutes added',
  byRegionMean: 'Travel time ±',
  whiteSpotsTitle: 'White spots',
  whiteSpotsIntro: (focus, limit) =>
    `Where ${focus} is not within ${limit} minutes after the scenario, by number of young people (15–24).`,
  whiteSpotsLayer: 'Regions',
  whiteSpotsOnMap: 'Show white spots on the map',
  whiteSpotsTotal: (n) => `${n} young people without access`,
  whiteSpotsNone: 'Within reach everywhere.',
  whiteSpotsShown: (shown, all) => `${shown} of ${all} regions`,
  whiteSpotsColumns: {
    name: 'Region',
    code: 'Code',
    unreached: 'Without access',
    population: 'Young people',
    share: 'Share',
  },
  whiteSpotsLegend: 'white spot: no access (darker = more young people)',
  layers: {
    gemeente: 'Municipality',
    arbeidsmarktregio: 'Labour-market region',
    rmc: 'RMC region',
    provincie: 'Province',
    custom: 'Own region',
  },
};

export const travelChangeMessages: Record<Lang, TravelChangeMessages> = { nl, en };

/** The travel-change and white-spot strings in the current language. */
export function useTravelChangeT(): TravelChangeMessages {
  return travelChangeMessages[useLanguageStore((s) => s.lang)];
}
