import { type Lang, useLanguageStore } from './language.ts';

/** UI strings of the placement questions: best place to start, and as if one provider. */
const nl = {
  bestPlaceFor: (naam: string, crebo: string) => `Beste plek om ${naam} (${crebo}) te starten`,
  oneProviderFor: (naam: string, crebo: string) => `${naam} (${crebo}) als één aanbieder`,
  close: 'Sluiten',
  computing: 'Wordt berekend…',
  stale: 'De cijfers horen bij de vorige keuze en worden bijgewerkt.',
  failed: (message: string) => `Dit kon niet worden berekend: ${message}`,
  retry: 'Opnieuw proberen',
  scenarioNote: (name: string) => `Berekend op het aanbod met de wijzigingen van scenario “${name}”.`,
  limit: (minutes: number) => `Reistijdgrens: ${minutes} minuten.`,
  institution: 'Alleen locaties van',
  allInstitutions: 'alle instellingen',
  bestPlaceIntro:
    'Vestigingen die deze kwalificatie nog niet aanbieden, naar het aantal 15–24-jarigen dat er binnen de reistijdgrens bij komt.',
  columns: { vestiging: 'Vestiging', gain: 'Erbij', krimp: 'Krimp', anticipeer: 'Anticipeer' },
  gainHelp: '15–24-jarigen die na een start hier binnen de reistijdgrens wonen en dat nu niet doen.',
  startHere: 'Start',
  startHereLabel: (naam: string) => `Start hier: ${naam}`,
  started: (naam: string) => `Start bij ${naam} toegevoegd aan het scenario.`,
  refused: (reason: string) => `Niet toegevoegd: ${reason}`,
  noCandidates: 'Geen vestiging komt in aanmerking.',
  showing: (shown: number, total: number) => `De beste ${shown} van ${total} vestigingen.`,
  oneProviderIntro:
    'De kleinste set van de huidige locaties die iedere jongere die de opleiding nu binnen de reistijdgrens bereikt, die toegang laat houden. De rest is dubbel aanbod: onderwerp voor uitruil of samen aanbieden.',
  summary: (keep: number, total: number) => `${keep} van de ${total} locaties houden iedereen binnen bereik.`,
  summaryK: (keep: number, reach: string, before: string) =>
    `${keep} locaties bereiken ${reach} van de ${before} jongeren.`,
  optimal: 'Bewezen optimaal.',
  notOptimal: (bound: string) => `Niet bewezen optimaal (rekentijd op): benadering; ondergrens ${bound}.`,
  notOptimalK: (bound: string) =>
    `Niet bewezen optimaal (rekentijd op): benadering; hoogstens ${bound} jongeren haalbaar.`,
  kLabel: 'Stel dat er maar k locaties zijn',
  kValue: (k: number) => `k = ${k}`,
  kReset: 'Iedereen houden',
  kept: 'Houden',
  dropped: 'Stoppen',
  alone: 'alleen via deze locatie',
  aloneHelp: 'Jongeren die binnen de grens alleen deze (gehouden) locatie bereiken.',
  unplaced: (n: number) => `${n} locaties liggen buiten het raster en tellen niet mee.`,
  openAsScenario: 'Open de stops als nieuw scenario',
  scenarioName: (crebo: string) => `Eén aanbieder ${crebo}`,
  opened: (name: string) => `Nieuw scenario “${name}” geopend; het oude scenario is niet gewijzigd.`,
  nothingToDrop: 'Er is niets te stoppen zonder dat iemand toegang verliest.',
  mapLegendBest: 'Beste plek: hoe groter en donkerder, hoe meer jongeren erbij',
  mapLegendKept: 'Houden',
  mapLegendDropped: 'Stoppen',
  summaryColumn: 'Eén aanbieder',
  summaryColumnHelp:
    'Landelijk: locaties die één aanbieder nodig zou hebben om iedereen zijn huidige toegang te laten houden, van het huidige aantal.',
  summaryPending: 'wordt berekend',
  approx: '≈',
  people: (n: string) => `${n} jongeren`,
};

export type PlacementMessages = typeof nl;

const en: PlacementMessages = {
  bestPlaceFor: (naam, crebo) => `Best place to start ${naam} (${crebo})`,
  oneProviderFor: (naam, crebo) => `${naam} (${crebo}) as if one provider`,
  close: 'Close',
  computing: 'Computing…',
  stale: 'The figures belong to the previous choice and are being updated.',
  failed: (message) => `This could not be computed: ${message}`,
  retry: 'Try again',
  scenarioNote: (name) => `Computed on the offer with the edits of scenario “${name}”.`,
  limit: (minutes) => `Travel limit: ${minutes} minutes.`,
  institution: 'Only locations of',
  allInstitutions: 'all institutions',
  bestPlaceIntro:
    'Locations that do not offer this qualification yet, by the number of 15–24 year olds who would come within the travel limit.',
  columns: { vestiging: 'Location', gain: 'Gain', krimp: 'Krimp', anticipeer: 'Anticipeer' },
  gainHelp: '15–24 year olds who would live within the travel limit after a start here and do not now.',
  startHere: 'Start',
  startHereLabel: (naam) => `Start here: ${naam}`,
  started: (naam) => `Start at ${naam} added to the scenario.`,
  refused: (reason) => `Not added: ${reason}`,
  noCandidates: 'No location qualifies.',
  showing: (shown, total) => `The best ${shown} of ${total} locations.`,
  oneProviderIntro:
    'The smallest set of today’s locations that keeps every young person who now reaches the programme within the travel limit within it. The rest is duplication: a subject for a swap or a joint offer.',
  summary: (keep, total) => `${keep} of the ${total} locations keep everyone within reach.`,
  summaryK: (keep, reach, before) => `${keep} locations reach ${reach} of the ${before} young people.`,
  optimal: 'Proven optimal.',
  notOptimal: (bound) => `Not proven optimal (time limit): approximation; lower bound ${bound}.`,
  notOptimalK: (bound) => `Not proven optimal (time limit): approximation; at most ${bound} young people reachable.`,
  kLabel: 'What if there were only k locations',
  kValue: (k) => `k = ${k}`,
  kReset: 'Keep everyone',
  kept: 'Keep',
  dropped: 'Stop',
  alone: 'only through this location',
  aloneHelp: 'Young people who reach only this (kept) location within the limit.',
  unplaced: (n) => `${n} locations lie off the grid and do not count.`,
  openAsScenario: 'Open the stops as a new scenario',
  scenarioName: (crebo) => `One provider ${crebo}`,
  opened: (name) => `New scenario “${name}” opened; the previous scenario is unchanged.`,
  nothingToDrop: 'Nothing can be stopped without someone losing access.',
  mapLegendBest: 'Best place: the larger and darker, the more young people gain',
  mapLegendKept: 'Keep',
  mapLegendDropped: 'Stop',
  summaryColumn: 'One provider',
  summaryColumnHelp:
    'Nationally: locations one provider would need to keep everyone’s current access, of today’s number.',
  summaryPending: 'computing',
  approx: '≈',
  people: (n) => `${n} young people`,
};

export const placementMessages: Record<Lang, PlacementMessages> = { nl, en };

/** The placement strings in the current language; components re-render when it changes. */
export function usePlacementT(): PlacementMessages {
  return placementMessages[useLanguageStore((s) => s.lang)];
}
