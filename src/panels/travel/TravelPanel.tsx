import './travel.css';
import { useMemo } from 'react';
import { useTravelT } from '../../i18n/travel.ts';
import { useTravelStore } from '../../state/travel.ts';
import { useTravelFieldStore } from '../../state/travel-field.ts';
import { useViewStore } from '../../state/view.ts';
import { LimitEditor } from './LimitEditor.tsx';
import { NiveauChooser } from './NiveauChooser.tsx';
import { qualificationOptions, type OfferForOptions } from './qualification-options.ts';
import { QualificationChooser } from './QualificationChooser.tsx';
import { TravelProgress } from './TravelProgress.tsx';

/**
 * The travel-time controls: niveau, qualification (or any at the niveau), the niveau's limit,
 * the computation's progress and what the field was computed from. `offer` is the active offer
 * (null while it loads): it decides which qualifications can be chosen.
 */
export function TravelPanel({ offer }: { offer: OfferForOptions | null }) {
  const t = useTravelT();
  const niveau = useViewStore((s) => s.niveau);
  const crebo = useTravelStore((s) => s.crebo);
  const setCrebo = useTravelStore((s) => s.setCrebo);
  const field = useTravelFieldStore((s) => s.value);
  const status = useTravelFieldStore((s) => s.status);
  const options = useMemo(() => (offer && niveau !== null ? qualificationOptions(offer, niveau) : []), [offer, niveau]);
  const current = status === 'ready' ? field : null;

  return (
    <section className="travel-panel" aria-labelledby="travel-panel-title" data-testid="travel-panel">
      <h2 id="travel-panel-title">{t.title}</h2>
      <p>{t.intro}</p>
      <NiveauChooser />
      {niveau === null ? (
        <p className="travel-hint">{t.chooseNiveau}</p>
      ) : (
        <>
          <QualificationChooser options={options} value={crebo} onChange={setCrebo} niveauName={t.niveauNames[niveau]} />
          <LimitEditor niveau={niveau} />
          <TravelProgress />
          {current && (
            <p className="travel-hint" data-testid="travel-sources">
              {current.locationCount === 0 ? t.noSources : t.sources(current.locationCount, current.sourceCellCount)}
              {current.offGridCount > 0 && <> {t.sourcesOffGrid(current.offGridCount)}</>}
            </p>
          )}
        </>
      )}
    </section>
  );
}
