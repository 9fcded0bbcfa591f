import { create } from 'zustand';

/** Why the link the app was opened with could not be used (shown once, then dismissed). */
interface UrlErrorStore {
  error: string | null;
  setError(error: string | null): void;
}

export const useUrlErrorStore = create<UrlErrorStore>()((set) => ({
  error: null,
  setError: (error) => set({ error }),
}));
