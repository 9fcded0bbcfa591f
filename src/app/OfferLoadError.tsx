import { GeodataError } from '../data/geodata/index.ts';
import { useT } from '../i18n/index.ts';

/** The offer could not be loaded: said in the offer's place, while the map keeps working. */
export function OfferLoadError({ error }: { error: Error }) {
  const t = useT();
  return (
    <div className="warning" role="alert" data-testid="offer-error">
      <strong>{t.offerLoadError}</strong>
      {error instanceof GeodataError && <p>{t.loadErrorFile(error.file)}</p>}
      <p className="mono">{error.message}</p>
    </div>
  );
}
