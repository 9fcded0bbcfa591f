import '../aanbod/aanbod.css';
import { type DragEvent, useId, useRef, useState } from 'react';
import type { OfferFile } from '../../data/aanbod/offer-file.ts';
import {
  type EditMisfit,
  type OfferProvenanceStamp,
  offerStamp,
  readScenarioFileFor,
  SCENARIO_FILE_EXTENSION,
  serializeScenarioFile,
} from '../../data/scenario-file/index.ts';
import type { Scenario } from '../../engine/scenario/index.ts';
import { describeEditReason } from '../../i18n/edit-problem.ts';
import { useLanguageStore } from '../../i18n/language.ts';
import { useScenarioT } from '../../i18n/scenario.ts';
import { useScenarioFileT } from '../../i18n/scenario-files.ts';
import { useDatasetStore } from '../../state/dataset.ts';
import { activeScenario, useScenarioStore } from '../../state/scenario.ts';
import { downloadBlob, slug } from '../export/download.ts';
import { describeEdit, type Names } from './describe.ts';

type Status =
  | { kind: 'idle' }
  | { kind: 'failed'; name: string; problems: string[] }
  | { kind: 'done'; added: string[]; misfits: EditMisfit[]; otherOffer: OfferProvenanceStamp | null };

function download(scenarios: readonly Scenario[], offer: OfferFile, name: string) {
  const text = serializeScenarioFile(scenarios, offer);
  downloadBlob(new Blob([text], { type: 'application/json' }), `${slug(name)}${SCENARIO_FILE_EXTENSION}`);
}

/**
 * Scenarios as files: export the active scenario or all of them as *.regiekaart.json (with the
 * offer they were made on and the app version), and import such a file by drag and drop or the
 * file picker. An import only adds scenarios; each edit that does not fit the active offer is
 * listed with its reason and left out.
 */
export function ScenarioFiles({ names }: { names: Names }) {
  const t = useScenarioFileT();
  const ts = useScenarioT();
  const lang = useLanguageStore((s) => s.lang);
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const scenarios = useScenarioStore((s) => s.scenarios);
  const active = useScenarioStore(activeScenario);
  const activeOffer = useDatasetStore((s) => s.activeOffer);

  if (!activeOffer) return <p className="muted">{t.noOffer}</p>;
  const offerFile = activeOffer.file;
  const stamp = offerStamp(offerFile);

  async function importFile(file: File) {
    if (!activeOffer) return;
    const text = await file.text();
    const result = readScenarioFileFor(
      text,
      { rows: activeOffer.offer.rows, catalogue: activeOffer.catalogue, stamp },
      useScenarioStore.getState().scenarios.map((s) => s.name),
    );
    if (!result.ok) {
      setStatus({ kind: 'failed', name: file.name, problems: result.problems });
      return;
    }
    useScenarioStore.getState().addImported(result.fitted.scenarios);
    setStatus({
      kind: 'done',
      added: result.fitted.scenarios.map((s) => s.name),
      misfits: result.fitted.misfits,
      otherOffer: result.sameOffer ? null : result.fileOffer,
    });
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const files = event.dataTransfer.files;
    if (files.length !== 1) setStatus({ kind: 'failed', name: '', problems: [t.tooMany] });
    else void importFile(files[0]);
  }

  return (
    <section className="scenario-files" aria-labelledby={`${id}-title`} data-testid="scenario-files">
      <h3 id={`${id}-title`}>{t.title}</h3>
      <p className="muted">{t.intro}</p>
      <div className="scenario-files-export">
        <button
          type="button"
          data-testid="scenario-export-active"
          onClick={() => download([active], offerFile, active.name)}
        >
          {t.exportActive}
        </button>
        {scenarios.length > 1 && (
          <button
            type="button"
            data-testid="scenario-export-all"
            onClick={() => download(scenarios, offerFile, 'scenarios')}
          >
            {t.exportAll(scenarios.length)}
          </button>
        )}
      </div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for files; the button inside is the keyboard path */}
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        data-testid="scenario-drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>{t.drop}</p>
        <button type="button" onClick={() => inputRef.current?.click()}>
          {t.choose}
        </button>
        <input
          ref={inputRef}
          type="file"
          accept={`${SCENARIO_FILE_EXTENSION},.json,application/json`}
          aria-label={t.choose}
          hidden
          data-testid="scenario-file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ''; // choosing the same file again must import it again
            if (file) void importFile(file);
          }}
        />
      </div>
      <div aria-live="polite">
        {status.kind === 'failed' && (
          <div role="alert" className="import-error" data-testid="scenario-import-error">
            {status.name && <p>{t.failed(status.name)}</p>}
            <ul>
              {status.problems.slice(0, 10).map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        {status.kind === 'done' && (
          <div data-testid="scenario-import-done">
            <p>{t.added(status.added.length, status.added.map((n) => `„${n}”`).join(', '))}</p>
            {status.otherOffer && (
              <p role="alert">
                {t.otherOffer(
                  status.otherOffer.kind === 'modelled' ? t.kindModelled : t.kindImported,
                  status.otherOffer.source,
                  status.otherOffer.rows,
                )}
              </p>
            )}
            {status.misfits.length > 0 && (
              <div role="alert" className="import-error" data-testid="scenario-import-misfits">
                <p>{t.misfitsTitle(status.misfits.length)}</p>
                <ul>
                  {status.misfits.map((m) => (
                    <li key={`${m.scenario}|${m.index}`}>
                      {t.misfit(
                        m.scenario,
                        m.index,
                        describeEdit(m.edit, names, ts),
                        describeEditReason(m.reason, lang),
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
