import type { ReactNode } from 'react';
import { useT } from '../i18n/index.ts';
import { rgbCss, SELECTED_OUTLINE, SOORT_COLORS, SOORT_ORDER } from './colors.ts';

/** Explains the location colours; `children` adds legends of further layers. */
export function Legend({ children }: { children?: ReactNode }) {
  const t = useT();
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t.legendTitle}</h2>
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
      {children}
    </section>
  );
}
