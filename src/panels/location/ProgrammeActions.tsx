import { useMemo, useState, type ComponentType } from 'react';
import type { Location } from '../../data/geodata/index.ts';
import { useLocations } from '../../data/queries/useGeodata.ts';
import type { Niveau } from '../../engine/offer/types.ts';
import type { ProgrammeActionMessages } from '../../i18n/programme-actions.ts';
import { useProgrammeActionT } from '../../i18n/programme-actions.ts';
import { commitProgrammeEdit } from '../../state/programme-edit.ts';

/**
 * The actions each programme of a location carries, as data: the list renders one button per
 * entry that applies. A new action (e.g. "als één aanbieder" or "beste plek") is one more entry
 * in PROGRAMME_ACTIONS: either `run` (acts at once) or `Form` (opens under the programme).
 */

/** Where a programme stands at this location in the active scenario. */
export type ProgrammeStatus = 'offered' | 'stopped' | 'started';

export interface ProgrammeTarget {
  crebo: string;
  naam: string;
  niveau: Niveau;
  /** brinvest of the location (or a PC4 pseudo-location id). */
  vestiging: string;
  status: ProgrammeStatus;
}

export interface ProgrammeFormProps {
  target: ProgrammeTarget;
  /** Closes the form (after a successful edit or a cancel). */
  onDone(): void;
}

export interface ProgrammeAction {
  id: string;
  /** data-testid of its button, "programme-<id>". */
  testId: string;
  /** The visible text of the button. */
  label(t: ProgrammeActionMessages): string;
  /** The accessible name: it starts with the visible text (WCAG 2.5.3) and names the programme. */
  ariaLabel(t: ProgrammeActionMessages, target: ProgrammeTarget): string;
  applies(target: ProgrammeTarget): boolean;
  run?(target: ProgrammeTarget): void;
  Form?: ComponentType<ProgrammeFormProps>;
}

/** How many receiving locations the uitruil list offers: the nearest ones of other institutions. */
const UITRUIL_CHOICES = 40;

function distanceKm(a: Location, b: Location): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  return 6371 * Math.hypot(dLat, dLon);
}

/** Uitruil: the programme moves to a location of another institution, nearest first. */
function UitruilForm({ target, onDone }: ProgrammeFormProps) {
  const t = useProgrammeActionT();
  const locations = useLocations().data;
  const [naar, setNaar] = useState('');
  const choices = useMemo(() => {
    const from = locations?.find((l) => l.brinvest === target.vestiging);
    if (!locations || !from) return [];
    return locations
      .filter((l) => l.brin !== from.brin)
      .map((l) => ({ location: l, km: distanceKm(from, l) }))
      .sort((a, b) => a.km - b.km)
      .slice(0, UITRUIL_CHOICES);
  }, [locations, target.vestiging]);
  const id = `uitruil-${target.vestiging}-${target.crebo}`;
  return (
    <div className="programme-form" data-testid="programme-uitruil-form">
      <label htmlFor={id}>{t.uitruilTarget}</label>
      <select id={id} value={naar} onChange={(e) => setNaar(e.target.value)}>
        <option value="">{t.uitruilChoose}</option>
        {choices.map(({ location: l, km }) => (
          <option key={l.brinvest} value={l.brinvest}>
            {l.naam}, {l.plaats} — {l.instelling} ({Math.round(km)} km)
          </option>
        ))}
      </select>
      <div className="button-row">
        <button
          type="button"
          disabled={!naar}
          data-testid="programme-uitruil-confirm"
          onClick={() => {
            if (commitProgrammeEdit({ op: 'uitruil', crebo: target.crebo, van: target.vestiging, naar }, target.niveau))
              onDone();
          }}
        >
          {t.uitruilConfirm}
        </button>
        <button type="button" onClick={onDone}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}

export const PROGRAMME_ACTIONS: readonly ProgrammeAction[] = [
  {
    id: 'stop',
    testId: 'programme-stop',
    label: (t) => t.stop,
    ariaLabel: (t, p) => t.stopLabel(p.naam, p.crebo),
    applies: (p) => p.status === 'offered',
    run: (p) => {
      commitProgrammeEdit({ op: 'stop', crebo: p.crebo, vestiging: p.vestiging }, p.niveau);
    },
  },
  {
    id: 'uitruil',
    testId: 'programme-uitruil',
    label: (t) => t.uitruil,
    ariaLabel: (t, p) => t.uitruilLabel(p.naam, p.crebo),
    applies: (p) => p.status === 'offered',
    Form: UitruilForm,
  },
];
