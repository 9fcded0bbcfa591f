import { create } from 'zustand';

export type Lang = 'nl' | 'en';
export const LANGS = ['nl', 'en'] as const satisfies readonly Lang[];
export const DEFAULT_LANG: Lang = 'nl';

interface LanguageStore {
  lang: Lang;
  setLang(lang: Lang): void;
}

/** The interface language: Dutch first, English available. Kept in the link by language-codec.ts. */
export const useLanguageStore = create<LanguageStore>()((set) => ({
  lang: DEFAULT_LANG,
  setLang: (lang) => set({ lang }),
}));
