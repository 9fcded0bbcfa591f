import type { ModeName } from '../engine/graph/modes.ts';
import type { Niveau } from '../engine/offer/types.ts';
import { type Lang, useLanguageStore } from './language.ts';

/** UI strings of the travel-time field: its panel, legend, progress and cell info. */
const nl = {
  title: 'Reistijd',
  intro: 'Hoe lang reist een student vanuit elke plek naar de dichtstbijzijnde locatie met dit aanbod?',
  niveau: 'Niveau',
  niveauNames: { 1: 'Entree', 2: 'Niveau 2', 3: 'Niveau 3', 4: 'Niveau 4' } as Record<Niveau, string>,
  niveauOff: 'Uit',
  chooseNiveau: 'Kies een niveau om de reistijd te tonen.',
  qualification: 'Opleiding',
  anyQualification: (niveau: string) => `Elke opleiding op ${niveau.toLowerCase()}`,
  qualificationSearch: 'Zoek op crebo of naam',
  qualificationNoMatch: 'Geen opleiding op dit niveau gevonden',
  qualificationClear: 'Alle opleidingen op dit niveau',
  limit: 'Maximale reistijd',
  limitUnit: 'min',
  limitDefault: (minutes: number) => `standaard ${minutes} min`,
  limitReset: 'Standaard',
  limitInvalid: (min: number, max: number) => `Vul een heel aantal minuten in van ${min} tot ${max}.`,
  legendTitle: 'Reistijd naar de dichtstbijzijnde locatie',
  legendBand: (from: number, to: number) => `${from}–${to} min`,
  legendBeyond: (limit: number) => `meer dan ${limit} min`,
  legendUnreachable: 'niet bereikbaar',
  legendOutline: (limit: number) => `grens van ${limit} min`,
  legendStale: 'grijs = wordt berekend',
  legendModelled:
    'Berekend met het gemodelleerde aanbod: geen echte DUO-gegevens over welke opleiding waar wordt gegeven.',
  legendModelInfo: 'Reistijd per fiets, streekbus (benadering), trein en veerboot; zie Bronnen.',
  sources: (count: number, cells: number) =>
    count === 1 ? `1 locatie (${cells} startcel)` : `${count} locaties (${cells} startcellen)`,
  noSources: 'Geen locatie biedt dit aan: er is geen reistijd te tonen.',
  sourcesOffGrid: (count: number) =>
    count === 1
      ? '1 locatie ligt niet op het kaartraster en telt niet mee.'
      : `${count} locaties liggen niet op het kaartraster en tellen niet mee.`,
  computing: 'Reistijden worden berekend…',
  computeFailed: (reason: string) => `De reistijden konden niet worden berekend: ${reason}`,
  outlineFailed: (reason: string) => `De grenslijn kon niet worden getekend: ${reason}`,
  retry: 'Opnieuw proberen',
  cellTitle: 'Reistijd vanaf deze plek',
  cellMinutes: (minutes: number) => `${minutes} min`,
  cellWithinLimit: (limit: number) => `binnen de grens van ${limit} min`,
  cellBeyondLimit: (limit: number) => `boven de grens van ${limit} min`,
  cellUnreachable: (cutoff: number) => `Geen locatie bereikbaar binnen ${cutoff} minuten.`,
  cellModes: 'Snelste route met',
  cellModesNone: 'De student woont in de cel van de locatie zelf.',
  cellPopulation: (count: string, jaar: number) => `${count} jongeren van 15–24 jaar in deze cel (${jaar})`,
  close: 'Sluiten',
  modes: {
    cycle: 'fiets',
    bus: 'bus',
    rail: 'trein',
    ferry: 'veerboot',
    fixedLink: 'vaste oeververbinding',
  } as Record<ModeName, string>,
};

export type TravelMessages = typeof nl;

const en: TravelMessages = {
  title: 'Travel time',
  intro: 'How long does a student travel from each place to the nearest location with this offer?',
  niveau: 'Level',
  niveauNames: { 1: 'Entree', 2: 'Level 2', 3: 'Level 3', 4: 'Level 4' },
  niveauOff: 'Off',
  chooseNiveau: 'Choose a level to show travel times.',
  qualification: 'Qualification',
  anyQualification: (niveau) => `Any qualification at ${niveau}`,
  qualificationSearch: 'Search by crebo or name',
  qualificationNoMatch: 'No qualification at this level found',
  qualificationClear: 'All qualifications at this level',
  limit: 'Maximum travel time',
  limitUnit: 'min',
  limitDefault: (minutes) => `default ${minutes} min`,
  limitReset: 'Default',
  limitInvalid: (min, max) => `Enter a whole number of minutes from ${min} to ${max}.`,
  legendTitle: 'Travel time to the nearest location',
  legendBand: (from, to) => `${from}–${to} min`,
  legendBeyond: (limit) => `more than ${limit} min`,
  legendUnreachable: 'not reachable',
  legendOutline: (limit) => `${limit}-minute boundary`,
  legendStale: 'grey = being computed',
  legendModelled: 'Computed from the modelled offer: not real DUO data on which programme is offered where.',
  legendModelInfo: 'Travel by bike, regional bus (approximated), train and ferry; see Sources.',
  sources: (count, cells) =>
    count === 1 ? `1 location (${cells} start cell)` : `${count} locations (${cells} start cells)`,
  noSources: 'No location offers this: there is no travel time to show.',
  sourcesOffGrid: (count) =>
    count === 1
      ? '1 location lies off the map grid and is not counted.'
      : `${count} locations lie off the map grid and are not counted.`,
  computing: 'Computing travel times…',
  computeFailed: (reason) => `Travel times could not be computed: ${reason}`,
  outlineFailed: (reason) => `The boundary line could not be drawn: ${reason}`,
  retry: 'Try again',
  cellTitle: 'Travel time from here',
  cellMinutes: (minutes) => `${minutes} min`,
  cellWithinLimit: (limit) => `within the ${limit}-minute limit`,
  cellBeyondLimit: (limit) => `beyond the ${limit}-minute limit`,
  cellUnreachable: (cutoff) => `No location reachable within ${cutoff} minutes.`,
  cellModes: 'Fastest route by',
  cellModesNone: 'The student lives in the location’s own cell.',
  cellPopulation: (count, jaar) => `${count} young people aged 15–24 in this cell (${jaar})`,
  close: 'Close',
  modes: {
    cycle: 'bike',
    bus: 'bus',
    rail: 'train',
    ferry: 'ferry',
    fixedLink: 'fixed crossing',
  },
};

export const travelMessages: Record<Lang, TravelMessages> = { nl, en };

/** The travel strings in the current language; components re-render when it changes. */
export function useTravelT(): TravelMessages {
  return travelMessages[useLanguageStore((s) => s.lang)];
}
