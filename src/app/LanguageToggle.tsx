import { useT } from '../i18n/index.ts';
import { useLanguageStore } from '../i18n/language.ts';

/** Switches the interface between Dutch (default) and English. */
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
      aria-label={t.switchLanguage}
      title={t.switchLanguage}
    >
      {other.toUpperCase()}
    </button>
  );
}
