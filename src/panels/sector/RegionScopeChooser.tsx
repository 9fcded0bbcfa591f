import { useId, useMemo } from 'react';
import type { RegionLayer } from '../../engine/metrics/regions.ts';
import { useSectorT } from '../../i18n/sector.ts';
import { SECTOR_LAYERS, type SectorLayerId } from '../../state/sector.ts';

interface RegionScopeChooserProps {
  layer: RegionLayer;
  region: string | null;
  onLayer(layer: SectorLayerId): void;
  onRegion(region: string | null): void;
}

/** Region layer and, optionally, one region of it: the figures of the table are for that scope. */
export function RegionScopeChooser({ layer, region, onLayer, onRegion }: RegionScopeChooserProps) {
  const t = useSectorT();
  const layerId = useId();
  const regionId = useId();
  const options = useMemo(
    () =>
      layer.codes.map((code, i) => ({ code, name: layer.names[i] })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [layer],
  );
  return (
    <div className="sector-scope">
      <div className="sector-field">
        <label htmlFor={layerId}>{t.layer}</label>
        <select
          id={layerId}
          data-testid="sector-layer"
          value={layer.id}
          onChange={(e) => onLayer(e.target.value as SectorLayerId)}
        >
          {SECTOR_LAYERS.map((id) => (
            <option key={id} value={id}>
              {t.layers[id]}
            </option>
          ))}
        </select>
      </div>
      <div className="sector-field">
        <label htmlFor={regionId}>{t.region}</label>
        <select
          id={regionId}
          data-testid="sector-region"
          value={region ?? ''}
          onChange={(e) => onRegion(e.target.value || null)}
        >
          <option value="">{t.allOfNl}</option>
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
