import { type Lang, useLanguageStore } from './language.ts';

/** UI strings of scenario files (*.regiekaart.json): export and import in the scenario panel. */
const nl = {
  title: 'Scenariobestanden',
  intro: 'Bewaar scenario’s als bestand om ze te mailen of later te openen; ook npm run scenario leest dit bestand.',
  exportActive: 'Dit scenario als bestand',
  exportAll: (n: number) => `Alle ${n} scenario’s als bestand`,
  drop: 'Sleep een .regiekaart.json-bestand hierheen',
  choose: 'Scenariobestand openen…',
  tooMany: 'Sleep één bestand tegelijk.',
  failed: (name: string) => `${name} kon niet worden gelezen. Er is niets veranderd.`,
  added: (n: number, names: string) => `${n === 1 ? '1 scenario' : `${n} scenario’s`} toegevoegd: ${names}.`,
  otherOffer: (kind: string, source: string, rows: number) =>
    `Let op: dit bestand is gemaakt op een ander aanbod (${kind}, ${source}, ${rows} rijen) dan het actieve.`,
  kindModelled: 'modelaanbod',
  kindImported: 'geïmporteerd aanbod',
  misfitsTitle: (n: number) =>
    `${n === 1 ? '1 wijziging past' : `${n} wijzigingen passen`} niet op het actieve aanbod en ${n === 1 ? 'is' : 'zijn'} weggelaten:`,
  misfit: (scenario: string, index: number, edit: string, reason: string) =>
    `„${scenario}”, wijziging ${index + 1} (${edit}): ${reason}`,
  noOffer: 'Het opleidingsaanbod is nog niet geladen.',
};

export type ScenarioFileMessages = typeof nl;

const en: ScenarioFileMessages = {
  title: 'Scenario files',
  intro: 'Save scenarios as a file to e-mail them or open them later; npm run scenario reads this file too.',
  exportActive: 'This scenario as a file',
  exportAll: (n) => `All ${n} scenarios as a file`,
  drop: 'Drop a .regiekaart.json file here',
  choose: 'Open a scenario file…',
  tooMany: 'Drop one file at a time.',
  failed: (name) => `${name} could not be read. Nothing was changed.`,
  added: (n, names) => `${n === 1 ? '1 scenario' : `${n} scenarios`} added: ${names}.`,
  otherOffer: (kind, source, rows) =>
    `Note: this file was made on another offer (${kind}, ${source}, ${rows} rows) than the active one.`,
  kindModelled: 'modelled offer',
  kindImported: 'imported offer',
  misfitsTitle: (n) =>
    `${n === 1 ? '1 edit does' : `${n} edits do`} not fit the active offer and ${n === 1 ? 'was' : 'were'} left out:`,
  misfit: (scenario, index, edit, reason) => `"${scenario}", edit ${index + 1} (${edit}): ${reason}`,
  noOffer: 'The programme offer has not loaded yet.',
};

export const scenarioFileMessages: Record<Lang, ScenarioFileMessages> = { nl, en };

export function useScenarioFileT(): ScenarioFileMessages {
  return scenarioFileMessages[useLanguageStore((s) => s.lang)];
}
