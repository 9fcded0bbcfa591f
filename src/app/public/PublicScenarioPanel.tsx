import { useMemo } from 'react';
import type { Gemeente, Location } from '../../data/geodata/index.ts';
import { usePublicT } from '../../i18n/public.ts';
import { DuplicationList } from '../../panels/scenario/DuplicationList.tsx';
import { namesFrom } from '../../panels/scenario/describe.ts';
import { EditList } from '../../panels/scenario/EditList.tsx';
import { MetricsPanel } from '../../panels/scenario/MetricsPanel.tsx';
import { RegionMetrics } from '../../panels/scenario/RegionMetrics.tsx';
import { ScenarioNotices } from '../../panels/scenario/ScenarioNotices.tsx';
import '../../panels/scenario/scenario.css';
import { useActiveQualifications } from '../../state/dataset.ts';
import { activeScenario, useScenarioStore } from '../../state/scenario.ts';
import './public.css';

interface Props {
  locations: readonly Location[];
  gemeenten: readonly Gemeente[];
}

/**
 * The scenario in the public view: the shared scenario's name, its edits in plain Dutch and its
 * before/after figures, with no control that changes it. Where the line is drawn: choices that
 * only change what is looked at (niveau, qualification, focus, region layer, before/after) stay;
 * anything that changes the data (edits, undo, scenarios, the offer import) is not rendered.
 */
export function PublicScenarioPanel({ locations, gemeenten }: Props) {
  const t = usePublicT();
  const scenario = useScenarioStore(activeScenario);
  const qualifications = useActiveQualifications();
  const names = useMemo(() => namesFrom(locations, qualifications), [locations, qualifications]);
  const shared = scenario.edits.length > 0;
  return (
    <div className="scenario-panel public-scenario" data-testid="public-scenario">
      <h2>{t.sharedTitle}</h2>
      {shared ? (
        <>
          <p className="public-scenario-name" data-testid="public-scenario-name">
            {scenario.name}
          </p>
          <p className="muted">{t.sharedExplanation}</p>
          <ScenarioNotices />
          <EditList names={names} readOnly />
          <MetricsPanel qualifications={qualifications ?? []} />
          <RegionMetrics gemeenten={gemeenten} />
          <DuplicationList names={names} />
        </>
      ) : (
        <p className="muted">{t.sharedNone}</p>
      )}
    </div>
  );
}
