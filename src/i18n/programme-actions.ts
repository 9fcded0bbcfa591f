import { type Lang, useLanguageStore } from './language.ts';

/** UI strings of the location panel's programme list and its per-programme scenario actions. */
const nl = {
  filterLabel: 'Filter de opleidingen',
  filterPlaceholder: 'naam, crebo of domein',
  filterNone: 'Geen opleiding past bij dit filter.',
  groupCount: (n: number) => (n === 1 ? '1 opleiding' : `${n} opleidingen`),
  startTitle: 'Een opleiding hier starten',
  startSearch: 'Zoek een kwalificatie (naam of crebo)',
  startChoose: 'Kwalificatie om te starten',
  startLeerweg: 'Leerweg',
  startLeerwegAny: 'BOL en BBL',
  startButton: 'Start hier',
  startLabel: (naam: string, crebo: string) => `Start hier: ${naam} (${crebo})`,
  stop: 'Stop',
  stopLabel: (naam: string, crebo: string) => `Stop ${naam} (${crebo}) op deze locatie`,
  uitruil: 'Uitruil',
  uitruilLabel: (naam: string, crebo: string) => `Uitruil ${naam} (${crebo}) naar een andere locatie`,
  bestPlace: 'Beste plek',
  bestPlaceLabel: (naam: string, crebo: string) => `Beste plek om ${naam} (${crebo}) te starten`,
  oneProvider: 'Eén aanbieder',
  oneProviderLabel: (naam: string, crebo: string) =>
    `Eén aanbieder voor ${naam} (${crebo}): welke locaties blijven nodig`,
  uitruilTarget: 'Naar locatie (andere instelling, dichtstbij eerst)',
  uitruilChoose: 'Kies een locatie…',
  uitruilConfirm: 'Uitruil bevestigen',
  cancel: 'Annuleren',
  stoppedHere: 'gestopt in dit scenario',
  startedHere: 'gestart in dit scenario',
  startedTitle: 'Gestart in dit scenario',
  fieldAll: (niveau: string) => `Alle opleidingen van ${niveau}`,
  fieldSide: (side: 'before' | 'after'): string => (side === 'after' ? 'na het scenario' : 'vóór het scenario (B)'),
};

export type ProgrammeActionMessages = typeof nl;

const en: ProgrammeActionMessages = {
  filterLabel: 'Filter the programmes',
  filterPlaceholder: 'name, crebo or domain',
  filterNone: 'No programme matches this filter.',
  groupCount: (n) => (n === 1 ? '1 programme' : `${n} programmes`),
  startTitle: 'Start a programme here',
  startSearch: 'Search a qualification (name or crebo)',
  startChoose: 'Qualification to start',
  startLeerweg: 'Pathway',
  startLeerwegAny: 'BOL and BBL',
  startButton: 'Start here',
  startLabel: (naam, crebo) => `Start here: ${naam} (${crebo})`,
  stop: 'Stop',
  stopLabel: (naam, crebo) => `Stop ${naam} (${crebo}) at this location`,
  uitruil: 'Uitruil',
  uitruilLabel: (naam, crebo) => `Uitruil ${naam} (${crebo}) to another location`,
  bestPlace: 'Best place',
  bestPlaceLabel: (naam, crebo) => `Best place to start ${naam} (${crebo})`,
  oneProvider: 'One provider',
  oneProviderLabel: (naam, crebo) => `One provider for ${naam} (${crebo}): which locations stay needed`,
  uitruilTarget: 'To location (another institution, nearest first)',
  uitruilChoose: 'Choose a location…',
  uitruilConfirm: 'Confirm uitruil',
  cancel: 'Cancel',
  stoppedHere: 'stopped in this scenario',
  startedHere: 'started in this scenario',
  startedTitle: 'Started in this scenario',
  fieldAll: (niveau) => `Every programme of ${niveau}`,
  fieldSide: (side) => (side === 'after' ? 'after the scenario' : 'before the scenario (B)'),
};

export const programmeActionMessages: Record<Lang, ProgrammeActionMessages> = { nl, en };

/** The programme-list strings in the current language; components re-render when it changes. */
export function useProgrammeActionT(): ProgrammeActionMessages {
  return programmeActionMessages[useLanguageStore((s) => s.lang)];
}
