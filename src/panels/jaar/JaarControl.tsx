import './jaar.css';
import { JAREN } from '../../engine/population/years.ts';
import { useJaarT } from '../../i18n/jaar.ts';
import { useJaarStore } from '../../state/jaar.ts';

/** 2021 · 2026 · 2031 as a row of radio buttons: the population year every figure counts in. */
export function JaarControl() {
  const t = useJaarT();
  const jaar = useJaarStore((s) => s.jaar);
  const setJaar = useJaarStore((s) => s.setJaar);
  return (
    <fieldset className="jaar-control" title={t.controlHint} data-testid="jaar-control" data-jaar={jaar}>
      <legend>{t.control}</legend>
      {JAREN.map((value) => (
        <label key={value} className={value === jaar ? 'is-active' : undefined}>
          <input type="radio" name="jaar" value={value} checked={value === jaar} onChange={() => setJaar(value)} />
          {value}
        </label>
      ))}
    </fieldset>
  );
}
