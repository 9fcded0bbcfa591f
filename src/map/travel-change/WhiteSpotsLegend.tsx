import { useTravelChangeT } from '../../i18n/travel-change.ts';
import { whiteSpotColour } from './white-spots-layer.ts';

import '../delta/delta.css';
import { LegendSection, Swatch } from '../LegendSection.tsx';

// The darkest shade (a cell out of reach with the most young people); lighter means fewer.
const DARKEST = whiteSpotColour(0, 1, 1);

/** The white-spot layer's section of the legend panel; the panel mounts it while that layer is drawn. */
export function WhiteSpotsLegend() {
  const t = useTravelChangeT();
  return (
    <LegendSection section="white-spots" title={t.whiteSpotsTitle} className="delta-legend" testId="white-spots-legend">
      <p>
        <Swatch colour={DARKEST} className="delta-swatch" />
        {t.whiteSpotsLegend}
      </p>
    </LegendSection>
  );
}
