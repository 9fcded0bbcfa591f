import { useMemo, useState } from 'react';
import { type CategoryMeta, categoriesFromTable, type InstitutionCategory } from '../../data/indicators/category.ts';
import { defaultMeta, type IndicatorMeta, indicatorsFromTable, keyColumns } from '../../data/indicators/from-table.ts';
import type { Indicator } from '../../data/indicators/indicator.ts';
import { useLocations } from '../../data/queries/useGeodata.ts';
import type { RawTable } from '../../data/table/raw-table.ts';
import { type ColumnRole, guessColumns } from '../../engine/indicators/keys.ts';
import type { Offer } from '../../engine/offer/offer.ts';
import { useIndicatorT } from '../../i18n/indicators.ts';
import { indicatorValues, joinContextFor } from '../../state/indicator-values.ts';
import { JoinPreview } from './JoinPreview.tsx';

const ROLES: readonly ColumnRole[] = ['crebo', 'vestiging', 'brin', 'gemeente', 'regio', 'value', 'category', 'ignore'];
/** Roles several columns may have at once (each key role belongs to one column). */
const MANY: readonly ColumnRole[] = ['value', 'category', 'ignore'];
const EXAMPLES = 3;

interface MappingStepProps {
  table: RawTable;
  offer: Offer;
  onCancel(): void;
  onLink(indicators: Indicator[], categories: InstitutionCategory[]): Promise<void>;
}

/**
 * The mapping step: every column with a few values and the guessed meaning, which the user
 * corrects; per figure column its name, unit, source and date; and a live preview of the join
 * with the active offer (matched, not matched with the reason, duplicates). A column may also
 * be a category per institution (keyed by BRIN, no crebo needed), such as the denominatie.
 */
export function MappingStep({ table, offer, onCancel, onLink }: MappingStepProps) {
  const t = useIndicatorT();
  const locations = useLocations().data ?? [];
  const guesses = useMemo(() => guessColumns(table.header, table.rows), [table]);
  const [roles, setRoles] = useState<ColumnRole[]>(() => guesses.map((g) => g.role));
  const [meta, setMeta] = useState<Map<number, IndicatorMeta>>(
    () => new Map(guesses.filter((g) => g.role === 'value').map((g) => [g.index, defaultMeta(table, g.index)])),
  );
  const [categoryMeta, setCategoryMeta] = useState<Map<number, CategoryMeta>>(() => new Map());
  const [busy, setBusy] = useState(false);
  // One import time for the whole file: the indicators' ids and provenance share it.
  const [importedAt] = useState(() => new Date().toISOString());

  const keys = keyColumns(roles);
  const hasValue = roles.includes('value');
  const categoryColumns = roles.flatMap((r, i) => (r === 'category' ? [i] : []));
  const problem =
    !hasValue && categoryColumns.length === 0
      ? t.needValue
      : hasValue && keys.crebo === undefined
        ? t.needCrebo
        : categoryColumns.length > 0 && keys.brin === undefined
          ? t.needBrin
          : null;
  const indicators = useMemo(
    () => (problem || !hasValue ? [] : indicatorsFromTable(table, roles, meta, importedAt)),
    [problem, hasValue, table, roles, meta, importedAt],
  );
  const categoryKey = categoryColumns.join(',');
  const categories = useMemo(
    () =>
      problem || keys.brin === undefined || categoryKey === ''
        ? []
        : categoriesFromTable(table, keys.brin, categoryKey.split(',').map(Number), categoryMeta, importedAt),
    [problem, keys.brin, categoryKey, table, categoryMeta, importedAt],
  );
  const brinsInOffer = useMemo(() => new Set(locations.map((l) => l.brin)), [locations]);
  const ctx = useMemo(() => joinContextFor(offer, locations), [offer, locations]);
  const previews = useMemo(() => indicators.map((indicator) => indicatorValues(indicator, ctx)), [indicators, ctx]);

  const setRole = (index: number, role: ColumnRole) => {
    setRoles((current) =>
      current.map((r, i) => (i === index ? role : r === role && !MANY.includes(role) ? 'ignore' : r)),
    );
    if (role === 'value' && !meta.has(index)) setMeta(new Map(meta).set(index, defaultMeta(table, index)));
  };
  const setField = (index: number, patch: Partial<IndicatorMeta>) =>
    setMeta(new Map(meta).set(index, { ...(meta.get(index) ?? defaultMeta(table, index)), ...patch }));

  return (
    <div className="mapping-step" data-testid="mapping-step">
      <h3>{t.mappingTitle(table.fileName)}</h3>
      <p>{t.mappingIntro}</p>
      <table className="mapping-table">
        <thead>
          <tr>
            <th scope="col">{t.column}</th>
            <th scope="col">{t.role}</th>
          </tr>
        </thead>
        <tbody>
          {table.header.map((name, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions in the file's header, which never reorders and may repeat a name
            <tr key={index} data-column={name}>
              <th scope="row">
                {name}
                <span className="examples" title={t.examples}>
                  {table.rows
                    .slice(0, EXAMPLES)
                    .map((r) => r[index])
                    .join(' · ')}
                </span>
              </th>
              <td>
                <select
                  aria-label={`${t.role}: ${name}`}
                  value={roles[index]}
                  onChange={(e) => setRole(index, e.target.value as ColumnRole)}
                >
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {t.roles[role]}
                    </option>
                  ))}
                </select>
                {guesses[index].role === roles[index] && guesses[index].because !== 'none' && (
                  <span className="hint"> ({t.because[guesses[index].because]})</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {problem && (
        <p role="alert" className="import-error">
          {problem}
        </p>
      )}
      {categories.map((c, i) => {
        // categoriesFromTable keeps the order of the columns it was given.
        const index = categoryColumns[i];
        const m = categoryMeta.get(index) ?? { name: c.name, source: c.source, date: c.date };
        const set = (patch: Partial<CategoryMeta>) =>
          setCategoryMeta(new Map(categoryMeta).set(index, { ...m, ...patch }));
        const brins = Object.keys(c.byBrin);
        return (
          <fieldset key={c.id} className="indicator-meta" data-testid={`category-meta-${index}`}>
            <legend>{table.header[index]}</legend>
            <label>
              {t.fieldName} <input value={m.name} onChange={(e) => set({ name: e.target.value })} />
            </label>
            <label>
              {t.fieldSource} <input value={m.source} onChange={(e) => set({ source: e.target.value })} />
            </label>
            <label>
              {t.fieldDate} <input value={m.date} onChange={(e) => set({ date: e.target.value })} />
            </label>
            <p data-testid="category-preview">
              {t.categoryPreview(
                brins.length,
                brins.filter((b) => brinsInOffer.has(b)).length,
                c.provenance.errors.length,
              )}
            </p>
          </fieldset>
        );
      })}
      {roles.map((role, index) => {
        if (role !== 'value') return null;
        const m = meta.get(index) ?? defaultMeta(table, index);
        const preview = previews.find((p) => p.indicator.provenance.column === table.header[index]);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: one fieldset per header position, which never reorders
          <fieldset key={index} className="indicator-meta" data-testid={`indicator-meta-${index}`}>
            <legend>{table.header[index]}</legend>
            <label>
              {t.fieldName} <input value={m.name} onChange={(e) => setField(index, { name: e.target.value })} />
            </label>
            <label>
              {t.fieldUnit} <input value={m.unit} onChange={(e) => setField(index, { unit: e.target.value })} />
            </label>
            <label>
              {t.fieldSource} <input value={m.source} onChange={(e) => setField(index, { source: e.target.value })} />
            </label>
            <label>
              {t.fieldDate} <input value={m.date} onChange={(e) => setField(index, { date: e.target.value })} />
            </label>
            <label>
              {t.fieldAggregation}{' '}
              <select
                value={m.aggregation}
                onChange={(e) => setField(index, { aggregation: e.target.value as IndicatorMeta['aggregation'] })}
              >
                <option value="sum">{t.aggregationSum}</option>
                <option value="mean">{t.aggregationMean}</option>
              </select>
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={m.studentCount}
                onChange={(e) => setField(index, { studentCount: e.target.checked })}
              />{' '}
              {t.fieldStudentCount}
            </label>
            {preview && <JoinPreview values={preview} readErrors={table.errors.length} />}
          </fieldset>
        );
      })}
      <div className="mapping-actions">
        <button
          type="button"
          disabled={problem !== null || busy}
          onClick={async () => {
            setBusy(true);
            await onLink(indicators, categories);
            setBusy(false);
          }}
        >
          {t.link}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}
