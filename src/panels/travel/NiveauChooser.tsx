import type { Niveau } from '../../engine/offer/types.ts';
import { NIVEAUS } from '../../engine/profiles/index.ts';
import { useTravelT } from '../../i18n/travel.ts';
import { useTravelStore } from '../../state/travel.ts';
import { useViewStore } from '../../state/view.ts';

/** Entree, 2, 3, 4 or off, as a row of radio buttons. A new niveau drops the chosen qualification. */
export function NiveauChooser() {
  const t = useTravelT();
  const niveau = useViewStore((s) => s.niveau);
  const setNiveau = useViewStore((s) => s.setNiveau);
  const setCrebo = useTravelStore((s) => s.setCrebo);

  const choose = (next: Niveau | null) => {
    if (next === niveau) return;
    setCrebo(null);
    setNiveau(next);
  };

  const options: { value: Niveau | null; label: string }[] = [
    { value: null, label: t.niveauOff },
    ...NIVEAUS.map((n) => ({ value: n, label: t.niveauNames[n] })),
  ];
  return (
    <fieldset className="travel-niveau">
      <legend>{t.niveau}</legend>
      {options.map(({ value, label }) => (
        <label key={value ?? 'off'} className={value === niveau ? 'is-active' : undefined}>
          <input
            type="radio"
            name="travel-niveau"
            value={value ?? ''}
            checked={value === niveau}
            onChange={() => choose(value)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
