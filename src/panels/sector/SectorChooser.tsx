import { useId } from 'react';
import { SECTOR_GROUPINGS, type SectorChoice } from '../../engine/sector/groupings.ts';
import { useSectorT } from '../../i18n/sector.ts';

/** One select with the sector groupings and the opleidingsdomeinen of the active offer. */
export function SectorChooser({
  domains,
  value,
  onChange,
}: {
  domains: readonly string[];
  value: SectorChoice | null;
  onChange(choice: SectorChoice | null): void;
}) {
  const t = useSectorT();
  const id = useId();
  const encoded = value === null ? '' : value.kind === 'domein' ? `domein:${value.domein}` : `sector:${value.id}`;
  const decode = (text: string): SectorChoice | null => {
    if (text.startsWith('domein:')) return { kind: 'domein', domein: text.slice('domein:'.length) };
    if (text.startsWith('sector:')) return { kind: 'sector', id: text.slice('sector:'.length) };
    return null;
  };
  return (
    <div className="sector-field">
      <label htmlFor={id}>{t.choice}</label>
      <select id={id} data-testid="sector-choice" value={encoded} onChange={(e) => onChange(decode(e.target.value))}>
        <option value="">{t.choosePrompt}</option>
        <optgroup label={t.sectorsGroup}>
          {SECTOR_GROUPINGS.map((g) => (
            <option key={g.id} value={`sector:${g.id}`}>
              {g.naam}
            </option>
          ))}
        </optgroup>
        <optgroup label={t.domainsGroup}>
          {domains.map((d) => (
            <option key={d} value={`domein:${d}`}>
              {d}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}
