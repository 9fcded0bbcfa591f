import './placement.css';
import { useEffect, useRef } from 'react';
import type { Institution, Location, Qualification } from '../../data/geodata/index.ts';
import { usePlacementT } from '../../i18n/placement.ts';
import { usePlacementStore } from '../../state/placement.ts';
import { activeScenario, useScenarioStore } from '../../state/scenario.ts';
import { ModelledLabel } from '../../ui/ModelledLabel.tsx';
import { BestPlaceView } from './BestPlaceView.tsx';
import { OneProviderView } from './OneProviderView.tsx';

/** The open placement question (asked from a programme in the location panel, the sector table or the early-warning table). */
export function PlacementPanel({
  locations,
  institutions,
  qualifications,
}: {
  locations: readonly Location[];
  institutions: readonly Institution[];
  qualifications: readonly Qualification[];
}) {
  const t = usePlacementT();
  const question = usePlacementStore((s) => s.question);
  const ask = usePlacementStore((s) => s.ask);
  const scenarioName = useScenarioStore((s) => activeScenario(s).name);
  const hasEdits = useScenarioStore((s) => activeScenario(s).edits.length > 0);
  const section = useRef<HTMLElement>(null);
  const kind = question?.kind;
  const crebo = question?.crebo;
  // A question asked from deep in a list: bring its answer into view, again for every new
  // question (another crebo), which is why crebo is a dependency the effect does not read.
  // biome-ignore lint/correctness/useExhaustiveDependencies: crebo re-triggers the scroll on purpose
  useEffect(() => {
    if (kind) section.current?.scrollIntoView({ block: 'start' });
  }, [kind, crebo]);
  if (!question) return null;
  const naam = qualifications.find((q) => q.crebo === question.crebo)?.naam ?? question.crebo;
  const title =
    question.kind === 'beste-plek' ? t.bestPlaceFor(naam, question.crebo) : t.oneProviderFor(naam, question.crebo);
  return (
    <section
      ref={section}
      className="panel-section placement-panel"
      aria-labelledby="placement-title"
      data-testid="placement-panel"
      data-kind={question.kind}
    >
      <div className="placement-head">
        <h2 id="placement-title">{title}</h2>
        <button type="button" className="link-button" onClick={() => ask(null)}>
          {t.close}
        </button>
      </div>
      <ModelledLabel />
      {hasEdits && <p className="muted">{t.scenarioNote(scenarioName)}</p>}
      {question.kind === 'beste-plek' ? (
        <BestPlaceView crebo={question.crebo} brin={question.brin} locations={locations} institutions={institutions} />
      ) : (
        <OneProviderView crebo={question.crebo} k={question.k} locations={locations} />
      )}
    </section>
  );
}
