import { useT } from '../i18n/index.ts';
import { rgbCss, SELECTED_OUTLINE, SOORT_COLORS, SOORT_ORDER } from './colors.ts';

/** The location colours: one section of the map's legend panel, always there. */
export function LocationLegend() {
  const t = useT();
  return (
    <section className="legend-section" data-legend-section="locations" aria-labelledby="legend-locations-title">
      <h3 id="legend-locations-title">{t.legendLocations}</h3>
      <ul>
        {SOORT_ORDER.map((soort) => (
          <li key={soort}>
            <span className="legend-dot" style={{ background: rgbCss(SOORT_COLORS[soort]) }} aria-hidden="true" />
            {t.soort[soort]}
          </li>
        ))}
        <li>
          <span
            className="legend-dot legend-dot-selected"
            style={{ borderColor: rgbCss(SELECTED_OUTLINE) }}
            aria-hidden="true"
          />
          {t.legendSelected}
        </li>
      </ul>
    </section>
  );
}
