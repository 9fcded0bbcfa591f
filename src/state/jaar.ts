import { create } from 'zustand';
import { DEFAULT_JAAR, type Jaar } from '../engine/population/years.ts';

/**
 * The population year every figure counts in: 2021 (the CBS count), or 2026 and 2031 (today's
 * children, no forecast). A declared input of every computation that counts people; the
 * population arrays themselves stay in the workers.
 */
interface JaarState {
  jaar: Jaar;
  setJaar(jaar: Jaar): void;
}

export const useJaarStore = create<JaarState>()((set) => ({
  jaar: DEFAULT_JAAR,
  setJaar: (jaar) => set({ jaar }),
}));
