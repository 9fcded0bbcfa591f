import './travel.css';
import { useTravelStore } from '../../state/travel.ts';
import { useTravelFieldStore } from '../../state/travel-field.ts';
import { useTravelOutlineStore } from '../../state/travel-outline.ts';
import { TravelCellInfo } from './TravelCellInfo.tsx';
import { TravelLegend } from './TravelLegend.tsx';

/**
 * What the travel view puts on the map itself: the clicked cell's card above the legend, in the
 * map's bottom-right corner (it positions itself: mount it inside the map area). Nothing while
 * no field is shown.
 */
export function TravelMapOverlay() {
  const field = useTravelFieldStore((s) => s.value);
  const fieldVersion = useTravelFieldStore((s) => s.version);
  const stale = useTravelFieldStore((s) => s.stale);
  const limits = useTravelStore((s) => s.limits);
  const outline = useTravelOutlineStore((s) => s.value);
  if (!field) return null;
  const limit = limits[field.niveau];
  const outlineShown = !stale && outline !== null && outline.fieldVersion === fieldVersion && outline.limit === limit;
  return (
    <div className="travel-map-overlay">
      <TravelCellInfo />
      <div className="legend travel-legend-box">
        <TravelLegend limit={limit} outlineShown={outlineShown} modelled={field.modelled} />
      </div>
    </div>
  );
}
