import { type Lang, useLanguageStore } from './language.ts';

/** UI strings of the institution view (Instellingsprofiel). */
const nl = {
  open: 'Instellingsprofiel',
  title: (name: string, brin: string) => `Instellingsprofiel: ${name} (${brin})`,
  print: 'Afdrukken',
  close: 'Sluiten',
  locationsTitle: (n: number) => `Locaties (${n})`,
  colLocation: 'Locatie',
  colPlace: 'Plaats',
  colGemeente: 'Gemeente',
  colProgrammes: 'Opleidingen',
  niveauTitle: 'Per niveau',
  niveauIntro:
    'Verzorgingsgebied: de jongeren (15–24) binnen de reistijdgrens voor wie een locatie van deze instelling de dichtstbijzijnde is die iets op dat niveau aanbiedt.',
  colNiveau: 'Niveau',
  colCatchment: (jaar: number) => `Verzorgingsgebied ${jaar} (jongeren)`,
  colShare: (jaar: number) => `Aandeel van alle bereikte jongeren (${jaar})`,
  computing: 'Wordt berekend…',
  failed: (reason: string) => `Kon niet worden berekend: ${reason}`,
  overlapTitle: 'Overlap met andere instellingen',
  overlapIntro: 'Dezelfde opleiding bij een andere instelling in dezelfde gemeente.',
  overlapNone: 'Geen overlap in dezelfde gemeente.',
  colInstitution: 'Instelling',
  colShared: 'Gedeelde opleidingen',
  colWhere: 'Gemeenten',
  prijsfactorTitle: 'Opleidingen per prijsfactor',
  prijsfactorIntro:
    'De prijsfactor is de kostenfactor van een kwalificatie in de bekostiging (1,00 = goedkoopst). Geteld: de verschillende opleidingen (crebo’s) van de instelling.',
  colPrijsfactor: 'Prijsfactor',
  colShareOfProgrammes: 'Aandeel van de opleidingen',
  prijsfactorUnknown: 'Onbekend',
  prijsfactorUnknownNote: (unknown: number, total: number) =>
    unknown === 0
      ? `Van alle ${total} opleidingen is de prijsfactor bekend.`
      : `Van ${unknown} van de ${total} opleidingen is de prijsfactor onbekend: de kwalificatiestructuur 2015-2016 kent hun crebo niet. Ze worden niet geschat.`,
  soleTitle: 'Enige aanbieder binnen reistijd',
  soleIntro:
    'Opleidingen waarvoor jongeren (15–24) binnen de reistijdgrens van het niveau alleen deze locatie hebben: wie verloren gaat als de opleiding hier stopt. Dezelfde cijfers als de Signalering, voor het aanbod zonder scenario.',
  soleSummary: (sole: number, all: number) =>
    `${sole} van de ${all} opleidingslocaties zijn voor iemand de enige binnen reistijd.`,
  colProgramme: 'Opleiding',
  colSole: 'Alleen hier (jongeren)',
  colSoleKrimp: 'Waarvan in krimpregio',
  source:
    'Bron: CBS (jongeren 15–24 per postcodegebied); KiesMBO / SBB (locaties); kwalificatiestructuur mbo 2015-2016 (prijsfactor).',
};

export type InstitutionMessages = typeof nl;

const en: InstitutionMessages = {
  open: 'Institution profile',
  title: (name, brin) => `Institution profile: ${name} (${brin})`,
  print: 'Print',
  close: 'Close',
  locationsTitle: (n) => `Locations (${n})`,
  colLocation: 'Location',
  colPlace: 'Place',
  colGemeente: 'Gemeente',
  colProgrammes: 'Programmes',
  niveauTitle: 'Per niveau',
  niveauIntro:
    'Catchment: the young people (15–24) within the travel limit for whom a location of this institution is the nearest one offering anything at that niveau.',
  colNiveau: 'Niveau',
  colCatchment: (jaar) => `Catchment ${jaar} (young people)`,
  colShare: (jaar) => `Share of all young people reached (${jaar})`,
  computing: 'Computing…',
  failed: (reason) => `Could not be computed: ${reason}`,
  overlapTitle: 'Overlap with other institutions',
  overlapIntro: 'The same programme at another institution in the same gemeente.',
  overlapNone: 'No overlap in the same gemeente.',
  colInstitution: 'Institution',
  colShared: 'Shared programmes',
  colWhere: 'Gemeenten',
  prijsfactorTitle: 'Programmes by prijsfactor',
  prijsfactorIntro:
    'The prijsfactor is the cost factor of a qualification in the funding (1.00 = least costly). Counted: the distinct programmes (crebos) of the institution.',
  colPrijsfactor: 'Prijsfactor',
  colShareOfProgrammes: 'Share of the programmes',
  prijsfactorUnknown: 'Unknown',
  prijsfactorUnknownNote: (unknown, total) =>
    unknown === 0
      ? `The prijsfactor of all ${total} programmes is known.`
      : `The prijsfactor of ${unknown} of the ${total} programmes is unknown: the 2015-2016 kwalificatiestructuur does not hold their crebo. They are not estimated.`,
  soleTitle: 'Only provider within reach',
  soleIntro:
    'Programmes for which young people (15–24) within the niveau’s travel limit have only this location: those who lose access if the programme stops here. The same figures as the early warning, for the offer without a scenario.',
  soleSummary: (sole, all) => `${sole} of the ${all} programme-locations are someone’s only one within reach.`,
  colProgramme: 'Programme',
  colSole: 'Only here (young people)',
  colSoleKrimp: 'Of whom in a krimpregio',
  source:
    'Source: CBS (young people 15–24 per postcode area); KiesMBO / SBB (locations); kwalificatiestructuur mbo 2015-2016 (prijsfactor).',
};

export const institutionMessages: Record<Lang, InstitutionMessages> = { nl, en };

export function useInstitutionT(): InstitutionMessages {
  return institutionMessages[useLanguageStore((s) => s.lang)];
}
