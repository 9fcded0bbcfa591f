import './aanbod.css';
import { useMemo } from 'react';
import type { ProgrammeDetail } from '../../data/aanbod/catalogue.ts';
import type { ReactNode } from 'react';
import type { Offer } from '../../engine/offer/offer.ts';
import { useAanbodT, type AanbodMessages } from '../../i18n/aanbod.ts';
import { activeOfferFile, useDatasetStore } from '../../state/dataset.ts';
import { ModelledLabel } from '../../ui/ModelledLabel.tsx';
import { ProgrammeFigures } from '../indicators/ProgrammeFigures.tsx';
import { programmesAt, type ProgrammeLine } from './programmes.ts';

export interface LocationProgrammesProps {
  offer: Offer;
  /** brinvest of the location (or a PC4 pseudo-location id). */
  vestiging: string;
  /** What can be done with a programme (e.g. the placement questions), shown after it. */
  actions?: (crebo: string) => ReactNode;
}

/** The programmes of one location, grouped by niveau, for the location detail panel. */
export function LocationProgrammes({ offer, vestiging, actions }: LocationProgrammesProps) {
  const t = useAanbodT();
  const lines = programmesAt(offer, vestiging);
  const allDetails = useDatasetStore((s) => activeOfferFile(s)?.catalogue?.details);
  const details = useMemo(
    () =>
      new Map<string, ProgrammeDetail>(
        (allDetails ?? []).filter((d) => d.vestiging === vestiging).map((d) => [d.crebo, d]),
      ),
    [allDetails, vestiging],
  );
  const approximate = offer.place(vestiging)?.approximate ?? false;
  const niveaus = [...new Set(lines.map((l) => l.niveau))];
  return (
    <section className="location-programmes" aria-labelledby={`programmes-${vestiging}`}>
      <h3 id={`programmes-${vestiging}`}>
        {t.programmesTitle} <span className="count">({t.programmesCount(lines.length)})</span>
      </h3>
      <ModelledLabel />
      {approximate && <p className="approximate-note">{t.approximateLocation}</p>}
      {lines.length === 0 && <p>{t.programmesNone}</p>}
      {niveaus.map((niveau) => (
        <div key={niveau} className="programmes-niveau">
          <h4>{t.niveauNames[niveau]}</h4>
          <ul data-testid={`programmes-niveau-${niveau}`}>
            {lines
              .filter((l) => l.niveau === niveau)
              .map((line) => (
                <li key={line.crebo} data-crebo={line.crebo}>
                  <span className="programme-name">{line.naam ?? t.unknownQualification}</span>{' '}
                  <span className="programme-meta">
                    {line.crebo} · {leerwegText(line, t)} · {line.domain}
                    {line.fromFile && <span className="from-file"> · {t.fromDuoFile}</span>}
                  </span>
                  <ProgrammeOwnName detail={details.get(line.crebo)} naam={line.naam} />
                  <ProgrammeFigures offer={offer} crebo={line.crebo} vestiging={vestiging} />
                  {actions?.(line.crebo)}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
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
