import { usePublicT } from '../../i18n/public.ts';
import { ModelledLabel } from '../../ui/ModelledLabel.tsx';
import './public.css';

/**
 * The plain-language introduction for journalists and the public: what the map shows, what is
 * modelled, and where the sources are. Open by default; it folds away to free the panel.
 */
export function PublicIntro({ onOpenSources }: { onOpenSources(): void }) {
  const t = usePublicT();
  return (
    <details className="public-intro" open data-testid="public-intro">
      <summary>
        <h2>{t.introTitle}</h2>
      </summary>
      <p>{t.introLead}</p>
      <h3>{t.introShowsTitle}</h3>
      <ul>
        <li>{t.introLocations}</li>
        <li>{t.introTravel}</li>
        <li>{t.introCoverage}</li>
        <li>{t.introKrimp}</li>
        <li>{t.introScenario}</li>
      </ul>
      <h3>{t.introModelledTitle}</h3>
      {/* The introduction is what a shared link's reader sees first: it names the label itself. */}
      <ModelledLabel standalone />
      <ul>
        <li>{t.introModelledOffer}</li>
        <li>{t.introModelledBus}</li>
        <li>{t.introModelledKrimp}</li>
      </ul>
      <h3>{t.introSourcesTitle}</h3>
      <p>{t.introSources}</p>
      <button type="button" onClick={onOpenSources}>
        {t.introOpenSources}
      </button>
    </details>
  );
}
