import './travel.css';
import { useTravelStore } from '../../state/travel.ts';
import { TravelCellInfo } from './TravelCellInfo.tsx';
import { TravelLegend } from './TravelLegend.tsx';

/**
 * What the travel view puts on the map itself: the clicked cell's card above the legend, in the
 * map's bottom-right corner (it positions itself: mount it inside the map area). Nothing while
 * no field is shown.
 */
export function TravelMapOverlay() {
  const field = useTravelStore((s) => s.field);
  const limits = useTravelStore((s) => s.limits);
  const outline = useTravelStore((s) => s.outline);
  const status = useTravelStore((s) => s.status);
  if (!field) return null;
  const limit = limits[field.niveau];
  const outlineShown = status !== 'stale' && outline !== null && outline.fieldVersion === field.version && outline.limit === limit;
  return (
    <div className="travel-map-overlay">
      <TravelCellInfo />
      <div className="legend travel-legend-box">
        <TravelLegend limit={limit} outlineShown={outlineShown} modelled={field.modelled} />
      </div>
    </div>
  );
}
