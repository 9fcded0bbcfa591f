import { readFileSync } from 'node:fs';
import path from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Server rendering reads a zustand store's initial state, never a later setState; these mocks
// make the hooks read the live state, so the components render what each test sets.
vi.mock('../../i18n/language.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../i18n/language.ts')>();
  const store = original.useLanguageStore;
  const hook = Object.assign(
    <T>(selector: (s: ReturnType<typeof store.getState>) => T) => selector(store.getState()),
    store,
  );
  return { ...original, useLanguageStore: hook };
});
vi.mock('../../state/dataset.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../state/dataset.ts')>();
  const store = original.useDatasetStore;
  const hook = Object.assign(
    <T>(selector: (s: ReturnType<typeof store.getState>) => T) => selector(store.getState()),
    store,
  );
  return { ...original, useDatasetStore: hook };
});

import { FIXTURE_LOCATIONS, FIXTURE_QUALIFICATIONS, fixtureContext } from '../../../test/fixtures/aanbod/context.ts';
import type { OfferFile } from '../../data/aanbod/offer-file.ts';
import { parseAanbodCsv } from '../../data/aanbod/parse-csv.ts';
import { NO_OFFER_FILTER } from '../../engine/offer/filter.ts';
import { offerFromFile } from '../../engine/offer/from-file.ts';
import { useLanguageStore } from '../../i18n/language.ts';
import { useDatasetStore } from '../../state/dataset.ts';
import { ModelledBanner, ModelledBannerScope, ModelledLabel } from '../../ui/ModelledLabel.tsx';
import { ImportSummary } from './ImportSummary.tsx';
import { LocationProgrammes } from './LocationProgrammes.tsx';
import { OfferFilters } from './OfferFilters.tsx';
import { programmesAt } from './programmes.ts';
import { SectorCounts } from './SectorCounts.tsx';

const FIXTURE = path.resolve(
  import.meta.dirname,
  '../../../test/fixtures/aanbod/mbo_opleidingsaanbod_semicolon_bom_crlf.csv',
);
const imported = parseAanbodCsv(readFileSync(FIXTURE, 'utf8'), fixtureContext('mbo_opleidingsaanbod.csv')).file;
const modelled: OfferFile = {
  ...imported,
  kind: 'modelled',
  pseudoLocations: [],
  rejected: [],
  rows: imported.rows.filter((r) => !r.vestiging.startsWith('PC4-')),
};
const offer = offerFromFile(imported, {
  locations: FIXTURE_LOCATIONS,
  qualifications: FIXTURE_QUALIFICATIONS,
  cellLon: Float32Array.from([6.2977]),
  cellLat: Float32Array.from([51.9488]),
});
// The programme list reads the user's own figures, which need the locations query: an empty client suffices.
const client = new QueryClient();
const html = (element: Parameters<typeof renderToStaticMarkup>[0]) =>
  renderToStaticMarkup(createElement(QueryClientProvider, { client }, element));
const initialLanguage = useLanguageStore.getState();
const initialDataset = useDatasetStore.getState();

afterEach(() => {
  useLanguageStore.setState(initialLanguage, true);
  useDatasetStore.setState(initialDataset, true);
});

describe('ModelledLabel', () => {
  it('shows the Dutch and English label while the modelled offer is active', () => {
    useDatasetStore.setState({ modelled, imported: null, active: 'modelled' });
    expect(html(createElement(ModelledLabel))).toContain('Modelaanbod — illustratief, geen echte DUO-gegevens');
    useLanguageStore.setState({ lang: 'en' });
    expect(html(createElement(ModelledLabel))).toContain('Modelled offer — illustrative, not real DUO data');
  });

  it('is shown before any offer has loaded: real data is never claimed early', () => {
    useDatasetStore.setState({ modelled: null, imported: null, active: 'modelled' });
    expect(html(createElement(ModelledLabel))).toContain('Modelaanbod');
  });

  it('disappears while an import is active; the banner then names the imported file', () => {
    useDatasetStore.setState({ modelled, imported, active: 'imported' });
    expect(html(createElement(ModelledLabel))).toBe('');
    const banner = html(createElement(ModelledLabel, { variant: 'banner' }));
    expect(banner).not.toContain('Modelaanbod');
    expect(banner).toContain('DUO-aanbod: mbo_opleidingsaanbod.csv');
  });

  it('says it once under the persistent banner: only standalone labels (exports, captions) render there', () => {
    useDatasetStore.setState({ modelled, imported: null, active: 'modelled' });
    const scoped = (props: object) =>
      html(createElement(ModelledBannerScope, null, createElement(ModelledLabel, props)));
    expect(scoped({})).toBe('');
    expect(scoped({ variant: 'banner' })).toBe('');
    expect(scoped({ standalone: true })).toContain('Modelaanbod — illustratief, geen echte DUO-gegevens');
    expect(html(createElement(ModelledBanner))).toContain('Modelaanbod — illustratief, geen echte DUO-gegevens');
    useDatasetStore.setState({ modelled, imported, active: 'imported' });
    const banner = html(createElement(ModelledBanner));
    expect(banner).not.toContain('Modelaanbod');
    expect(banner).toContain('DUO-aanbod: mbo_opleidingsaanbod.csv');
  });

  it('returns when the user switches back to the modelled offer', () => {
    useDatasetStore.setState({ modelled, imported, active: 'modelled' });
    expect(html(createElement(ModelledLabel, { showDetail: true }))).toContain(
      'mbo_opleidingsaanbod.csv voor het echte aanbod',
    );
  });
});

describe('programmesAt and LocationProgrammes', () => {
  it('merges BOL and BBL rows per crebo and sorts by niveau, then name', () => {
    expect(programmesAt(offer, '00GT00')).toEqual([
      {
        crebo: '25400',
        naam: 'Kapper',
        niveau: 2,
        domain: 'Uiterlijke verzorging',
        leerwegen: ['BOL'],
        fromFile: false,
      },
      {
        crebo: '25180',
        naam: 'Kok',
        niveau: 2,
        domain: 'Horeca en bakkerij',
        leerwegen: ['BBL', 'BOL'],
        fromFile: false,
      },
      { crebo: '25128', naam: 'Timmerman', niveau: 2, domain: 'Bouw en infra', leerwegen: ['BBL'], fromFile: false },
    ]);
  });

  it('lists the programmes, flags an approximate place, and labels modelled data', () => {
    useDatasetStore.setState({ modelled, imported, active: 'imported' });
    const markup = html(createElement(LocationProgrammes, { offer, vestiging: 'PC4-7005' }));
    expect(markup).toContain('Allround Kapper');
    expect(markup).toContain('25399 · BBL · Uiterlijke verzorging');
    expect(markup).toContain('Locatie benaderd via het postcodegebied (PC4)');
    expect(markup).not.toContain('Modelaanbod');

    useDatasetStore.setState({ active: 'modelled' });
    const atAlbeda = html(createElement(LocationProgrammes, { offer, vestiging: '00GT00' }));
    expect(atAlbeda).toContain('3 opleidingen');
    expect(atAlbeda).toContain('BOL/BBL');
    expect(atAlbeda).toContain('Modelaanbod');
  });
});

describe('SectorCounts', () => {
  it('counts locations and institutions per domain, optionally for the places on screen', () => {
    const markup = html(createElement(SectorCounts, { offer }));
    expect(markup).toContain('<th scope="row">Uiterlijke verzorging</th><td>3</td><td>1</td><td>2</td>');
    const limited = html(createElement(SectorCounts, { offer, places: new Set(['14YD01']) }));
    expect(limited).toContain('<th scope="row">Voedsel, natuur en leefomgeving</th><td>1</td><td>1</td><td>1</td>');
    expect(limited).not.toContain('Uiterlijke verzorging');
  });
});

describe('OfferFilters', () => {
  it('shows how many locations match the filter, and every domain of the offer', () => {
    const onChange = () => {};
    const all = html(
      createElement(OfferFilters, { offer, qualifications: FIXTURE_QUALIFICATIONS, value: NO_OFFER_FILTER, onChange }),
    );
    expect(all).toContain('7 locaties met dit aanbod');
    expect(all).toContain('<option value="Zorg en welzijn">');
    const niveau4 = html(
      createElement(OfferFilters, {
        offer,
        qualifications: FIXTURE_QUALIFICATIONS,
        value: { ...NO_OFFER_FILTER, niveaus: [4] },
        onChange,
      }),
    );
    expect(niveau4).toContain('3 locaties met dit aanbod');
  });
});

describe('ImportSummary', () => {
  it('shows the counts and every rejected row with its line', () => {
    const markup = html(
      createElement(ImportSummary, { file: imported, bundled: FIXTURE_QUALIFICATIONS, onDownloadRejected: () => {} }),
    );
    expect(markup).toContain('<dt>Rijen in het bestand</dt><dd>22</dd>');
    expect(markup).toContain('<dt>Dubbele rijen (één keer meegenomen)</dt><dd>2</dd>');
    expect(markup).toContain('Afgewezen rijen (8)');
    expect(markup).toContain('<td>25</td><td>POSTCODE: postcode &quot;7005&quot; mist de twee letters</td>');
    expect(markup).toContain('Download afgewezen rijen (CSV)');
  });
});
