import { create } from 'zustand';
import type { PopulationChangeTables } from '../../workers/population/population-api.ts';

export type ChangeLayer = keyof PopulationChangeTables;
export const CHANGE_LAYERS: readonly ChangeLayer[] = ['provincie', 'arbeidsmarktregio', 'rmc', 'gemeente', 'krimp'];

/** Which region layer the change-over-time table shows, and whether the map shows it as a choropleth. */
interface PopulationViewState {
  layer: ChangeLayer;
  onMap: boolean;
  setLayer(layer: ChangeLayer): void;
  setOnMap(onMap: boolean): void;
}

export const usePopulationViewStore = create<PopulationViewState>()((set) => ({
  layer: 'provincie',
  onMap: false,
  setLayer: (layer) => set({ layer }),
  setOnMap: (onMap) => set({ onMap }),
}));
