import { create } from 'zustand';
import type { UrlProblem } from './url/url-problem.ts';

/** Why the link the app was opened with could not be used (shown once, then dismissed). */
interface UrlErrorStore {
  error: UrlProblem | null;
  setError(error: UrlProblem | null): void;
}

export const useUrlErrorStore = create<UrlErrorStore>()((set) => ({
  error: null,
  setError: (error) => set({ error }),
}));
