import { useState } from 'react';
import { useT } from '../../i18n/index.ts';
import { DeltaLegend } from '../../map/delta/DeltaLegend.tsx';
import { LocationLegend } from '../../map/Legend.tsx';
import { legendStateOf, type LegendState } from '../../panels/export/legend-spec.ts';
import { TravelFieldLegend } from '../../panels/travel/TravelMapOverlay.tsx';
import { useScenarioMetricsStore } from '../../state/scenario-metrics.ts';
import { activeScenario, useScenarioStore } from '../../state/scenario.ts';
import { useTravelStore } from '../../state/travel.ts';
import { useTravelFieldStore } from '../../state/travel-field.ts';
import { useViewStore } from '../../state/view.ts';
import { NARROW_QUERY } from '../../ui/useMediaQuery.ts';

/** Which layers are on, by the same rule the exported legend uses (legendStateOf). */
function useLegendState(): LegendState {
  const fieldNiveau = useTravelFieldStore((s) => s.value?.niveau ?? null);
  const limits = useTravelStore((s) => s.limits);
  const niveau = useViewStore((s) => s.niveau);
  const hasResult = useScenarioMetricsStore((s) => s.value?.evaluation != null);
  const hasEdits = useScenarioStore((s) => activeScenario(s).edits.length > 0);
  const showAfter = useScenarioStore((s) => s.view.showAfter);
  return legendStateOf({
    travelFieldLimit: fieldNiveau === null ? null : limits[fieldNiveau],
    niveau,
    hasResult,
    hasEdits,
    showAfter,
  });
}

/**
 * The map's one legend panel: the location colours, and a section for each other layer that is
 * drawn (travel field, scenario delta), nothing for a layer that is off. It folds away; on a
 * narrow screen it starts folded, since there the map has little room to give.
 */
export function MapLegend() {
  const t = useT();
  const state = useLegendState();
  const [open, setOpen] = useState(() => !window.matchMedia(NARROW_QUERY).matches);
  const sections = ['locations', ...(state.travelLimit !== null ? ['travel'] : []), ...(state.delta ? ['delta'] : [])];
  return (
    <details
      className="legend map-legend"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      data-testid="map-legend"
      data-sections={sections.join(' ')}
    >
      <summary>
        <h2>{t.legendTitle}</h2>
      </summary>
      <div className="map-legend-body">
        <LocationLegend />
        {state.travelLimit !== null && <TravelFieldLegend />}
        {state.delta && <DeltaLegend />}
      </div>
    </details>
  );
}
