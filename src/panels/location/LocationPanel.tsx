import type { ReactNode } from 'react';
import type { Institution, Location } from '../../data/geodata/index.ts';
import { useT } from '../../i18n/index.ts';

interface LocationPanelProps {
  location: Location;
  institution: Institution | null;
  onClose(): void;
  /** Further sections about the location, e.g. its programmes. */
  children?: ReactNode;
}

/** Everything known about one location: address, institution and the regions it lies in. */
export function LocationPanel({ location, institution, onClose, children }: LocationPanelProps) {
  const t = useT();
  const region = (name: string | null, code: string | null) =>
    name
      ? code && code !== name
        ? `${name} (${code})`
        : name
      : location.gemeente === null
        ? t.outsideGemeente
        : t.unknown;

  return (
    <section
      className="panel-section location-panel"
      aria-labelledby="location-panel-title"
      data-testid="location-panel"
    >
      <div className="panel-heading">
        <div>
          <p className="eyebrow">{t.locationPanelTitle}</p>
          <h2 id="location-panel-title">{location.naam || location.plaats}</h2>
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t.close} title={t.close}>
          ×
        </button>
      </div>
      <dl className="facts">
        <dt>{t.fieldAddress}</dt>
        <dd>
          {location.adres}
          <br />
          {formatPostcode(location.postcode)} {location.plaats}
        </dd>
        <dt>{t.fieldInstitution}</dt>
        <dd>
          {institution?.naam ?? location.instelling}
          {institution?.afkorting ? ` (${institution.afkorting})` : ''}
        </dd>
        <dt>{t.fieldBrinvest}</dt>
        <dd>{location.brinvest}</dd>
        <dt>{t.fieldMainLocation}</dt>
        <dd>{location.hoofdlocatie ? t.yes : t.no}</dd>
        <dt>{t.fieldGemeente}</dt>
        <dd>{region(location.gemeenteNaam, location.gemeente)}</dd>
        <dt>{t.fieldAmr}</dt>
        <dd>{region(location.amrNaam, location.amr)}</dd>
        <dt>{t.fieldRmc}</dt>
        <dd>{region(location.rmcNaam, location.rmc)}</dd>
        <dt>{t.fieldProvincie}</dt>
        <dd>{region(location.provincie, null)}</dd>
        <dt>{t.fieldKrimp}</dt>
        <dd>
          {location.krimp ? (
            <>
              {location.krimp.regio} — {t.krimpType[location.krimp.type]}
              <span className="fact-note">{t.krimpConfidence(location.krimp.confidence)}</span>
            </>
          ) : (
            t.krimpNone
          )}
        </dd>
      </dl>
      {!location.onLand && <p className="warning">{t.offLand}</p>}
      {children}
    </section>
  );
}

/** "3071AL" → "3071 AL", the way Dutch addresses are written. */
function formatPostcode(postcode: string): string {
  return /^\d{4}[A-Z]{2}$/.test(postcode) ? `${postcode.slice(0, 4)} ${postcode.slice(4)}` : postcode;
}
