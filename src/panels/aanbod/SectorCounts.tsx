import './aanbod.css';
import type { Offer } from '../../engine/offer/offer.ts';
import { countPerDomain } from '../../engine/offer/sectors.ts';
import { useAanbodT } from '../../i18n/aanbod.ts';
import { ModelledLabel } from '../../ui/ModelledLabel.tsx';

export interface SectorCountsProps {
  offer: Offer;
  /** Count only these places (e.g. the locations the current filters show); all when omitted. */
  places?: ReadonlySet<string>;
}

/** The sector view: per opleidingsdomein, how many locations and institutions offer it. */
export function SectorCounts({ offer, places }: SectorCountsProps) {
  const t = useAanbodT();
  const counts = countPerDomain(offer, places);
  return (
    <section className="sector-counts" aria-labelledby="sector-counts-title">
      <h2 id="sector-counts-title">{t.sectorsTitle}</h2>
      <ModelledLabel />
      {counts.length === 0 ? (
        <p>{t.sectorsNone}</p>
      ) : (
        <table data-testid="sector-counts">
          <thead>
            <tr>
              <th scope="col">{t.sectorDomain}</th>
              <th scope="col">{t.sectorLocations}</th>
              <th scope="col">{t.sectorInstitutions}</th>
              <th scope="col">{t.sectorQualifications}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.domain}>
                <th scope="row">{c.domain}</th>
                <td>{c.locations}</td>
                <td>{c.institutions}</td>
                <td>{c.qualifications}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
