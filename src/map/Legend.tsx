import type { ReactNode } from 'react';
import { useT } from '../i18n/index.ts';
import { rgbCss, SELECTED_OUTLINE, SOORT_COLORS, SOORT_ORDER } from './colors.ts';

/** Explains the location colours (foldable, to free the map); `children` adds further legends. */
export function Legend({ children }: { children?: ReactNode }) {
  const t = useT();
  return (
    <details className="legend" open>
      <summary>
        <h2>{t.legendTitle}</h2>
      </summary>
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
    </details>
  );
}
