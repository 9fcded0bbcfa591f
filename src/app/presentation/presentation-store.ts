import type { Map as MapLibreMap } from 'maplibre-gl';
import { create } from 'zustand';

/**
 * State of the presentation mode that is no part of a shared link: whether the compare layout
 * and the overview of the keys are open, and which maps are on screen for the keys to move.
 */
interface PresentationStore {
  compare: boolean;
  helpOpen: boolean;
  /** A failed full-screen request, shown until the next attempt. */
  fullscreenFailed: boolean;
  /** The map the arrow and zoom keys move (in the compare layout: one of the linked pair). */
  keyMap: MapLibreMap | null;
  setCompare(compare: boolean): void;
  setHelpOpen(open: boolean): void;
  setFullscreenFailed(failed: boolean): void;
  setKeyMap(map: MapLibreMap | null): void;
}

export const usePresentationStore = create<PresentationStore>()((set) => ({
  compare: false,
  helpOpen: false,
  fullscreenFailed: false,
  keyMap: null,
  setCompare: (compare) => set({ compare }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  setFullscreenFailed: (fullscreenFailed) => set({ fullscreenFailed }),
  setKeyMap: (keyMap) => set({ keyMap }),
}));
