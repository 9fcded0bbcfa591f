import { useT } from '../i18n/index.ts';
import { GeodataProblem } from '../ui/GeodataProblem.tsx';

/** The offer could not be loaded: said in the offer's place, while the map keeps working. */
export function OfferLoadError({ error }: { error: Error }) {
  const t = useT();
  return (
    <div className="warning" role="alert" data-testid="offer-error">
      <strong>{t.offerLoadError}</strong>
      <GeodataProblem error={error} />
    </div>
  );
}
