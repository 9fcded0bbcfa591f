import type { TravelChange } from '../../engine/analysis/index.ts';
import { useNumberFormats } from '../../i18n/format.ts';
import { useTravelChangeT } from '../../i18n/travel-change.ts';
import { travelChangeCss } from '../../map/travel-change/travel-change-colours.ts';
import { activeScenario, useScenarioStore } from '../../state/scenario.ts';
import { useScenarioMetricsStore } from '../../state/scenario-metrics.ts';
import { ModelledLabel } from '../../ui/ModelledLabel.tsx';

const WIDTH = 300;
const HEIGHT = 90;
const AXIS = 16;

/** Young people per whole minute added, as bars (one per minute) in the map's "added" colour. */
function AddedHistogram({ change }: { change: TravelChange }) {
  const t = useTravelChangeT();
  const f = useNumberFormats();
  const bins = change.addedHistogram;
  let max = 0;
  for (const people of bins) max = Math.max(max, people);
  if (bins.length < 2 || max === 0) return null;
  const slot = WIDTH / (bins.length - 1);
  const span = bins.length - 1;
  // One bar per whole minute with anyone in it; the minute is the bar's identity.
  const bars: { minutes: number; people: number }[] = [];
  bins.forEach((people, minutes) => {
    if (minutes > 0 && people > 0) bars.push({ minutes, people });
  });
  return (
    <figure className="travel-change-histogram">
      <figcaption>{t.histogramTitle}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`}
        width="100%"
        role="img"
        aria-label={t.histogramTitle}
        data-testid="travel-change-histogram"
      >
        {bars.map(({ minutes, people }) => (
          <rect
            key={minutes}
            x={(minutes - 1) * slot + 0.5}
            width={Math.max(1, slot - 1)}
            y={HEIGHT - (HEIGHT * people) / max}
            height={(HEIGHT * people) / max}
            fill={travelChangeCss(minutes, span)}
            data-minutes={minutes}
            data-people={people}
          >
            <title>{t.histogramLabel(f.count(people), String(minutes), String(minutes))}</title>
          </rect>
        ))}
        <line x1={0} x2={WIDTH} y1={HEIGHT + 0.5} y2={HEIGHT + 0.5} stroke="currentColor" strokeWidth={1} />
        <text x={0} y={HEIGHT + AXIS - 3} fontSize={11}>
          1
        </text>
        <text x={WIDTH} y={HEIGHT + AXIS - 3} fontSize={11} textAnchor="end">
          {span} {t.histogramAxis}
        </text>
      </svg>
    </figure>
  );
}

/**
 * Minutes added and saved for the young people who keep access in the scenario: how many, on
 * average how much, the population-weighted mean change, and the histogram of added minutes.
 * Beside gained and lost access, which the figures table above already counts.
 */
export function TravelChangeFigures() {
  const t = useTravelChangeT();
  const f = useNumberFormats();
  const change = useScenarioMetricsStore((s) => s.value?.evaluation.travelChange ?? null);
  const stale = useScenarioMetricsStore((s) => s.stale);
  const hasEdits = useScenarioStore((s) => activeScenario(s).edits.length > 0);
  if (!change || !hasEdits) return null;
  const mean = (minutes: number, people: number) => (people > 0 ? minutes / people : 0);
  const addedMean = mean(change.addedPersonMinutes, change.addedPeople);
  const savedMean = mean(change.savedPersonMinutes, change.savedPeople);
  return (
    <section
      className={`panel-section travel-change${stale ? ' stale' : ''}`}
      aria-labelledby="travel-change-title"
      aria-busy={stale}
      data-testid="travel-change"
      data-added-people={change.addedPeople}
      data-added-mean={addedMean}
      data-saved-people={change.savedPeople}
      data-mean-change={change.meanChange}
    >
      <h2 id="travel-change-title">{t.figuresTitle}</h2>
      <ModelledLabel />
      {change.addedPeople === 0 && change.savedPeople === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <dl className="travel-change-figures">
          <dt>{t.added}</dt>
          <dd>
            {t.people(f.count(change.addedPeople))}, {t.meanMinutes(f.decimal(addedMean))}
          </dd>
          <dt>{t.saved}</dt>
          <dd>
            {t.people(f.count(change.savedPeople))}, {t.meanMinutes(f.decimal(savedMean))}
          </dd>
          <dt>{t.meanChange}</dt>
          <dd>{t.minutesSigned(f.signedDecimal(change.meanChange))}</dd>
        </dl>
      )}
      <AddedHistogram change={change} />
    </section>
  );
}
