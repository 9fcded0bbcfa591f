import { usePresentationT } from '../../i18n/presentation.ts';
import { useWeergaveStore, type Weergave } from '../../state/weergave.ts';

/** The modes a board can switch between; publiek is reached only through a public link. */
const SWITCHABLE: readonly Exclude<Weergave, 'publiek'>[] = ['bewerken', 'presentatie', 'sector'];

/** The mode switch in the header: a labelled group of toggle buttons. Absent in the public view. */
export function WeergaveSwitch() {
  const t = usePresentationT();
  const weergave = useWeergaveStore((s) => s.weergave);
  const setWeergave = useWeergaveStore((s) => s.setWeergave);
  if (weergave === 'publiek') return null;
  return (
    <div className="weergave-switch" role="group" aria-label={t.modeSwitch} data-testid="weergave-switch">
      {SWITCHABLE.map((mode) => (
        <button
          key={mode}
          type="button"
          className="header-button"
          aria-pressed={weergave === mode}
          onClick={() => setWeergave(mode)}
        >
          {t.modes[mode]}
        </button>
      ))}
    </div>
  );
}
