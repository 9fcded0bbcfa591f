import { useMemo } from 'react';
import type { Location } from '../../data/geodata/index.ts';
import { UNKNOWN_INSTITUTION } from '../../engine/analysis/catchment.ts';
import { useImpactT } from '../../i18n/impact.ts';
import { useCatchmentEffectStore } from '../../state/catchment-effect.ts';
import { BeforeAfterFlip } from '../delta/BeforeAfterFlip.tsx';
import { LegendSection, Swatch } from '../LegendSection.tsx';
import { INSTITUTION_PALETTE, institutionColourIndex } from './catchment-colours.ts';
import { CHANGED_OUTLINE } from './catchment-layer.ts';

/**
 * The catchment map's section of the legend panel, while "Effect op anderen" colours the map:
 * the colours of the institutions the scenario moves young people between (they get the palette
 * first), a note that further institutions repeat the colours, the black outline of cells that
 * change institution, and the before/after switch.
 */
export function CatchmentLegend({ locations }: { locations: readonly Location[] }) {
  const t = useImpactT();
  const value = useCatchmentEffectStore((s) => s.value);
  const names = useMemo(() => new Map(locations.map((l) => [l.brin, l.instelling])), [locations]);
  const moved = useMemo(() => {
    if (!value) return [];
    const colourOf = institutionColourIndex(value);
    return value.change.institutions
      .filter((i) => i.gained > 0 || i.lost > 0)
      .slice(0, INSTITUTION_PALETTE.length)
      .map((i) => ({ brin: i.brin, colour: INSTITUTION_PALETTE[colourOf.get(i.brin) ?? 0] }));
  }, [value]);
  if (!value) return null;
  const nameOf = (brin: string) => (brin === UNKNOWN_INSTITUTION ? t.unknownInstitution : (names.get(brin) ?? brin));
  return (
    <LegendSection section="catchment" title={t.mapLegendTitle} className="delta-legend" testId="catchment-legend">
      <ul>
        {moved.map((m) => (
          <li key={m.brin}>
            <Swatch colour={m.colour} className="delta-swatch" />
            {nameOf(m.brin)}
          </li>
        ))}
        <li>{t.mapLegendOthers}</li>
        <li>
          <Swatch colour={CHANGED_OUTLINE} className="delta-swatch" outline />
          {t.mapLegendChanged}
        </li>
      </ul>
      <BeforeAfterFlip />
    </LegendSection>
  );
}
