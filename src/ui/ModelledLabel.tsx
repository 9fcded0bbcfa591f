import { useAanbodT } from '../i18n/aanbod.ts';
import { activeOfferFile, isModelledActive, useDatasetStore } from '../state/dataset.ts';
import './modelled-label.css';

export interface ModelledLabelProps {
  /** "banner": a bar over the map or a panel; "inline": a line inside a panel, legend or export. */
  variant?: 'banner' | 'inline';
  /** Also explain what is modelled and how to get the real offer. */
  showDetail?: boolean;
}

/**
 * "Modelaanbod — illustratief, geen echte DUO-gegevens": shown wherever offer data appears,
 * for as long as the modelled offer is active (also while nothing is loaded yet, so real data
 * is never claimed early). With an imported DUO file active it names that file instead only
 * in the banner variant, so users can see which data they are looking at.
 */
export function ModelledLabel({ variant = 'inline', showDetail = false }: ModelledLabelProps) {
  const t = useAanbodT();
  const modelled = useDatasetStore(isModelledActive);
  const file = useDatasetStore(activeOfferFile);
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
