import { useState } from 'react';
import type { Location } from '../../data/geodata/index.ts';
import { useT } from '../../i18n/index.ts';
import { CatchmentLegend } from '../../map/catchment/CatchmentLegend.tsx';
import { DeltaLegend } from '../../map/delta/DeltaLegend.tsx';
import { LocationLegend } from '../../map/Legend.tsx';
import { TravelChangeLegend } from '../../map/travel-change/TravelChangeLegend.tsx';
import { WhiteSpotsLegend } from '../../map/travel-change/WhiteSpotsLegend.tsx';
import type { LegendSectionId } from '../../panels/export/legend-spec.ts';
import { useLegendState } from '../../panels/export/useLegendState.ts';
import { SizeLegend } from '../../panels/indicators/SizeLegend.tsx';
import { JaarLabel } from '../../panels/jaar/JaarLabel.tsx';
import { PopulationChangeLegend } from '../../panels/population/PopulationChangeLegend.tsx';
import { TravelFieldLegend } from '../../panels/travel/TravelMapOverlay.tsx';
import { NARROW_QUERY } from '../../ui/useMediaQuery.ts';

/**
 * The map's one legend panel: the location colours, and a section for each other layer that is
 * drawn (marker size, travel field, the scenario's delta or minutes map, the catchment by
 * institution, white spots, the population change), nothing for a layer that is off — by the rule the exported image's
 * legend uses (legendStateOf). The scenario map's access/minutes switch sits with its sections.
 * It folds away; on a narrow screen it starts folded, since there the map has little room to give.
 */
export function MapLegend({ locations }: { locations: readonly Location[] }) {
  const t = useT();
  const state = useLegendState();
  const [open, setOpen] = useState(() => !window.matchMedia(NARROW_QUERY).matches);
  const on: Record<LegendSectionId, boolean> = {
    locations: true,
    size: state.sizedBy !== null,
    travel: state.travelLimit !== null,
    delta: state.delta !== null,
    catchment: state.catchment !== null,
    'travel-change': state.travelChange !== null,
    'white-spots': state.whiteSpots,
  };
  return (
    <details
      className="legend map-legend"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      data-testid="map-legend"
      data-sections={Object.keys(on)
        .filter((id) => on[id as LegendSectionId])
        .join(' ')}
    >
      <summary>
        <h2>{t.legendTitle}</h2>
      </summary>
      <div className="map-legend-body">
        <LocationLegend />
        {on.size && <SizeLegend />}
        {on.travel && <TravelFieldLegend />}
        <TravelChangeLegend />
        {on.delta && <DeltaLegend />}
        {on.catchment && <CatchmentLegend locations={locations} />}
        {on['white-spots'] && <WhiteSpotsLegend />}
        <PopulationChangeLegend />
        <JaarLabel />
      </div>
    </details>
  );
}
