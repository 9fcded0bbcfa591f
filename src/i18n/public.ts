import { type Lang, useLanguageStore } from './language.ts';

/** UI strings of the public read-only view: the journalists' introduction and the shared scenario. */
const nl = {
  introTitle: 'Over deze kaart',
  introLead:
    'Deze kaart toont waar in Nederland mbo-opleidingen worden gegeven en hoe lang jongeren van 15 tot 24 jaar reizen naar de dichtstbijzijnde locatie. Dit is een alleen-lezen weergave: u kunt kijken, kiezen en inzoomen, maar niets wijzigen.',
  introShowsTitle: 'Wat de kaart toont',
  introLocations:
    'Elke stip is een mbo-locatie (vestiging); de kleur geeft de soort instelling (roc, aoc, vakinstelling).',
  introTravel:
    'Kies een niveau (Entree, 2, 3 of 4) om de reistijd te zien: elke zeshoek kleurt naar de reistijd vanaf die plek naar de dichtstbijzijnde locatie met een opleiding op dat niveau. Per niveau geldt een maximale reistijd; lagere niveaus hebben een kortere grens.',
  introCoverage:
    'Bereik (dekking) is het aandeel jongeren van 15–24 jaar dat binnen die maximale reistijd een locatie met het gekozen aanbod kan bereiken.',
  introKrimp:
    'Krimp- en anticipeerregio’s zijn gebieden waar de bevolking daalt of gaat dalen. Het bereik daar wordt apart getoond, omdat het aanbod daar het kwetsbaarst is.',
  introScenario:
    'Een gedeeld scenario laat zien wat er verandert als een opleiding op een locatie stopt, start of wordt overgedragen (uitruil): rechts staan de wijzigingen en het bereik voor en na.',
  introModelledTitle: 'Wat is gemodelleerd',
  introModelledOffer:
    'Welke opleiding op welke locatie wordt gegeven, is gemodelleerd zolang er geen DUO-bestand is geïmporteerd. Het label “Modelaanbod” staat dan overal bij: deze cijfers zijn illustratief, geen echte gegevens.',
  introModelledBus:
    'Reistijden zijn berekend, niet gemeten: fiets, trein en veerboot volgen de werkelijke verbindingen, maar voor de streekbus is geen landelijke dienstregeling gebruikt. De bus is benaderd met een gemiddelde snelheid en een wachttijd die langer is waar minder mensen wonen.',
  introModelledKrimp:
    'De lijst van krimp- en anticipeerregio’s is gereconstrueerd uit openbare rapporten, omdat het officiële overzicht niet beschikbaar was.',
  introSourcesTitle: 'Bronnen',
  introSources:
    'Locaties: KiesMBO / SBB. Bevolking: CBS. Kwalificaties: SBB en de kwalificatiestructuur. Krimpregio’s: Rijksoverheid (gereconstrueerd). Spoor: dienstregeling 2026. Alle bronnen met licentie en toelichting staan onder de knop Bronnen.',
  introOpenSources: 'Bronnen openen',
  sharedTitle: 'Gedeeld scenario',
  sharedNone: 'Deze link bevat geen scenario. U ziet het huidige aanbod; kies een niveau om de reistijd te zien.',
  sharedExplanation:
    'Hieronder staan de wijzigingen van dit scenario en het effect op het bereik: “voor” is het huidige aanbod, “na” het aanbod met de wijzigingen. Oranje zeshoeken op de kaart verliezen bereik, blauwe winnen bereik.',
};

export type PublicMessages = typeof nl;

const en: PublicMessages = {
  introTitle: 'About this map',
  introLead:
    'This map shows where in the Netherlands MBO (vocational) programmes are taught and how long young people aged 15 to 24 travel to the nearest location. This is a read-only view: you can look, choose and zoom, but not change anything.',
  introShowsTitle: 'What the map shows',
  introLocations:
    'Each dot is an MBO location (vestiging); its colour shows the kind of institution (roc, aoc, vakinstelling).',
  introTravel:
    'Choose a niveau (Entree, 2, 3 or 4) to see travel time: each hexagon is coloured by the travel time from that spot to the nearest location offering a programme at that niveau. Each niveau has a maximum travel time; lower niveaus have a shorter limit.',
  introCoverage:
    'Reach (coverage) is the share of 15–24 year olds who can reach a location with the chosen offer within that maximum travel time.',
  introKrimp:
    'Krimpregio’s and anticipeerregio’s are areas whose population is falling or will fall. Reach there is shown separately, because the offer there is most vulnerable.',
  introScenario:
    'A shared scenario shows what changes when a programme stops, starts or is handed over (uitruil) at a location: the panel on the right lists the changes and the reach before and after.',
  introModelledTitle: 'What is modelled',
  introModelledOffer:
    'Which programme is taught at which location is modelled until a DUO file is imported. The “Modelled offer” label then appears everywhere: these figures are illustrative, not real data.',
  introModelledBus:
    'Travel times are computed, not measured: cycling, rail and ferries follow the real connections, but no national bus timetable was used. The regional bus is approximated by an average speed and a wait that is longer where fewer people live.',
  introModelledKrimp:
    'The list of krimpregio’s and anticipeerregio’s was reconstructed from public reports, because the official list was not available.',
  introSourcesTitle: 'Sources',
  introSources:
    'Locations: KiesMBO / SBB. Population: CBS. Qualifications: SBB and the qualification structure. Krimpregio’s: Dutch government (reconstructed). Rail: 2026 timetable. All sources with their licence and notes are under the Sources button.',
  introOpenSources: 'Open sources',
  sharedTitle: 'Shared scenario',
  sharedNone: 'This link carries no scenario. You see the current offer; choose a niveau to see travel times.',
  sharedExplanation:
    'Below are this scenario’s changes and their effect on reach: “before” is the current offer, “after” the offer with the changes. Orange hexagons on the map lose reach, blue ones gain reach.',
};

export const publicMessages: Record<Lang, PublicMessages> = { nl, en };

/** The public-view strings in the current language; components re-render when it changes. */
export function usePublicT(): PublicMessages {
  return publicMessages[useLanguageStore((s) => s.lang)];
}
