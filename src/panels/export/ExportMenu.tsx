import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { Location, Manifest } from '../../data/geodata/index.ts';
import { useExportT } from '../../i18n/export.ts';
import { mapAttribution } from '../../map/map-attribution.ts';
import { useScenarioStore } from '../../state/scenario.ts';
import { currentExportContext } from './export-context.ts';
import { exportCsv } from './export-csv.ts';
import { composeCurrentMap, exportPng } from './export-png.ts';
import { ReportView } from './ReportView.tsx';
import './export.css';

type Status = { kind: 'done' | 'error'; text: string } | null;

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The export menu in the header: the map as PNG, the metrics per region as CSV, and the
 * printable scenario report. None of them changes anything, so the menu is in every mode,
 * the public one included.
 */
export function ExportMenu({ manifest, locations }: { manifest: Manifest; locations: readonly Location[] }) {
  const t = useExportT();
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [report, setReport] = useState<{ image: string | null; date: Date } | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const attribution = useMemo(() => mapAttribution(manifest), [manifest]);

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  const run = (action: () => Promise<string> | string) => {
    setOpen(false);
    Promise.resolve()
      .then(action)
      .then(
        (file) => setStatus({ kind: 'done', text: t.done(file) }),
        (error: unknown) => setStatus({ kind: 'error', text: reason(error) }),
      );
  };

  const openReport = () => {
    setOpen(false);
    const context = currentExportContext();
    let image: string | null = null;
    try {
      image = composeCurrentMap(context, attribution).toDataURL('image/png');
    } catch (error) {
      console.error('Regiekaart: the report has no map image', error);
    }
    setReport({ image, date: context.date });
  };
  const closeReport = useCallback(() => {
    setReport(null);
    toggleRef.current?.focus();
  }, []);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the menu catches Escape and focus leaving its own buttons
    <div
      className="export-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) close();
      }}
      // The list closes when focus (a click or Tab) moves out of the menu.
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={toggleRef}
        type="button"
        className="header-button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
        data-testid="export-menu"
      >
        {t.menuTitle}
      </button>
      <ul id={menuId} className="export-menu-list" hidden={!open}>
        <li>
          <button
            type="button"
            data-testid="export-png"
            onClick={() => run(() => exportPng(currentExportContext(), attribution))}
          >
            {t.exportPng}
          </button>
        </li>
        <li>
          <button
            type="button"
            data-testid="export-csv"
            onClick={() =>
              run(() => exportCsv(currentExportContext(), useScenarioStore.getState().view.regionLayer, attribution))
            }
          >
            {t.exportCsv}
          </button>
        </li>
        <li>
          <button type="button" data-testid="export-report" onClick={openReport}>
            {t.exportReport}
          </button>
        </li>
      </ul>
      <p
        role="status"
        className={`export-status${status ? ` export-status-${status.kind}` : ''}`}
        data-testid="export-status"
      >
        {status?.text}
        {status && (
          <button type="button" className="link-button" onClick={() => setStatus(null)} aria-label={t.reportClose}>
            ×
          </button>
        )}
      </p>
      {report && (
        <ReportView
          locations={locations}
          manifest={manifest}
          mapImage={report.image}
          date={report.date}
          onClose={closeReport}
        />
      )}
    </div>
  );
}
