import './aanbod.css';
import type { Offer } from '../../engine/offer/offer.ts';
import { useAanbodT, type AanbodMessages } from '../../i18n/aanbod.ts';
import { ModelledLabel } from '../../ui/ModelledLabel.tsx';
import { programmesAt, type ProgrammeLine } from './programmes.ts';

export interface LocationProgrammesProps {
  offer: Offer;
  /** brinvest of the location (or a PC4 pseudo-location id). */
  vestiging: string;
}

/** The programmes of one location, grouped by niveau, for the location detail panel. */
export function LocationProgrammes({ offer, vestiging }: LocationProgrammesProps) {
  const t = useAanbodT();
  const lines = programmesAt(offer, vestiging);
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
                <li key={line.crebo}>
                  <span className="programme-name">{line.naam ?? t.unknownQualification}</span>{' '}
                  <span className="programme-meta">
                    {line.crebo} · {leerwegText(line, t)} · {line.domain}
                  </span>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function leerwegText(line: ProgrammeLine, t: AanbodMessages): string {
  if (line.leerwegen.length === 0) return t.leerwegUnknown;
  return line.leerwegen.length === 2 ? t.leerwegBoth : line.leerwegen[0];
}
