import './aanbod.css';
import { memo, useCallback, useMemo, useState } from 'react';
import type { ProgrammeDetail } from '../../data/aanbod/catalogue.ts';
import type { Offer } from '../../engine/offer/offer.ts';
import { type Edit, touchedCrebos, vestigingenAfter } from '../../engine/scenario/index.ts';
import { type AanbodMessages, useAanbodT } from '../../i18n/aanbod.ts';
import { useProgrammeActionT } from '../../i18n/programme-actions.ts';
import { type ActiveOffer, activeOfferFile, useDatasetStore } from '../../state/dataset.ts';
import { activeScenario, useScenarioStore } from '../../state/scenario.ts';
import { isReadOnly, useWeergaveStore } from '../../state/weergave.ts';
import { ModelledLabel } from '../../ui/ModelledLabel.tsx';
import { ProgrammeFigures } from '../indicators/ProgrammeFigures.tsx';
import {
  ACTION_KINDS,
  actionsFor,
  ProgrammeActionButtons,
  type ProgrammeActionKind,
  type ProgrammeAtLocation,
  type ProgrammeStatus,
} from '../location/ProgrammeActions.tsx';
import { StartProgrammeHere } from '../location/StartProgrammeHere.tsx';
import { type ProgrammeLine, programmesAt } from './programmes.ts';

export interface LocationProgrammesProps {
  offer: Offer;
  /** brinvest of the location (or a PC4 pseudo-location id). */
  vestiging: string;
}

/** From this many programmes on, the list is grouped by domain, folded, with a filter box. */
const LONG_LIST = 12;

/**
 * The programmes of one location, by niveau and domain, for the location detail panel. In the
 * editing views each programme carries its own scenario actions (PROGRAMME_ACTIONS) and "start
 * a programme here" heads the list; the public view shows the list without any of them.
 */
export function LocationProgrammes({ offer, vestiging }: LocationProgrammesProps) {
  const t = useAanbodT();
  const at = useProgrammeActionT();
  const lines = useMemo(() => programmesAt(offer, vestiging), [offer, vestiging]);
  const allDetails = useDatasetStore((s) => activeOfferFile(s)?.catalogue?.details);
  const details = useMemo(
    () =>
      new Map<string, ProgrammeDetail>(
        (allDetails ?? []).filter((d) => d.vestiging === vestiging).map((d) => [d.crebo, d]),
      ),
    [allDetails, vestiging],
  );
  const approximate = offer.place(vestiging)?.approximate ?? false;
  const readOnly = useWeergaveStore(isReadOnly);
  const sector = useWeergaveStore((s) => s.weergave === 'sector');
  const active = useDatasetStore((s) => s.activeOffer);
  const edits = useScenarioStore((s) => activeScenario(s).edits);
  // Edits only change the active offer's scenario (the list may briefly show another offer), and
  // not from the sector view; the questions are asked anywhere but the read-only public view.
  const editsOn = !readOnly && !sector && active !== null && active.offer === offer;
  const kinds = readOnly ? ACTION_KINDS.none : editsOn ? ACTION_KINDS.all : ACTION_KINDS.questions;
  const { status, started } = useMemo(
    () => scenarioStatus(editsOn ? active : null, edits, vestiging, lines),
    [editsOn, active, edits, vestiging, lines],
  );
  const [filter, setFilter] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const toggle = useCallback((key: string) => setOpen((o) => (o === key ? null : key)), []);
  const long = lines.length >= LONG_LIST;
  const query = filter.trim().toLowerCase();
  const shown = query
    ? lines.filter(
        (l) =>
          l.crebo.includes(query) ||
          (l.naam ?? '').toLowerCase().includes(query) ||
          l.domain.toLowerCase().includes(query),
      )
    : lines;
  const niveaus = [...new Set(shown.map((l) => l.niveau))];
  const filterId = `programmes-filter-${vestiging}`;

  const rows = (group: readonly ProgrammeLine[]) => (
    <ul>
      {group.map((line) => (
        <ProgrammeRow
          key={line.crebo}
          line={line}
          offer={offer}
          vestiging={vestiging}
          detail={details.get(line.crebo)}
          status={status.get(line.crebo) ?? 'offered'}
          kinds={kinds}
          open={open?.startsWith(`${line.crebo}:`) ? open.slice(line.crebo.length + 1) : null}
          onToggle={toggle}
        />
      ))}
    </ul>
  );

  return (
    <section className="location-programmes" aria-labelledby={`programmes-${vestiging}`}>
      <h3 id={`programmes-${vestiging}`}>
        {t.programmesTitle} <span className="count">({t.programmesCount(lines.length)})</span>
      </h3>
      <ModelledLabel />
      {approximate && <p className="approximate-note">{t.approximateLocation}</p>}
      {editsOn && <StartProgrammeHere offer={offer} vestiging={vestiging} />}
      {started.length > 0 && (
        <div className="programmes-niveau" data-testid="programmes-started">
          <h4>{at.startedTitle}</h4>
          {rows(started)}
        </div>
      )}
      {lines.length === 0 && <p>{t.programmesNone}</p>}
      {long && (
        <div className="field programmes-filter">
          <label htmlFor={filterId}>{at.filterLabel}</label>
          <input
            id={filterId}
            type="search"
            data-testid="programmes-filter"
            placeholder={at.filterPlaceholder}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </div>
      )}
      {long && shown.length === 0 && <p className="muted">{at.filterNone}</p>}
      {niveaus.map((niveau) => {
        const ofNiveau = shown.filter((l) => l.niveau === niveau);
        return (
          <div key={niveau} className="programmes-niveau" data-testid={`programmes-niveau-${niveau}`}>
            <h4>{t.niveauNames[niveau]}</h4>
            {long
              ? [...new Set(ofNiveau.map((l) => l.domain))]
                  .sort((a, b) => a.localeCompare(b, 'nl'))
                  .map((domain) => {
                    const group = ofNiveau.filter((l) => l.domain === domain);
                    return (
                      // Re-mounted when filtering starts or stops: folded for browsing, open for a filter's hits.
                      <details key={`${domain}:${query !== ''}`} className="programmes-domain" open={query !== ''}>
                        <summary>
                          {domain} <span className="count">({at.groupCount(group.length)})</span>
                        </summary>
                        {rows(group)}
                      </details>
                    );
                  })
              : rows(ofNiveau)}
          </div>
        );
      })}
    </section>
  );
}

interface ProgrammeRowProps {
  line: ProgrammeLine;
  offer: Offer;
  vestiging: string;
  /** The institution's own name and web page for it, when the DUO file gives them. */
  detail: ProgrammeDetail | undefined;
  status: ProgrammeStatus;
  /** Which kinds of action this view allows: one of the module's constant sets, so memo holds. */
  kinds: ReadonlySet<ProgrammeActionKind>;
  /** The id of the action whose form is open on this row, or null. */
  open: string | null;
  onToggle(key: string): void;
}

/**
 * One programme and its actions. Memoised on plain props, so an edit re-renders only the rows
 * whose status changed, not a list of a hundred programmes.
 */
const ProgrammeRow = memo(function ProgrammeRow({
  line,
  offer,
  vestiging,
  detail,
  status,
  kinds,
  open,
  onToggle,
}: ProgrammeRowProps) {
  const t = useAanbodT();
  const at = useProgrammeActionT();
  const target: ProgrammeAtLocation = {
    crebo: line.crebo,
    naam: line.naam ?? line.crebo,
    niveau: line.niveau,
    vestiging,
    status,
  };
  const actions = actionsFor(target, kinds);
  const Form = actions.find((a) => a.id === open)?.Form;
  const toggleAction = (actionId: string) => onToggle(`${line.crebo}:${actionId}`);
  return (
    <li className={`programme programme-${status}`} data-crebo={line.crebo} data-status={status}>
      <div className="programme-line">
        <span>
          <span className="programme-name">{line.naam ?? t.unknownQualification}</span>{' '}
          <span className="programme-meta">
            {line.crebo} · {leerwegText(line, t)} · {line.domain}
            {line.fromFile && <span className="from-file"> · {t.fromDuoFile}</span>}
          </span>
          {status !== 'offered' && (
            <span className={`programme-status programme-status-${status}`}>
              {' '}
              {status === 'stopped' ? at.stoppedHere : at.startedHere}
            </span>
          )}
        </span>
        <ProgrammeActionButtons target={target} actions={actions} open={open} onToggle={toggleAction} />
      </div>
      <ProgrammeOwnName detail={detail} naam={line.naam} />
      <ProgrammeFigures offer={offer} crebo={line.crebo} vestiging={vestiging} />
      {Form && open && <Form target={target} onDone={() => toggleAction(open)} />}
    </li>
  );
});

/**
 * Which of the location's programmes the active scenario stops here, and which it starts here
 * (as lines of their own). Only the crebos the edits name are looked at.
 */
function scenarioStatus(
  active: ActiveOffer | null,
  edits: readonly Edit[],
  vestiging: string,
  lines: readonly ProgrammeLine[],
): { status: Map<string, ProgrammeStatus>; started: ProgrammeLine[] } {
  const status = new Map<string, ProgrammeStatus>();
  const started: ProgrammeLine[] = [];
  if (!active || edits.length === 0) return { status, started };
  const offeredHere = new Set(lines.map((l) => l.crebo));
  for (const crebo of touchedCrebos(edits)) {
    const q = active.offer.qualification(crebo);
    const niveau = q?.niveau ?? active.offer.byCrebo(crebo)[0]?.niveau ?? null;
    if (niveau === null) continue;
    const after = vestigingenAfter(active.offer, edits, active.catalogue, niveau, crebo);
    if ('error' in after) continue;
    const here = after.vestigingen.includes(vestiging);
    if (offeredHere.has(crebo) && !here) status.set(crebo, 'stopped');
    if (!offeredHere.has(crebo) && here) {
      status.set(crebo, 'started');
      started.push({
        crebo,
        naam: q?.naam ?? null,
        niveau,
        domain: active.offer.domainOfCrebo(crebo),
        leerwegen: [],
        fromFile: q?.bron === 'duo-bestand',
      });
    }
  }
  return { status, started };
}

/** The institution's own name for the programme and a link to its page, when the DUO file gives them. */
function ProgrammeOwnName({ detail, naam }: { detail: ProgrammeDetail | undefined; naam: string | null }) {
  const t = useAanbodT();
  if (!detail) return null;
  const ownName = detail.eigennaam && detail.eigennaam !== naam ? detail.eigennaam : null;
  if (!ownName && !detail.website) return null;
  return (
    <span className="programme-own">
      {ownName && <span className="programme-own-name">{ownName}</span>}
      {detail.website && (
        // website is an http(s) URL: checked on import and again when the stored file is read.
        <a href={detail.website} target="_blank" rel="noopener noreferrer" data-testid="programme-website">
          {t.programmeWebsite}
        </a>
      )}
    </span>
  );
}

function leerwegText(line: ProgrammeLine, t: AanbodMessages): string {
  if (line.leerwegen.length === 0) return t.leerwegUnknown;
  return line.leerwegen.length === 2 ? t.leerwegBoth : line.leerwegen[0];
}
