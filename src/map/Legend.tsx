import { useT } from '../i18n/index.ts';
import { rgbCss, SELECTED_OUTLINE, SOORT_COLORS, SOORT_ORDER } from './colors.ts';
import { LegendSection } from './LegendSection.tsx';

/** The location colours: one section of the map's legend panel, always there. */
export function LocationLegend() {
  const t = useT();
  return (
    <LegendSection section="locations" title={t.legendLocations}>
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
    </LegendSection>
  );
}
