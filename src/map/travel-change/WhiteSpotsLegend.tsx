import { useTravelChangeT } from '../../i18n/travel-change.ts';
import { whiteSpotColour } from './white-spots-layer.ts';

// The darkest shade (a cell out of reach with the most young people); lighter means fewer.
const [R, G, B, A] = whiteSpotColour(0, 1, 1);

import '../delta/delta.css';

/** The white-spot layer's section of the legend panel; the panel mounts it while that layer is drawn. */
export function WhiteSpotsLegend() {
  const t = useTravelChangeT();
  return (
    <section
      className="legend-section delta-legend"
      data-legend-section="white-spots"
      aria-labelledby="white-spots-legend-title"
      data-testid="white-spots-legend"
    >
      <h3 id="white-spots-legend-title">{t.whiteSpotsTitle}</h3>
      <p>
        <span
          className="delta-swatch"
          style={{ background: `rgb(${R} ${G} ${B} / ${(A / 255).toFixed(2)})` }}
          aria-hidden="true"
        />
        {t.whiteSpotsLegend}
      </p>
    </section>
  );
}
