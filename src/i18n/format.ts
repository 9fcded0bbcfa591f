import { useViewStore, type Lang } from '../state/view.ts';

// Dutch number style (1.234,5) is the default; English readers get their own separators.
const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };
const integerFormats: Record<Lang, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat(LOCALES.nl, { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat(LOCALES.en, { maximumFractionDigits: 0 }),
};

export function formatInteger(value: number, lang: Lang): string {
  return integerFormats[lang].format(value);
}

export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/** formatInteger in the current language, for components. */
export function useFormatInteger(): (value: number) => string {
  const lang = useViewStore((s) => s.lang);
  return (value) => formatInteger(value, lang);
}
