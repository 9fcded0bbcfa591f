import { create } from 'zustand';

/** The selected location (by brinvest), opened in the detail panel. */
interface SelectionStore {
  brinvest: string | null;
  select(brinvest: string | null): void;
}

export const useSelectionStore = create<SelectionStore>()((set) => ({
  brinvest: null,
  select: (brinvest) => set({ brinvest }),
}));
