import { useT } from '../i18n/index.ts';
import { useLanguageStore } from '../i18n/language.ts';

/**
 * Switches the interface between Dutch (default) and English. The button shows the other
 * language's code; its accessible name starts with that visible code (WCAG 2.5.3, so "EN" spoken
 * to voice control finds it) and goes on to say what it does, in the language it switches to.
 */
export function LanguageToggle() {
  const t = useT();
  const lang = useLanguageStore((s) => s.lang);
  const setLang = useLanguageStore((s) => s.setLang);
  const other = lang === 'nl' ? 'en' : 'nl';
  return (
    <button
      type="button"
      className="header-button"
      lang={other}
      onClick={() => setLang(other)}
      aria-label={`${other.toUpperCase()}: ${t.switchLanguage}`}
      title={t.switchLanguage}
    >
      {other.toUpperCase()}
    </button>
  );
}
