import { useMemo, useState } from 'react';
import type { Gemeente, Location } from '../../data/geodata/index.ts';
import { useScenarioT } from '../../i18n/scenario.ts';
import { useActiveQualifications } from '../../state/dataset.ts';
import { currentHash } from '../../state/url/url-sync.ts';
import { CompareScenarios } from './CompareScenarios.tsx';
import { DuplicationList } from './DuplicationList.tsx';
import { namesFrom } from './describe.ts';
import { EditList } from './EditList.tsx';
import { EffectOnOthers } from './EffectOnOthers.tsx';
import { MetricsPanel } from './MetricsPanel.tsx';
import { RegionMetrics } from './RegionMetrics.tsx';
import { ScenarioFiles } from './ScenarioFiles.tsx';
import { ScenarioHeader } from './ScenarioHeader.tsx';
import { ScenarioNotices } from './ScenarioNotices.tsx';
import { TravelChangeFigures } from './TravelChangeFigures.tsx';
import { WhiteSpots } from './WhiteSpots.tsx';
import './scenario.css';

interface ScenarioPanelProps {
  locations: readonly Location[];
  gemeenten: readonly Gemeente[];
}

/** Copies a link that reproduces this screen: view and scenario (the URL is kept in step anyway). */
function CopyLinkButton() {
  const t = useScenarioT();
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      data-testid="scenario-copy-link"
      onClick={() => {
        const url = `${window.location.origin}${window.location.pathname}${window.location.search}${currentHash(window.location.hash)}`;
        void navigator.clipboard?.writeText(url).then(
          () => setCopied(true),
          () => setCopied(false),
        );
        window.history.replaceState(window.history.state, '', url);
      }}
    >
      {copied ? t.linkCopied : t.copyLink}
    </button>
  );
}

/**
 * The scenario panel: manage the edit list and the scenarios, and read the effect before /
 * after / difference, per region and side by side. Edits are made where the programme is: in
 * the location panel's programme list (LocationProgrammes).
 */
export function ScenarioPanel({ locations, gemeenten }: ScenarioPanelProps) {
  const t = useScenarioT();
  const qualifications = useActiveQualifications();
  const names = useMemo(() => namesFrom(locations, qualifications), [locations, qualifications]);
  return (
    <div className="scenario-panel" data-testid="scenario-panel">
      <div className="panel-heading">
        <h2>{t.title}</h2>
        <CopyLinkButton />
      </div>
      <p className="muted">{t.intro}</p>
      <ScenarioHeader />
      <ScenarioNotices />
      <p className="muted scenario-pick-hint">{t.pickLocationHint}</p>
      <EditList names={names} />
      <MetricsPanel qualifications={qualifications ?? []} />
      <TravelChangeFigures />
      <RegionMetrics gemeenten={gemeenten} />
      <EffectOnOthers locations={locations} />
      <WhiteSpots />
      <DuplicationList names={names} />
      <CompareScenarios />
      <ScenarioFiles names={names} />
    </div>
  );
}
