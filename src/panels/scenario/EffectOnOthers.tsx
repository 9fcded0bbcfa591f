import './effect-on-others.css';
import { useMemo } from 'react';
import type { Location } from '../../data/geodata/index.ts';
import { UNKNOWN_INSTITUTION } from '../../engine/analysis/catchment.ts';
import { wholeByKey } from '../../engine/analysis/whole-counts.ts';
import { useNumberFormats } from '../../i18n/format.ts';
import { useImpactT } from '../../i18n/impact.ts';
import { useResultErrorText } from '../../i18n/input-issue.ts';
import { INSTITUTION_PALETTE, institutionColourIndex } from '../../map/catchment/catchment-colours.ts';
import { useCatchmentEffectStore, useCatchmentMapStore } from '../../state/catchment-effect.ts';
import { ModelledLabel } from '../../ui/ModelledLabel.tsx';
import { ResultJaar } from '../jaar/ResultJaar.tsx';

/** At most this many flows are listed; the rest are small. */
const MAX_FLOWS = 15;

/**
 * "Effect op anderen": per institution the young people it serves before and after the active
 * scenario, gained and lost, the largest loss first; and a table of who takes from whom.
 * Whole people are rounded so that the columns add up to the coverage figures (wholeBeforeAfter).
 */
export function EffectOnOthers({ locations }: { locations: readonly Location[] }) {
  const t = useImpactT();
  const format = useNumberFormats().count;
  const effect = useCatchmentEffectStore();
  const { status, value, stale } = effect;
  const errorText = useResultErrorText(effect);
  const mapOn = useCatchmentMapStore((s) => s.on);
  const colourIndex = useMemo(() => (value ? institutionColourIndex(value) : null), [value]);
  const swatch = (brin: string) => {
    const colour = INSTITUTION_PALETTE[colourIndex?.get(brin) ?? 0];
    return (
      <span
        className="effect-swatch"
        style={{ background: `rgb(${colour[0]} ${colour[1]} ${colour[2]})` }}
        aria-hidden="true"
      />
    );
  };
  const institutionName = useMemo(() => {
    const names = new Map(locations.map((l) => [l.brin, l.instelling]));
    return (brin: string | null) =>
      brin === null
        ? t.outOfReach
        : brin === UNKNOWN_INSTITUTION
          ? t.unknownInstitution
          : `${names.get(brin) ?? brin} (${brin})`;
  }, [locations, t]);

  const rows = useMemo(() => {
    if (!value) return [];
    // The same whole numbers as the scenario CLI's "verzorgingsgebied".
    const whole = wholeByKey(value.before.byInstitution, value.after.byInstitution);
    return value.change.institutions
      .filter((i) => i.gained > 0 || i.lost > 0)
      .map((i) => ({ ...i, wholeBefore: whole.get(i.brin)?.before ?? 0, wholeAfter: whole.get(i.brin)?.after ?? 0 }));
  }, [value]);

  return (
    <section className="effect-on-others" data-testid="effect-on-others" aria-busy={status === 'computing' || stale}>
      <h3>{t.title}</h3>
      <p className="muted">{t.intro}</p>
      <label className="check">
        <input
          type="checkbox"
          data-testid="effect-map-toggle"
          checked={mapOn}
          onChange={(e) => useCatchmentMapStore.getState().setOn(e.target.checked)}
        />
        {t.mapToggle}
      </label>
      {mapOn && <p className="muted">{t.mapNote}</p>}
      {status === 'error' && <p role="alert">{t.failed(errorText)}</p>}
      {!value && status === 'computing' && <p className="muted">{t.computing}</p>}
      {value && <ResultJaar jaar={value.jaar} />}
      {value && value.edits === 0 && <p className="muted">{t.noEdits}</p>}
      {value && value.edits > 0 && rows.length === 0 && <p data-testid="effect-nobody">{t.nobodyMoves}</p>}
      {value && rows.length > 0 && (
        <div className={stale ? 'stale' : undefined}>
          <ModelledLabel />
          <table className="figures-table" data-testid="effect-institutions">
            <thead>
              <tr>
                <th scope="col">{t.colInstitution}</th>
                <th scope="col">{t.colBefore}</th>
                <th scope="col">{t.colAfter}</th>
                <th scope="col">{t.colGained}</th>
                <th scope="col">{t.colLost}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.brin} data-brin={r.brin}>
                  <th scope="row">
                    {mapOn && swatch(r.brin)}
                    {institutionName(r.brin)}
                  </th>
                  <td data-side="before">{format(r.wholeBefore)}</td>
                  <td data-side="after">{format(r.wholeAfter)}</td>
                  <td data-side="gained">{r.gained > 0 ? `+${format(r.gained)}` : '–'}</td>
                  <td data-side="lost">{r.lost > 0 ? `−${format(r.lost)}` : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h4>{t.flowsTitle}</h4>
          <table className="figures-table" data-testid="effect-flows">
            <thead>
              <tr>
                <th scope="col">{t.colFrom}</th>
                <th scope="col">{t.colTo}</th>
                <th scope="col">{t.colYouth}</th>
              </tr>
            </thead>
            <tbody>
              {value.change.flows.slice(0, MAX_FLOWS).map((f) => (
                <tr key={`${f.from}|${f.to}`} data-from={f.from ?? ''} data-to={f.to ?? ''}>
                  <td>{institutionName(f.from)}</td>
                  <td>{institutionName(f.to)}</td>
                  <td>{format(f.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{t.sumNote}</p>
        </div>
      )}
    </section>
  );
}
