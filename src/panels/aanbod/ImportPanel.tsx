import './aanbod.css';
import { useQueryClient } from '@tanstack/react-query';
import { type DragEvent, useId, useRef, useState } from 'react';
import { parseAanbodInWorker } from '../../../workers/import/import-client.ts';
import { pc4Query } from '../../data/aanbod/queries.ts';
import { rejectedRowsToCsv } from '../../data/aanbod/rejected-csv.ts';
import type { Location } from '../../data/geodata/types.ts';
import { useQualifications } from '../../data/queries/useGeodata.ts';
import { useAanbodT } from '../../i18n/aanbod.ts';
import { useDatasetStore } from '../../state/dataset.ts';
import { ModelledLabel } from '../../ui/ModelledLabel.tsx';
import { downloadCsvText } from '../export/download.ts';
import { ImportProgress } from './ImportProgress.tsx';
import { ImportSummary } from './ImportSummary.tsx';
import { runImport } from './run-import.ts';

export interface ImportPanelProps {
  /** locations.json: the known locations rows are matched against. */
  locations: Location[];
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; name: string; fraction: number }
  | { kind: 'failed'; name: string; message: string }
  | { kind: 'done'; name: string };

/**
 * Imports DUO's mbo_opleidingsaanbod.csv (drag and drop or file picker) with the parser the
 * CLI uses, shows the counts and rejected rows (downloadable as CSV), and lets the user switch
 * between the imported and the modelled offer. A failed import changes nothing.
 */
export function ImportPanel({ locations }: ImportPanelProps) {
  const t = useAanbodT();
  const id = useId();
  const client = useQueryClient();
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // The bundled list, not the merged one: the file is compared with what the app ships.
  const bundled = useQualifications().data ?? [];
  const [dragging, setDragging] = useState(false);
  const imported = useDatasetStore((s) => s.imported);
  const active = useDatasetStore((s) => s.active);
  const storageError = useDatasetStore((s) => s.storageError);
  const acceptImport = useDatasetStore((s) => s.acceptImport);
  const setActive = useDatasetStore((s) => s.setActive);
  const forgetImport = useDatasetStore((s) => s.forgetImport);

  async function importFile(file: File) {
    setStatus({ kind: 'busy', name: file.name, fraction: 0 });
    const outcome = await runImport(file, {
      locations,
      qualifications: bundled,
      loadPc4: () => client.fetchQuery(pc4Query),
      parse: parseAanbodInWorker,
      accept: acceptImport,
      onProgress: (fraction) => setStatus({ kind: 'busy', name: file.name, fraction }),
    });
    setStatus(
      outcome.ok
        ? { kind: 'done', name: outcome.name }
        : { kind: 'failed', name: outcome.name, message: outcome.message },
    );
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const files = event.dataTransfer.files;
    if (files.length !== 1) {
      setStatus({ kind: 'failed', name: '', message: t.importTooMany });
      return;
    }
    void importFile(files[0]);
  }

  function downloadRejected(rows: readonly { line: number; reason: string }[]) {
    if (!imported) return;
    downloadCsvText(
      rejectedRowsToCsv(rows, [t.rejectedLine, t.rejectedReason]),
      `${imported.provenance.source.replace(/\.csv$/i, '')}-afgewezen.csv`,
    );
  }

  return (
    <section className="import-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.importTitle}</h2>
      <ModelledLabel variant="banner" showDetail standalone />
      <p>{t.importIntro}</p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for files; the button inside is the keyboard path */}
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        data-testid="aanbod-drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>{t.importDrop}</p>
        <button type="button" onClick={() => inputRef.current?.click()} disabled={status.kind === 'busy'}>
          {t.importChoose}
        </button>
        <input
          ref={inputRef}
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          aria-label={t.importChoose}
          hidden
          data-testid="aanbod-file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ''; // choosing the same file again must trigger a new import
            if (file) void importFile(file);
          }}
        />
      </div>

      <div aria-live="polite" className="import-status">
        {status.kind === 'busy' && <ImportProgress label={t.importBusy(status.name)} fraction={status.fraction} />}
        {status.kind === 'done' && <p data-testid="import-done">{t.importDone(status.name)}</p>}
        {status.kind === 'failed' && (
          <div role="alert" className="import-error" data-testid="import-error">
            {status.name && <p>{t.importFailed(status.name)}</p>}
            <p>{status.message}</p>
          </div>
        )}
        {storageError && <p role="alert">{t.importStorageFailed}</p>}
      </div>

      {imported && <ImportSummary file={imported} bundled={bundled} onDownloadRejected={downloadRejected} />}

      <fieldset className="active-offer">
        <legend>{t.activeOffer}</legend>
        <label className="check">
          <input
            type="radio"
            name={`${id}-active`}
            checked={active === 'modelled'}
            onChange={() => void setActive('modelled')}
          />
          {t.useModelled}
        </label>
        <label className="check">
          <input
            type="radio"
            name={`${id}-active`}
            checked={active === 'imported'}
            disabled={!imported}
            onChange={() => void setActive('imported')}
          />
          {t.useImported}
        </label>
        {imported && (
          <button type="button" onClick={() => void forgetImport()}>
            {t.forgetImport}
          </button>
        )}
      </fieldset>
    </section>
  );
}
