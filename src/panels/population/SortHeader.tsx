import { useJaarT } from '../../i18n/jaar.ts';
import type { ResultStatus } from '../../state/pipeline/result-store.ts';

/** A column header that sorts its table; `active` marks the current order. */
export function SortHeader({
  label,
  active,
  order,
  onSort,
}: {
  label: string;
  active: boolean;
  order: 'ascending' | 'descending';
  onSort(): void;
}) {
  const t = useJaarT();
  return (
    <th scope="col" aria-sort={active ? order : undefined}>
      <button type="button" onClick={onSort} title={t.sortBy(label)}>
        {label}
      </button>
    </th>
  );
}

/** "Computing…" before the first result, or why the computation failed. */
export function ResultNotice({
  status,
  hasValue,
  error,
}: {
  status: ResultStatus;
  hasValue: boolean;
  error: string | null;
}) {
  const t = useJaarT();
  if (status === 'computing' && !hasValue) return <p className="muted">{t.computing}</p>;
  if (status === 'error' && error) {
    return (
      <p className="warning" role="alert">
        {t.failed(error)}
      </p>
    );
  }
  return null;
}
