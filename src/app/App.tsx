import { useEffect } from 'react';
import { useCoreGeodata } from '../data/queries/useCoreGeodata.ts';
import { useT } from '../i18n/index.ts';
import { useLanguageStore } from '../i18n/language.ts';
import { AppLayout } from './AppLayout.tsx';
import { LoadErrorScreen } from './LoadErrorScreen.tsx';

/** Loads the geodata, then shows the map; a file that fails to load gets an explanation instead. */
export function App() {
  const t = useT();
  const lang = useLanguageStore((s) => s.lang);
  const data = useCoreGeodata();

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.appTitle;
  }, [lang, t]);

  if (data.status === 'error') return <LoadErrorScreen error={data.error} />;
  if (data.status === 'pending') {
    return (
      <main className="loading" aria-busy="true">
        <p>{t.loading}</p>
      </main>
    );
  }
  return <AppLayout data={data.data} />;
}
