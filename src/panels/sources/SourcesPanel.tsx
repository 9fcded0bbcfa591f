import type { Manifest } from '../../data/geodata/index.ts';
import { useT } from '../../i18n/index.ts';
import { useJaarT } from '../../i18n/jaar.ts';

/** Every source of the bundled data with its licence and attribution, read from manifest.json. */
export function SourcesPanel({ manifest }: { manifest: Manifest }) {
  const t = useT();
  const jaarT = useJaarT();
  return (
    <div className="sources" data-testid="sources">
      <p>{t.sourcesIntro}</p>
      <section className="sources-years" data-testid="sources-years">
        <h3>{jaarT.sourcesTitle}</h3>
        <p>{jaarT.sourcesText}</p>
        <p className="attribution">Bron: CBS</p>
      </section>
      <ul className="source-list">
        {manifest.sources.map((source) => {
          const usedIn = manifest.outputs.filter((o) => o.sources.includes(source.id)).map((o) => o.path);
          return (
            <li key={source.id}>
              <h3>{source.title}</h3>
              <dl className="facts">
                <dt>{t.sourceAttribution}</dt>
                <dd className="attribution">{source.attribution}</dd>
                <dt>{t.sourceLicence}</dt>
                <dd>{source.licence}</dd>
                {source.files.length > 0 && (
                  <>
                    <dt>{t.sourceFiles}</dt>
                    <dd className="mono">{source.files.join(', ')}</dd>
                  </>
                )}
                {usedIn.length > 0 && (
                  <>
                    <dt>{t.sourceUsedIn}</dt>
                    <dd className="mono">{usedIn.join(', ')}</dd>
                  </>
                )}
                {source.note && (
                  <>
                    <dt>{t.sourceNote}</dt>
                    <dd>{source.note}</dd>
                  </>
                )}
              </dl>
              {source.url && (
                <p className="source-url">
                  <a href={source.url} target="_blank" rel="noreferrer noopener">
                    {source.url}
                  </a>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
