import './institution-profile.css';
import { useEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { Location } from '../../data/geodata/index.ts';
import { institutionOverlaps } from '../../engine/analysis/institution-overlap.ts';
import { wholeByKey } from '../../engine/analysis/whole-counts.ts';
import type { Niveau } from '../../engine/offer/index.ts';
import { useAanbodT } from '../../i18n/aanbod.ts';
import { useNumberFormats } from '../../i18n/format.ts';
import { useInstitutionT } from '../../i18n/institution.ts';
import { useDatasetStore } from '../../state/dataset.ts';
import { useInstitutionProfileStore, useNiveauCatchmentsStore } from '../../state/institution-profile.ts';
import { ModelledLabel } from '../../ui/ModelledLabel.tsx';

/** While the view is open, printing shows only it (see institution-profile.css). */
const OPEN_CLASS = 'institution-profile-open';
const NIVEAUS: Niveau[] = [1, 2, 3, 4];

/** Opens the institution view of a location's institution (placed in the location panel). */
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
 * niveau in the active offer, and where it offers the same programme as another institution in
 * one gemeente. Rendered over the app and outside its root, so it prints on its own.
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
  const overlaps = useMemo(() => {
    if (!offer) return [];
    const byId = new Map(locations.map((l) => [l.brinvest, l]));
    return institutionOverlaps(offer.rows, brin, (id) => byId.get(id));
  }, [offer, locations, brin]);

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
      return <td colSpan={2}>{catchments.status === 'error' ? t.failed(catchments.error ?? '') : t.computing}</td>;
    const count = entry.byInstitution.get(brin) ?? 0;
    // Whole people as the scenario CLI prints them (its "verzorgingsgebied" with no edits).
    const whole = wholeByKey(entry.byInstitution, entry.byInstitution).get(brin)?.before ?? 0;
    return (
      <>
        <td className="number" data-side="catchment">
          {format(whole)}
        </td>
        <td className="number">{entry.covered > 0 ? `${((100 * count) / entry.covered).toFixed(1)} %` : '–'}</td>
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
        <table data-testid="institution-niveaus" aria-busy={catchments.status === 'computing'}>
          <thead>
            <tr>
              <th scope="col">{t.colNiveau}</th>
              <th scope="col">{t.colProgrammes}</th>
              <th scope="col">{t.colCatchment}</th>
              <th scope="col">{t.colShare}</th>
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
                <tr key={o.brin}>
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
