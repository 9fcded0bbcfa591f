import { type Lang, useLanguageStore } from './language.ts';

/** UI strings of the audience-mode switch, the presentation mode, its keys and the compare layout. */
const nl = {
  modeSwitch: 'Weergave',
  modes: { bewerken: 'Bewerken', presentatie: 'Presentatie', sector: 'Sector' },
  fullscreen: 'Volledig scherm',
  fullscreenUnavailable: 'Volledig scherm is in deze browser niet beschikbaar.',
  compare: 'Vergelijken',
  compareBefore: 'Voor het scenario',
  compareAfter: 'Na het scenario',
  compareMaps: 'Twee gekoppelde kaarten: voor en na het scenario',
  compareNoNiveau: 'Kies een niveau: toets 1–4 of E',
  keysButton: 'Toetsen',
  keysTitle: 'Sneltoetsen',
  keysIntro: 'De toetsen werken overal, behalve tijdens het typen in een invulveld of keuzelijst.',
  keysClose: 'Sluiten',
  keyNames: { arrows: 'pijltjestoetsen', plusMinus: '+ / −', escape: 'Esc' },
  keys: {
    entree: 'Niveau Entree (niveau 1)',
    niveau: 'Niveau 1 (Entree), 2, 3 of 4 kiezen',
    beforeAfter: 'Wisselen tussen voor en na het scenario',
    pan: 'Kaart verschuiven',
    zoom: 'In- en uitzoomen',
    fullscreen: 'Volledig scherm aan of uit',
    compare: 'Voor en na naast elkaar (alleen in de presentatie)',
    help: 'Dit overzicht tonen of verbergen',
    close: 'Dit overzicht sluiten',
  },
  keysPanNote:
    'Buiten de presentatie verschuiven de pijltjes de kaart niet zolang de focus in een zijpaneel staat: daar scrollen ze het paneel.',
};

export type PresentationMessages = typeof nl;

const en: PresentationMessages = {
  modeSwitch: 'View',
  modes: { bewerken: 'Edit', presentatie: 'Presentation', sector: 'Sector' },
  fullscreen: 'Full screen',
  fullscreenUnavailable: 'Full screen is not available in this browser.',
  compare: 'Compare',
  compareBefore: 'Before the scenario',
  compareAfter: 'After the scenario',
  compareMaps: 'Two linked maps: before and after the scenario',
  compareNoNiveau: 'Choose a niveau: key 1–4 or E',
  keysButton: 'Keys',
  keysTitle: 'Keyboard shortcuts',
  keysIntro: 'The keys work everywhere except while typing in a text field or drop-down list.',
  keysClose: 'Close',
  keyNames: { arrows: 'arrow keys', plusMinus: '+ / −', escape: 'Esc' },
  keys: {
    entree: 'Niveau Entree (niveau 1)',
    niveau: 'Choose niveau 1 (Entree), 2, 3 or 4',
    beforeAfter: 'Switch between before and after the scenario',
    pan: 'Move the map',
    zoom: 'Zoom in and out',
    fullscreen: 'Full screen on or off',
    compare: 'Before and after side by side (presentation only)',
    help: 'Show or hide this overview',
    close: 'Close this overview',
  },
  keysPanNote:
    'Outside the presentation, the arrow keys do not move the map while focus is in a side panel: there they scroll the panel.',
};

export const presentationMessages: Record<Lang, PresentationMessages> = { nl, en };

export function usePresentationT(): PresentationMessages {
  return presentationMessages[useLanguageStore((s) => s.lang)];
}
