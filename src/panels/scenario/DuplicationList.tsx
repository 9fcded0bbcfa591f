import type { Duplication } from '../../engine/metrics/index.ts';
import { useScenarioT } from '../../i18n/scenario.ts';
import { useScenarioMetricsStore } from '../../state/scenario-metrics.ts';
import type { Names } from './describe.ts';

function DuplicationItems({ list, names }: { list: readonly Duplication[]; names: Names }) {
  const t = useScenarioT();
  if (list.length === 0) return <p className="muted">{t.duplicationNone}</p>;
  return (
    <ul className="duplication-list">
      {list.map((d) => (
        <li key={`${d.kind}:${d.crebo}:${d.vestigingen.join(',')}`}>
          <strong>
            {d.crebo} {names.qualification(d.crebo)}
          </strong>{' '}
          <span className="muted">
            ({t.duplicationKind[d.kind]}
            {d.minutes !== null ? `, ${t.duplicationMinutes(d.minutes)}` : ''})
          </span>
          <ul>
            {d.vestigingen.map((v) => (
              <li key={v}>{names.location(v)}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** The "onderscheidend" check: duplications the scenario adds or resolves, and all that remain. */
export function DuplicationList({ names }: { names: Names }) {
  const t = useScenarioT();
  const result = useScenarioMetricsStore((s) => s.value?.evaluation ?? null);
  const stale = useScenarioMetricsStore((s) => s.stale);
  if (!result) return null;
  return (
    <section className={`panel-section duplication${stale ? ' stale' : ''}`} aria-labelledby="scenario-dup-title" aria-busy={stale}>
      <h2 id="scenario-dup-title">{t.duplicationTitle}</h2>
      <p className="muted">{t.duplicationIntro}</p>
      <h3>{t.duplicationAdded}</h3>
      <DuplicationItems list={result.duplicationChanges.added} names={names} />
      <h3>{t.duplicationRemoved}</h3>
      <DuplicationItems list={result.duplicationChanges.removed} names={names} />
      <details>
        <summary>{t.duplicationAll(result.after.duplications.length)}</summary>
        <DuplicationItems list={result.after.duplications} names={names} />
      </details>
    </section>
  );
}
