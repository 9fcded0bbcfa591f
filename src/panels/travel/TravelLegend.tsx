import { useTravelT } from '../../i18n/travel.ts';
import { LegendSection, Swatch } from '../../map/LegendSection.tsx';
import { BEYOND_LIMIT_COLOUR, travelBands } from '../../map/travel/colour-scale.ts';
import { isModelledActive, useDatasetStore } from '../../state/dataset.ts';
import { ModelledLabel } from '../../ui/ModelledLabel.tsx';

interface Props {
  limit: number;
  /** Whether the map draws the isochrone line (it does once the outline worker has traced it). */
  outlineShown: boolean;
  /** The field was computed from the modelled offer: the legend must say so. */
  modelled: boolean;
}

/**
 * The field's section of the map's legend panel: one swatch per 15-minute band up to the limit,
 * the veil beyond it, the isochrone line, and the grey used while a new field is computed.
 */
export function TravelLegend({ limit, outlineShown, modelled }: Props) {
  const t = useTravelT();
  const bands = travelBands(limit);
  // The offer's own label follows the active offer; a field still drawn from a modelled offer
  // after the switch to an import (for the moment the new one computes) keeps its own note.
  const activeIsModelled = useDatasetStore(isModelledActive);
  return (
    <LegendSection section="travel" title={t.legendTitle} className="travel-legend" testId="travel-legend">
      {modelled &&
        (activeIsModelled ? (
          <ModelledLabel variant="inline" />
        ) : (
          <p className="travel-modelled" data-testid="modelled-label">
            {t.legendModelled}
          </p>
        ))}
      <ul>
        {bands.map((band) => (
          <li key={band.from} data-testid="travel-legend-band">
            <Swatch colour={band.colour} className="travel-swatch" />
            {t.legendBand(band.from, band.to)}
          </li>
        ))}
        <li>
          <Swatch colour={BEYOND_LIMIT_COLOUR} className="travel-swatch is-beyond" />
          {t.legendBeyond(limit)}
        </li>
        {outlineShown && (
          <li>
            <span className="travel-swatch is-line" aria-hidden />
            {t.legendOutline(limit)}
          </li>
        )}
        <li>
          <Swatch colour={bands[0].staleColour} className="travel-swatch" />
          {t.legendStale}
        </li>
      </ul>
      <p className="travel-hint">{t.legendModelInfo}</p>
    </LegendSection>
  );
}
