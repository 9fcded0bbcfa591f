import { useMemo } from 'react';
import { institutionsWithoutCategory, sameCategoryChanges } from '../../engine/metrics/identity.ts';
import type { Duplication } from '../../engine/metrics/index.ts';
import { useScenarioT } from '../../i18n/scenario.ts';
import { useDatasetStore } from '../../state/dataset.ts';
import { useScenarioMetricsStore } from '../../state/scenario-metrics.ts';
import { useIdentityCategory } from '../../state/useIdentityCategory.ts';
import { LazyDetails } from '../../ui/LazyDetails.tsx';
import { IdentityToggle } from '../indicators/IdentityToggle.tsx';
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

/**
 * The "onderscheidend" check: duplications the scenario adds or resolves, and all that remain;
 * with a category per institution linked and its toggle on, only between institutions of the
 * same category.
 */
export function DuplicationList({ names }: { names: Names }) {
  const t = useScenarioT();
  const result = useScenarioMetricsStore((s) => s.value?.evaluation ?? null);
  const stale = useScenarioMetricsStore((s) => s.stale);
  const offer = useDatasetStore((s) => s.activeOffer?.offer ?? null);
  const identity = useIdentityCategory();
  const lists = useMemo(() => {
    if (!result) return null;
    const all = {
      after: result.after.duplications,
      added: result.duplicationChanges.added,
      removed: result.duplicationChanges.removed,
    };
    if (!identity || !offer) return { ...all, missing: 0 };
    const brinOf = (v: string) => offer.place(v)?.brin ?? null;
    const everyone = [...all.after, ...all.removed];
    return {
      ...sameCategoryChanges(all.after, all, identity.categoryOf, brinOf),
      missing: institutionsWithoutCategory(everyone, identity.categoryOf).length,
    };
  }, [result, identity, offer]);
  if (!result || !lists) return null;
  return (
    <section
      className={`panel-section duplication${stale ? ' stale' : ''}`}
      aria-labelledby="scenario-dup-title"
      aria-busy={stale}
    >
      <h2 id="scenario-dup-title">{t.duplicationTitle}</h2>
      <p className="muted">{t.duplicationIntro}</p>
      <IdentityToggle missing={lists.missing} />
      <h3>{t.duplicationAdded}</h3>
      <DuplicationItems list={lists.added} names={names} />
      <h3>{t.duplicationRemoved}</h3>
      <DuplicationItems list={lists.removed} names={names} />
      <LazyDetails
        summary={
          <summary data-testid="duplication-all-count" data-count={lists.after.length}>
            {t.duplicationAll(lists.after.length)}
          </summary>
        }
      >
        <DuplicationItems list={lists.after} names={names} />
      </LazyDetails>
    </section>
  );
}
