import { useTravelT } from '../../i18n/travel.ts';
import { BEYOND_LIMIT_COLOUR, type Rgba, travelBands } from '../../map/travel/colour-scale.ts';
import { isModelledActive, useDatasetStore } from '../../state/dataset.ts';
import { ModelledLabel } from '../../ui/ModelledLabel.tsx';

const css = ([r, g, b, a]: Rgba) => `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(2)})`;

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
    <section
      className="legend-section travel-legend"
      data-legend-section="travel"
      aria-labelledby="travel-legend-title"
      data-testid="travel-legend"
    >
      <h3 id="travel-legend-title">{t.legendTitle}</h3>
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
            <span className="travel-swatch" style={{ background: css(band.colour) }} aria-hidden />
            {t.legendBand(band.from, band.to)}
          </li>
        ))}
        <li>
          <span className="travel-swatch is-beyond" style={{ background: css(BEYOND_LIMIT_COLOUR) }} aria-hidden />
          {t.legendBeyond(limit)}
        </li>
        {outlineShown && (
          <li>
            <span className="travel-swatch is-line" aria-hidden />
            {t.legendOutline(limit)}
          </li>
        )}
        <li>
          <span className="travel-swatch" style={{ background: css(bands[0].staleColour) }} aria-hidden />
          {t.legendStale}
        </li>
      </ul>
      <p className="travel-hint">{t.legendModelInfo}</p>
    </section>
  );
}
