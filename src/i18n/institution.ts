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
  source: 'Bron: CBS (jongeren 15–24 per postcodegebied); KiesMBO / SBB (locaties).',
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
  source: 'Source: CBS (young people 15–24 per postcode area); KiesMBO / SBB (locations).',
};

export const institutionMessages: Record<Lang, InstitutionMessages> = { nl, en };

export function useInstitutionT(): InstitutionMessages {
  return institutionMessages[useLanguageStore((s) => s.lang)];
}
