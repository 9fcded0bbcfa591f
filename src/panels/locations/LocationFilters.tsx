import { useId, useMemo } from 'react';
import type { Gemeente, Institution, Location } from '../../data/geodata/index.ts';
import { useT } from '../../i18n/index.ts';
import { regionOptions } from '../../state/selectors/region-options.ts';
import { FILTER_REGION_LAYERS, type FilterRegionLayer, useViewStore } from '../../state/view.ts';
import { InstitutionProfileButton } from '../institution/InstitutionProfile.tsx';

interface LocationFiltersProps {
  institutions: readonly Institution[];
  locations: readonly Location[];
  gemeenten: readonly Gemeente[];
}

const collator = new Intl.Collator('nl-NL');

/** Filters of the location list and the map: institution, region type and region. */
export function LocationFilters({ institutions, locations, gemeenten }: LocationFiltersProps) {
  const t = useT();
  const id = useId();
  const filters = useViewStore((s) => s.filters);
  const setInstitution = useViewStore((s) => s.setInstitution);
  const setRegionLayer = useViewStore((s) => s.setRegionLayer);
  const setRegion = useViewStore((s) => s.setRegion);
  const clearFilters = useViewStore((s) => s.clearFilters);

  // Only institutions that have a location on the map can be chosen.
  const institutionOptions = useMemo(() => {
    const withLocations = new Set(locations.map((l) => l.brin));
    return institutions.filter((i) => withLocations.has(i.brin)).sort((a, b) => collator.compare(a.naam, b.naam));
  }, [institutions, locations]);
  const regions = useMemo(() => regionOptions(gemeenten, filters.regionLayer), [gemeenten, filters.regionLayer]);
  const active = filters.institution !== null || filters.region !== null;

  return (
    <div className="filters">
      <div className="field">
        <label htmlFor={`${id}-inst`}>{t.filterInstitution}</label>
        <select
          id={`${id}-inst`}
          value={filters.institution ?? ''}
          onChange={(event) => setInstitution(event.target.value || null)}
        >
          <option value="">{t.filterAllInstitutions}</option>
          {filters.institution !== null && !institutionOptions.some((i) => i.brin === filters.institution) && (
            <option value={filters.institution}>{t.filterUnknown(filters.institution)}</option>
          )}
          {institutionOptions.map((i) => (
            <option key={i.brin} value={i.brin}>
              {i.naam}
            </option>
          ))}
        </select>
        {filters.institution !== null && institutionOptions.some((i) => i.brin === filters.institution) && (
          <InstitutionProfileButton brin={filters.institution} />
        )}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-layer`}>{t.filterRegionLayer}</label>
          <select
            id={`${id}-layer`}
            value={filters.regionLayer}
            onChange={(event) => setRegionLayer(event.target.value as FilterRegionLayer)}
          >
            {FILTER_REGION_LAYERS.map((layer) => (
              <option key={layer} value={layer}>
                {t.regionLayers[layer]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-region`}>{t.filterRegion}</label>
          <select
            id={`${id}-region`}
            value={filters.region ?? ''}
            onChange={(event) => setRegion(event.target.value || null)}
          >
            <option value="">{t.filterAllRegions}</option>
            {filters.region !== null && !regions.some((r) => r.key === filters.region) && (
              <option value={filters.region}>{t.filterUnknown(filters.region)}</option>
            )}
            {regions.map((r) => (
              <option key={r.key} value={r.key}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {active && (
        <button type="button" className="link-button" onClick={clearFilters}>
          {t.filterClear}
        </button>
      )}
    </div>
  );
}
