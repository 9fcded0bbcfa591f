import './programme-actions.css';
import { type ComponentType, useMemo, useState } from 'react';
import type { Location } from '../../data/geodata/index.ts';
import { useLocations } from '../../data/queries/useGeodata.ts';
import type { Niveau } from '../../engine/offer/types.ts';
import { type ProgrammeActionMessages, useProgrammeActionT } from '../../i18n/programme-actions.ts';
import { useDatasetStore } from '../../state/dataset.ts';
import { usePlacementStore } from '../../state/placement.ts';
import { commitProgrammeEdit } from '../../state/programme-edit.ts';
import { isReadOnly, useWeergaveStore } from '../../state/weergave.ts';

/**
 * The actions a programme carries, as data: one button per entry that applies, rendered by
 * ProgrammeActionButtons wherever a programme is listed (the location panel, the early-warning
 * and sector tables). A new action is one more entry in PROGRAMME_ACTIONS: either `run` (acts at
 * once) or `Form` (opens under the programme, only where the list has room for one).
 */

/** Where a programme stands at this location in the active scenario. */
export type ProgrammeStatus = 'offered' | 'stopped' | 'started';

export interface ProgrammeTarget {
  crebo: string;
  naam: string;
  niveau: Niveau | null;
  /** brinvest of the location (or a PC4 pseudo-location id); null where the crebo is listed without one. */
  vestiging: string | null;
  status: ProgrammeStatus;
}

/** A programme at one location: what the scenario edits act on. */
export type ProgrammeAtLocation = ProgrammeTarget & { vestiging: string; niveau: Niveau };

/**
 * `edit`: changes the scenario (only where it can be edited: the edit view, the active offer);
 * `question`: asks about the crebo's offer as a whole (anywhere but the read-only public view).
 */
export type ProgrammeActionKind = 'edit' | 'question';

/** The kind sets a view allows, as constants: memoised rows compare them by identity. */
export const ACTION_KINDS = {
  all: new Set<ProgrammeActionKind>(['edit', 'question']) as ReadonlySet<ProgrammeActionKind>,
  questions: new Set<ProgrammeActionKind>(['question']) as ReadonlySet<ProgrammeActionKind>,
  none: new Set<ProgrammeActionKind>() as ReadonlySet<ProgrammeActionKind>,
};

export interface ProgrammeFormProps {
  target: ProgrammeAtLocation;
  /** Closes the form (after a successful edit or a cancel). */
  onDone(): void;
}

export interface ProgrammeAction {
  id: string;
  kind: ProgrammeActionKind;
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

function atLocation(p: ProgrammeTarget): p is ProgrammeAtLocation {
  return p.vestiging !== null && p.niveau !== null;
}

export const PROGRAMME_ACTIONS: readonly ProgrammeAction[] = [
  {
    id: 'stop',
    kind: 'edit',
    testId: 'programme-stop',
    label: (t) => t.stop,
    ariaLabel: (t, p) => t.stopLabel(p.naam, p.crebo),
    applies: (p) => atLocation(p) && p.status === 'offered',
    run: (p) => {
      if (atLocation(p)) commitProgrammeEdit({ op: 'stop', crebo: p.crebo, vestiging: p.vestiging }, p.niveau);
    },
  },
  {
    id: 'uitruil',
    kind: 'edit',
    testId: 'programme-uitruil',
    label: (t) => t.uitruil,
    ariaLabel: (t, p) => t.uitruilLabel(p.naam, p.crebo),
    applies: (p) => atLocation(p) && p.status === 'offered',
    Form: UitruilForm,
  },
  {
    id: 'beste-plek',
    kind: 'question',
    testId: 'programme-beste-plek',
    label: (t) => t.bestPlace,
    ariaLabel: (t, p) => t.bestPlaceLabel(p.naam, p.crebo),
    applies: () => true,
    run: (p) => usePlacementStore.getState().ask({ kind: 'beste-plek', crebo: p.crebo, brin: null }),
  },
  {
    id: 'een-aanbieder',
    kind: 'question',
    testId: 'programme-een-aanbieder',
    label: (t) => t.oneProvider,
    ariaLabel: (t, p) => t.oneProviderLabel(p.naam, p.crebo),
    applies: () => true,
    run: (p) => usePlacementStore.getState().ask({ kind: 'een-aanbieder', crebo: p.crebo, k: null }),
  },
];

/** The actions that apply to a programme, given which kinds this place in the app allows. */
export function actionsFor(target: ProgrammeTarget, kinds: ReadonlySet<ProgrammeActionKind>): ProgrammeAction[] {
  return PROGRAMME_ACTIONS.filter((a) => kinds.has(a.kind) && a.applies(target));
}

export interface ProgrammeActionButtonsProps {
  target: ProgrammeTarget;
  actions: readonly ProgrammeAction[];
  /** The id of the action whose form is open, or null. */
  open?: string | null;
  /** Opens or closes an action's form; without it, actions with a form are left out. */
  onToggle?(actionId: string): void;
}

/** One button per action: native buttons, so each is in the tab order and works with Enter and Space. */
export function ProgrammeActionButtons({ target, actions, open = null, onToggle }: ProgrammeActionButtonsProps) {
  const t = useProgrammeActionT();
  const shown = actions.filter((a) => a.run || (a.Form && onToggle));
  if (shown.length === 0) return null;
  return (
    <span className="programme-actions">
      {shown.map((action) => (
        <button
          key={action.id}
          type="button"
          className="programme-action"
          data-testid={action.testId}
          data-crebo={target.crebo}
          aria-label={action.ariaLabel(t, target)}
          aria-expanded={action.Form ? open === action.id : undefined}
          onClick={() => (action.run ? action.run(target) : onToggle?.(action.id))}
        >
          {action.label(t)}
        </button>
      ))}
    </span>
  );
}

/** Where only the crebo is known (a table row): the questions about it, named after the qualification. */
export function CreboQuestions({ crebo }: { crebo: string }) {
  const readOnly = useWeergaveStore(isReadOnly);
  const naam = useDatasetStore((s) => s.activeOffer?.offer.qualification(crebo)?.naam ?? crebo);
  if (readOnly) return null;
  const target: ProgrammeTarget = { crebo, naam, niveau: null, vestiging: null, status: 'offered' };
  return <ProgrammeActionButtons target={target} actions={actionsFor(target, ACTION_KINDS.questions)} />;
}
