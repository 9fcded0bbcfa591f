import './indicators.css';
import { useId, useRef, useState } from 'react';
import { readTableInWorker } from '../../../workers/import/import-client.ts';
import type { RawTable } from '../../data/table/raw-table.ts';
import type { Offer } from '../../engine/offer/offer.ts';
import { useIndicatorT } from '../../i18n/indicators.ts';
import { useIndicatorStore } from '../../state/indicators.ts';
import { ImportProgress } from '../aanbod/ImportProgress.tsx';
import { IndicatorList } from './IndicatorList.tsx';
import { IndicatorUse } from './IndicatorUse.tsx';
import { MappingStep } from './MappingStep.tsx';

type Status =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; fraction: number }
  | { kind: 'mapping'; table: RawTable }
  | { kind: 'failed'; name: string; message: string }
  | { kind: 'linked'; figures: number; categories: number };

/**
 * *Eigen cijfers koppelen*: read a CSV or XLSX in the import worker, map its columns, preview
 * the join with the active offer, and keep the figures (IndexedDB). A file that cannot be read
 * changes nothing; the figures already linked stay.
 */
export function IndicatorPanel({ offer }: { offer: Offer }) {
  const t = useIndicatorT();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const storageError = useIndicatorStore((s) => s.storageError);
  const add = useIndicatorStore((s) => s.add);
  const addCategories = useIndicatorStore((s) => s.addCategories);

  async function read(file: File) {
    setStatus({ kind: 'reading', name: file.name, fraction: 0 });
    try {
      const table = await readTableInWorker(await file.arrayBuffer(), file.name, (fraction) =>
        setStatus({ kind: 'reading', name: file.name, fraction }),
      );
      setStatus({ kind: 'mapping', table });
    } catch (error) {
      setStatus({ kind: 'failed', name: file.name, message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section className="indicator-panel" aria-labelledby={`${id}-title`} data-testid="indicator-panel">
      <h2 id={`${id}-title`}>{t.title}</h2>
      <p>{t.intro}</p>
      <button type="button" onClick={() => inputRef.current?.click()} disabled={status.kind === 'reading'}>
        {t.choose}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t.choose}
        hidden
        data-testid="indicator-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void read(file);
        }}
      />
      <div aria-live="polite" className="import-status">
        {status.kind === 'reading' && <ImportProgress label={t.reading(status.name)} fraction={status.fraction} />}
        {status.kind === 'failed' && (
          <div role="alert" className="import-error" data-testid="indicator-error">
            <p>{t.readFailed(status.name)}</p>
            <p>{status.message}</p>
          </div>
        )}
        {status.kind === 'linked' && (
          <p data-testid="indicator-linked">
            {[
              status.figures > 0 || status.categories === 0 ? t.linked(status.figures) : '',
              status.categories > 0 ? t.linkedCategories(status.categories) : '',
            ]
              .filter(Boolean)
              .join(' ')}
          </p>
        )}
        {storageError && <p role="alert">{t.storageFailed}</p>}
      </div>
      {status.kind === 'mapping' && (
        <MappingStep
          table={status.table}
          offer={offer}
          onCancel={() => setStatus({ kind: 'idle' })}
          onLink={async (indicators, categories) => {
            if (indicators.length > 0) await add(indicators);
            if (categories.length > 0) await addCategories(categories);
            setStatus({ kind: 'linked', figures: indicators.length, categories: categories.length });
          }}
        />
      )}
      <IndicatorList offer={offer} />
      <IndicatorUse offer={offer} />
    </section>
  );
}
