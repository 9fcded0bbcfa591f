import { useT } from '../i18n/index.ts';
import { useViewStore } from '../state/view.ts';

/** Switches the interface between Dutch (default) and English. */
export function LanguageToggle() {
  const t = useT();
  const lang = useViewStore((s) => s.lang);
  const setLang = useViewStore((s) => s.setLang);
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
