import './institution-profile.css';
import { useEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { Location } from '../../data/geodata/index.ts';
import { institutionOverlaps } from '../../engine/analysis/institution-overlap.ts';
import { prijsfactorShares } from '../../engine/analysis/prijsfactor-shares.ts';
import { wholeByKey } from '../../engine/analysis/whole-counts.ts';
import { sameCategoryOverlaps } from '../../engine/metrics/identity.ts';
import type { Niveau } from '../../engine/offer/index.ts';
import { DEFAULT_JAAR, JAREN } from '../../engine/population/years.ts';
import { useAanbodT } from '../../i18n/aanbod.ts';
import { useNumberFormats } from '../../i18n/format.ts';
import { useInstitutionT } from '../../i18n/institution.ts';
import { useJaarT } from '../../i18n/jaar.ts';
import { useDatasetStore } from '../../state/dataset.ts';
import { useInstitutionProfileStore, useNiveauCatchmentsStore } from '../../state/institution-profile.ts';
import { useInstitutionSoleReachStore } from '../../state/institution-sole-reach.ts';
import { useJaarStore } from '../../state/jaar.ts';
import { useIdentityCategory } from '../../state/useIdentityCategory.ts';
import { ModelledLabel } from '../../ui/ModelledLabel.tsx';
import { IdentityToggle } from '../indicators/IdentityToggle.tsx';

/** While the view is open, printing shows only it (see institution-profile.css). */
const OPEN_CLASS = 'institution-profile-open';
const NIVEAUS: Niveau[] = [1, 2, 3, 4];

/** Opens the institution view (placed in the location panel and next to the institution filter). */
export function InstitutionProfileButton({ brin }: { brin: string }) {
  const t = useInstitutionT();
  return (
    <button
      type="button"
      data-testid="institution-profile-open"
      onClick={() => useInstitutionProfileStore.getState().open(brin)}
    >
      {t.open}
    </button>
  );
}

/**
 * The institution view (Instellingsprofiel): its locations and programmes, its catchment per
 * niveau in the active offer, the spread of its programmes over the prijsfactoren, where it is
 * the only provider within reach (the early warning's sole reach), and where it offers the same
 * programme as another institution in one gemeente. Rendered over the app and outside its
 * root, so it prints on its own.
 */
export function InstitutionProfile({ locations }: { locations: readonly Location[] }) {
  const brin = useInstitutionProfileStore((s) => s.brin);
  if (brin === null) return null;
  return <ProfileView brin={brin} locations={locations} />;
}

function ProfileView({ brin, locations }: { brin: string; locations: readonly Location[] }) {
  const t = useInstitutionT();
  const ta = useAanbodT();
  const format = useNumberFormats().count;
  const close = useInstitutionProfileStore((s) => s.close);
  const offer = useDatasetStore((s) => s.activeOffer?.offer ?? null);
  const catchments = useNiveauCatchmentsStore();
  const jaar = useJaarStore((s) => s.jaar);
  const jaarT = useJaarT();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const own = useMemo(() => locations.filter((l) => l.brin === brin), [locations, brin]);
  const names = useMemo(() => {
    const institutions = new Map(locations.map((l) => [l.brin, l.instelling]));
    const gemeenten = new Map(locations.map((l) => [l.gemeente, l.gemeenteNaam]));
    return { institution: (b: string) => institutions.get(b) ?? b, gemeente: (g: string) => gemeenten.get(g) ?? g };
  }, [locations]);
  const programmes = useMemo(() => {
    // Pseudo-locations of an imported offer carry their BRIN too, so they count as the institution's.
    const rows = offer ? offer.rows.filter((r) => offer.place(r.vestiging)?.brin === brin) : [];
    const perNiveau = new Map(NIVEAUS.map((n) => [n, new Set(rows.filter((r) => r.niveau === n).map((r) => r.crebo))]));
    const perVestiging = new Map<string, Set<string>>();
    for (const r of rows) perVestiging.set(r.vestiging, (perVestiging.get(r.vestiging) ?? new Set()).add(r.crebo));
    return { perNiveau, perVestiging };
  }, [offer, brin]);
  const prijsfactoren = useMemo(
    () =>
      offer
        ? prijsfactorShares(
            [...programmes.perNiveau.values()].flatMap((set) => [...set]),
            (crebo) => offer.qualification(crebo),
          )
        : null,
    [offer, programmes],
  );
  const identity = useIdentityCategory();
  const allOverlaps = useMemo(() => {
    if (!offer) return [];
    const byId = new Map(locations.map((l) => [l.brinvest, l]));
    return institutionOverlaps(offer.rows, brin, (id) => byId.get(id));
  }, [offer, locations, brin]);
  const overlaps = identity ? sameCategoryOverlaps(allOverlaps, brin, identity.categoryOf) : allOverlaps;
  const withoutCategory = identity
    ? [brin, ...allOverlaps.map((o) => o.brin)].filter((b) => identity.categoryOf(b) === undefined).length
    : 0;

  useEffect(() => {
    document.documentElement.classList.add(OPEN_CLASS);
    headingRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      document.documentElement.classList.remove(OPEN_CLASS);
      window.removeEventListener('keydown', onKey);
    };
  }, [close]);

  const catchmentCells = (niveau: Niveau) => {
    const entry = catchments.value?.find((c) => c.niveau === niveau);
    if (!entry)
      return (
        <td colSpan={JAREN.length + 1}>
          {catchments.status === 'error' ? t.failed(catchments.error ?? '') : t.computing}
        </td>
      );
    const shown = entry.byYear[jaar];
    const count = shown.byInstitution.get(brin) ?? 0;
    return (
      <>
        {JAREN.map((year) => {
          const { byInstitution } = entry.byYear[year];
          // Whole people as the scenario CLI prints them (its "verzorgingsgebied" with no edits, --jaar year).
          const whole = wholeByKey(byInstitution, byInstitution).get(brin)?.before ?? 0;
          return (
            <td key={year} className="number" data-side={year === DEFAULT_JAAR ? 'catchment' : `catchment-${year}`}>
              {format(whole)}
            </td>
          );
        })}
        <td className="number">{shown.covered > 0 ? `${((100 * count) / shown.covered).toFixed(1)} %` : '–'}</td>
      </>
    );
  };

  return createPortal(
    <div
      className="institution-profile"
      role="dialog"
      aria-modal="true"
      aria-labelledby="institution-profile-title"
      data-testid="institution-profile"
    >
      <div className="institution-profile-actions">
        <button type="button" onClick={() => window.print()}>
          {t.print}
        </button>
        <button type="button" onClick={close} data-testid="institution-profile-close">
          {t.close}
        </button>
      </div>
      <article className="institution-profile-page">
        <h2 id="institution-profile-title" tabIndex={-1} ref={headingRef}>
          {t.title(names.institution(brin), brin)}
        </h2>
        {/* The profile prints on its own: it carries the label with it. */}
        <ModelledLabel standalone />

        <h3>{t.niveauTitle}</h3>
        <p>{t.niveauIntro}</p>
        <p className="jaar-label">{jaarT.label}</p>
        <table data-testid="institution-niveaus" aria-busy={catchments.status === 'computing'}>
          <thead>
            <tr>
              <th scope="col">{t.colNiveau}</th>
              <th scope="col">{t.colProgrammes}</th>
              {JAREN.map((year) => (
                <th key={year} scope="col">
                  {t.colCatchment(year)}
                </th>
              ))}
              <th scope="col">{t.colShare(jaar)}</th>
            </tr>
          </thead>
          <tbody>
            {NIVEAUS.map((n) => (
              <tr key={n} data-niveau={n}>
                <th scope="row">{ta.niveauNames[n]}</th>
                <td className="number">{programmes.perNiveau.get(n)?.size ?? 0}</td>
                {catchmentCells(n)}
              </tr>
            ))}
          </tbody>
        </table>

        {prijsfactoren && <PrijsfactorSection shares={prijsfactoren} />}

        <SoleReachSection brin={brin} locations={locations} />

        <h3>{t.locationsTitle(own.length)}</h3>
        <table data-testid="institution-locations">
          <thead>
            <tr>
              <th scope="col">{t.colLocation}</th>
              <th scope="col">{t.colPlace}</th>
              <th scope="col">{t.colGemeente}</th>
              <th scope="col">{t.colProgrammes}</th>
            </tr>
          </thead>
          <tbody>
            {own.map((l) => (
              <tr key={l.brinvest}>
                <td>
                  {l.naam} ({l.brinvest})
                </td>
                <td>{l.plaats}</td>
                <td>{l.gemeenteNaam ?? '–'}</td>
                <td className="number">{programmes.perVestiging.get(l.brinvest)?.size ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <h3>{t.overlapTitle}</h3>
        <p>{t.overlapIntro}</p>
        <IdentityToggle missing={withoutCategory} />
        {overlaps.length === 0 ? (
          <p>{t.overlapNone}</p>
        ) : (
          <table data-testid="institution-overlaps">
            <thead>
              <tr>
                <th scope="col">{t.colInstitution}</th>
                <th scope="col">{t.colShared}</th>
                <th scope="col">{t.colWhere}</th>
              </tr>
            </thead>
            <tbody>
              {overlaps.map((o) => (
                <tr key={o.brin} data-brin={o.brin}>
                  <td>
                    {names.institution(o.brin)} ({o.brin})
                  </td>
                  <td className="number">{o.crebos.length}</td>
                  <td>{o.gemeenten.map(names.gemeente).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="muted">{t.source}</p>
      </article>
    </div>,
    document.body,
  );
}

function PrijsfactorSection({ shares }: { shares: ReturnType<typeof prijsfactorShares> }) {
  const t = useInstitutionT();
  const format = useNumberFormats();
  return (
    <>
      <h3>{t.prijsfactorTitle}</h3>
      <p>{t.prijsfactorIntro}</p>
      <table data-testid="institution-prijsfactor">
        <thead>
          <tr>
            <th scope="col">{t.colPrijsfactor}</th>
            <th scope="col">{t.colProgrammes}</th>
            <th scope="col">{t.colShareOfProgrammes}</th>
          </tr>
        </thead>
        <tbody>
          {shares.known.map((k) => (
            <tr key={k.prijsfactor} data-prijsfactor={k.prijsfactor.toFixed(2)}>
              <th scope="row">{format.decimal(k.prijsfactor)}</th>
              <td className="number">{format.count(k.count)}</td>
              <td className="number">{format.share(k.share)}</td>
            </tr>
          ))}
          <tr data-prijsfactor="onbekend">
            <th scope="row">{t.prijsfactorUnknown}</th>
            <td className="number">{format.count(shares.unknown)}</td>
            <td className="number">{shares.total > 0 ? format.share(shares.unknown / shares.total) : '–'}</td>
          </tr>
        </tbody>
      </table>
      <p data-testid="institution-prijsfactor-unknown">{t.prijsfactorUnknownNote(shares.unknown, shares.total)}</p>
    </>
  );
}

/** Where the institution is the only provider within reach: its programme-locations with sole reach, largest first. */
function SoleReachSection({ brin, locations }: { brin: string; locations: readonly Location[] }) {
  const t = useInstitutionT();
  const ta = useAanbodT();
  const format = useNumberFormats().count;
  const result = useInstitutionSoleReachStore();
  const offer = useDatasetStore((s) => s.activeOffer?.offer ?? null);
  const byId = useMemo(() => new Map(locations.map((l) => [l.brinvest, l])), [locations]);
  const value = result.value?.brin === brin ? result.value : null;
  const sole = useMemo(
    () =>
      (value?.locations ?? [])
        .filter((l) => l.sole > 0)
        .sort((a, b) => b.sole - a.sole || a.crebo.localeCompare(b.crebo) || a.vestiging.localeCompare(b.vestiging)),
    [value],
  );
  const busy = result.status === 'computing' || value === null || value.done < value.total;
  return (
    <>
      <h3>{t.soleTitle}</h3>
      <p>{t.soleIntro}</p>
      {result.status === 'error' ? (
        <p role="alert">{t.failed(result.error ?? '')}</p>
      ) : value === null ? (
        <p>{t.computing}</p>
      ) : (
        <>
          <p data-testid="institution-sole-summary" data-done={value.done} data-total={value.total} aria-live="polite">
            {busy ? `${t.computing} (${value.done}/${value.total}) ` : ''}
            {t.soleSummary(sole.length, value.locations.length)}
          </p>
          {sole.length > 0 && (
            <table data-testid="institution-sole" aria-busy={busy}>
              <thead>
                <tr>
                  <th scope="col">{t.colProgramme}</th>
                  <th scope="col">{t.colNiveau}</th>
                  <th scope="col">{t.colLocation}</th>
                  <th scope="col">{t.colSole}</th>
                  <th scope="col">{t.colSoleKrimp}</th>
                </tr>
              </thead>
              <tbody>
                {sole.map((l) => {
                  const place = byId.get(l.vestiging);
                  return (
                    <tr
                      key={`${l.crebo}|${l.vestiging}`}
                      data-crebo={l.crebo}
                      data-vestiging={l.vestiging}
                      data-niveau={l.niveau}
                    >
                      <td>
                        {l.crebo} {offer?.qualification(l.crebo)?.naam ?? ''}
                      </td>
                      <td>{ta.niveauNames[l.niveau]}</td>
                      <td>{place ? `${place.naam}, ${place.plaats}` : l.vestiging}</td>
                      <td className="number" data-side="sole">
                        {format(l.sole)}
                      </td>
                      <td className="number">{format(l.soleKrimp)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      )}
    </>
  );
}
