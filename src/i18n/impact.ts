import { type Lang, useLanguageStore } from './language.ts';

/** UI strings of "Effect op anderen": whose young people a scenario moves to whom. */
const nl = {
  title: 'Effect op anderen',
  intro:
    'Elke jongere binnen de reistijdgrens hoort bij de instelling met de dichtstbijzijnde locatie die het aanbiedt (bij gelijke reistijd de laagste vestigingscode). Zo zie je wie jongeren wint en wie ze verliest.',
  computing: 'Wordt berekend…',
  failed: (reason: string) => `Kon niet worden berekend: ${reason}`,
  noEdits: 'Voeg een wijziging toe om te zien wie er jongeren wint of verliest.',
  nobodyMoves: 'Geen instelling wint of verliest jongeren door dit scenario.',
  colInstitution: 'Instelling',
  colBefore: 'Voor',
  colAfter: 'Na',
  colGained: 'Erbij',
  colLost: 'Eraf',
  flowsTitle: 'Wie neemt van wie',
  colFrom: 'Van',
  colTo: 'Naar',
  colYouth: 'Jongeren',
  outOfReach: 'buiten bereik',
  unknownInstitution: 'onbekende instelling (benaderde locatie)',
  sumNote: 'De veranderingen samen zijn precies de verandering in bereik.',
  mapToggle: 'Kleur de kaart per instelling die de jongeren bedient',
  mapLegendTitle: 'Jongeren per instelling',
  mapLegendInstitution: 'kleur: de instelling die de jongeren bedient',
  mapLegendChanged: 'zwart omlijnd: wisselt van instelling',
  mapLegendOthers: 'andere instellingen: de kleuren herhalen zich',
  mapNote:
    'Voor of na wissel je met toets B; cellen die van instelling wisselen zijn zwart omlijnd. Bij meer dan 7 instellingen herhalen de kleuren zich.',
};

export type ImpactMessages = typeof nl;

const en: ImpactMessages = {
  title: 'Effect on others',
  intro:
    'Each young person within the travel limit belongs to the institution of the nearest location offering it (on equal travel time, the lowest location code). So you see who gains young people and who loses them.',
  computing: 'Computing…',
  failed: (reason) => `Could not be computed: ${reason}`,
  noEdits: 'Add an edit to see who gains or loses young people.',
  nobodyMoves: 'No institution gains or loses young people in this scenario.',
  colInstitution: 'Institution',
  colBefore: 'Before',
  colAfter: 'After',
  colGained: 'Gained',
  colLost: 'Lost',
  flowsTitle: 'Who takes from whom',
  colFrom: 'From',
  colTo: 'To',
  colYouth: 'Young people',
  outOfReach: 'out of reach',
  unknownInstitution: 'unknown institution (approximate location)',
  sumNote: 'Together the changes are exactly the change in coverage.',
  mapToggle: 'Colour the map by the institution serving the young people',
  mapLegendTitle: 'Young people by institution',
  mapLegendInstitution: 'colour: the institution serving the young people',
  mapLegendChanged: 'outlined in black: changes institution',
  mapLegendOthers: 'other institutions: the colours repeat',
  mapNote:
    'Switch before and after with the B key; cells that change institution are outlined in black. With more than 7 institutions the colours repeat.',
};

export const impactMessages: Record<Lang, ImpactMessages> = { nl, en };

export function useImpactT(): ImpactMessages {
  return impactMessages[useLanguageStore((s) => s.lang)];
}
