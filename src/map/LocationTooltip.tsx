import type { Location } from '../data/geodata/index.ts';
import { useT } from '../i18n/index.ts';

export interface HoveredLocation {
  location: Location;
  /** Pointer position in pixels relative to the map container. */
  x: number;
  y: number;
}

/** Name and institution of the location under the pointer. */
export function LocationTooltip({ hovered }: { hovered: HoveredLocation }) {
  const t = useT();
  const { location, x, y } = hovered;
  return (
    <div className="map-tooltip" role="tooltip" style={{ left: x + 14, top: y + 14 }}>
      <strong>{location.naam || location.plaats}</strong>
      <span>{location.instelling}</span>
      <span className="map-tooltip-meta">
        {location.plaats}
        {location.hoofdlocatie ? ` · ${t.tooltipMain}` : ''}
      </span>
    </div>
  );
}
