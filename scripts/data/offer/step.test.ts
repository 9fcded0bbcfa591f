import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOfferFile, parsePc4File } from '../../../src/data/aanbod/index.ts';
import { createContext } from '../step.ts';
import { offerStep } from './step.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SOURCES = path.resolve(process.env.REGIEKAART_SOURCES ?? path.join(ROOT, '../shared/data'));
const GEODATA = path.join(ROOT, 'public/geodata');

describe.runIf(existsSync(SOURCES))('offer build step', () => {
  it('writes a modelled offer file and pc4.json that the app can read, the same bytes every run', async () => {
    const run = () =>
      offerStep.run(
        createContext(
          SOURCES,
          GEODATA,
          () => {},
          () => {},
        ),
      );
    const [first, second] = [await run(), await run()];
    expect(first.map((o) => o.path)).toEqual(['aanbod-model.json', 'pc4.json']);
    expect(second.map((o) => o.data)).toEqual(first.map((o) => o.data));

    const offer = parseOfferFile(first[0].data as string, 'aanbod-model.json');
    expect(offer.kind).toBe('modelled');
    expect(offer.provenance.note).toMatch(/^Modelaanbod — illustratief, geen echte DUO-gegevens/);
    expect(offer.rows).toHaveLength(first[0].rows);

    const pc4 = parsePc4File(first[1].data as string);
    expect(pc4.length).toBeGreaterThan(4000);
    expect(pc4.find((p) => p.pc4 === '3071')).toMatchObject({ plaats: 'Rotterdam' });
  }, 30_000);
});
