import { create } from 'zustand';

/**
 * What the scenario's map shows: access gained and lost (the delta map) or minutes added and
 * saved for those who keep access; and whether the white spots of the selection are drawn.
 * Both come from the one scenario evaluation (src/state/scenario-metrics.ts).
 */
export type ScenarioMapKind = 'access' | 'minutes';

interface TravelChangeViewState {
  map: ScenarioMapKind;
  whiteSpotsOnMap: boolean;
  setMap(map: ScenarioMapKind): void;
  setWhiteSpotsOnMap(on: boolean): void;
}

export const useTravelChangeViewStore = create<TravelChangeViewState>()((set) => ({
  map: 'access',
  whiteSpotsOnMap: false,
  setMap: (map) => set({ map }),
  setWhiteSpotsOnMap: (whiteSpotsOnMap) => set({ whiteSpotsOnMap }),
}));
