import './travel.css';
import { useMemo } from 'react';
import { GEODATA_FILES } from '../../data/geodata/index.ts';
import { useGraphBytes, useGrid } from '../../data/queries/useGeodata.ts';
import { useT } from '../../i18n/index.ts';
import { useTravelT } from '../../i18n/travel.ts';
import { useTravelStore } from '../../state/travel.ts';
import { useTravelFieldStore } from '../../state/travel-field.ts';
import { useViewStore } from '../../state/view.ts';
import { GeodataProblem } from '../../ui/GeodataProblem.tsx';
import { LimitEditor } from './LimitEditor.tsx';
import { NiveauChooser } from './NiveauChooser.tsx';
import { QualificationChooser } from './QualificationChooser.tsx';
import { type OfferForOptions, qualificationOptions } from './qualification-options.ts';
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
  const unavailable = useTravelUnavailable();

  return (
    <section className="travel-panel" aria-labelledby="travel-panel-title" data-testid="travel-panel">
      <h2 id="travel-panel-title">{t.title}</h2>
      <p>{t.intro}</p>
      {unavailable ? (
        <div className="warning" role="alert" data-testid="travel-unavailable">
          <strong>{unavailable.message}</strong>
          <GeodataProblem error={unavailable.error} />
        </div>
      ) : (
        <NiveauChooser />
      )}
      {unavailable ? null : niveau === null ? (
        <p className="travel-hint">{t.chooseNiveau}</p>
      ) : (
        <>
          <QualificationChooser
            options={options}
            value={crebo}
            onChange={setCrebo}
            niveauName={t.niveauNames[niveau]}
          />
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

/** Why no travel field can be computed: graph.bin or grid.bin failed to load (named in the message). */
function useTravelUnavailable(): { message: string; error: Error } | null {
  const t = useT();
  const graph = useGraphBytes();
  const grid = useGrid();
  if (graph.error) return { message: t.travelUnavailable(GEODATA_FILES.graph), error: graph.error };
  if (grid.error) return { message: t.travelUnavailable(GEODATA_FILES.grid), error: grid.error };
  return null;
}
