import { createContext, type ReactNode, useContext } from 'react';
import { useAanbodT } from '../i18n/aanbod.ts';
import { activeOfferFile, isModelledActive, useDatasetStore } from '../state/dataset.ts';
import './modelled-label.css';

export interface ModelledLabelProps {
  /** "banner": a bar over the map or a panel; "inline": a line inside a panel, legend or export. */
  variant?: 'banner' | 'inline';
  /** Also explain what is modelled and how to get the real offer. */
  showDetail?: boolean;
  /**
   * Shown even under the screen's persistent banner: for labels that leave the screen with what
   * they label (a report, a table that is copied or printed) or that explain rather than warn.
   */
  standalone?: boolean;
}

/**
 * Whether the screen already carries the persistent banner (ModelledBanner). Under it, the
 * labels of panels and legends stay away: the same warning five times on one screen is noise,
 * and one unmissable banner says it once for everything on the screen.
 */
const BannerShown = createContext(false);

/** Marks everything inside as covered by the persistent banner that the shell renders. */
export function ModelledBannerScope({ children }: { children: ReactNode }) {
  return <BannerShown.Provider value={true}>{children}</BannerShown.Provider>;
}

/**
 * "Modelaanbod — illustratief, geen echte DUO-gegevens": shown wherever offer data appears,
 * for as long as the modelled offer is active (also while nothing is loaded yet, so real data
 * is never claimed early). With an imported DUO file active it names that file instead only
 * in the banner variant, so users can see which data they are looking at. Inside a
 * ModelledBannerScope only `standalone` labels render.
 */
export function ModelledLabel({ variant = 'inline', showDetail = false, standalone = false }: ModelledLabelProps) {
  const t = useAanbodT();
  const modelled = useDatasetStore(isModelledActive);
  const file = useDatasetStore(activeOfferFile);
  const covered = useContext(BannerShown);
  if (covered && !standalone) return null;
  if (!modelled) {
    if (variant !== 'banner' || !file) return null;
    return (
      <p className="offer-source offer-source-banner" data-testid="imported-label">
        {t.importedLabel(file.provenance.source, file.provenance.date)}
      </p>
    );
  }
  return (
    <p className={`modelled-label modelled-label-${variant}`} role="note" data-testid="modelled-label">
      <strong>{t.modelledLabel}</strong>
      {showDetail && <span className="modelled-label-detail"> {t.modelledLabelDetail}</span>}
    </p>
  );
}

/**
 * The screen's one persistent label, a strip under the header in every mode: the modelled
 * label while the modelled offer is active, otherwise the imported file's name and date.
 */
export function ModelledBanner() {
  const t = useAanbodT();
  const modelled = useDatasetStore(isModelledActive);
  const file = useDatasetStore(activeOfferFile);
  if (!modelled && !file) return null;
  return (
    <div
      className={`offer-banner${modelled ? ' is-modelled' : ''}`}
      data-testid="offer-banner"
      data-modelled={modelled}
    >
      {modelled ? (
        <p role="note" data-testid="modelled-label">
          <strong>{t.modelledLabel}</strong>
        </p>
      ) : (
        file && <p data-testid="imported-label">{t.importedLabel(file.provenance.source, file.provenance.date)}</p>
      )}
    </div>
  );
}
