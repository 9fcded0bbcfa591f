/**
 * Shared by the placement CLIs (beste-plek, een-aanbieder) and the bench: the Placement over
 * the loaded scenario data, and the checks that turn a crebo or BRIN on the command line into
 * a clear error when the data does not know it.
 */
import { parseArgs } from 'node:util';
import { Placement } from '../../src/engine/analysis/placement.ts';
import type { Niveau } from '../../src/engine/offer/types.ts';
import type { Jaar } from '../../src/engine/population/years.ts';
import { JAAR_OPTION, jaarLabel, jaarOption } from './jaar-option.ts';
import { InputError, type ScenarioData } from './scenario-data.ts';

export function placementFor(data: ScenarioData): Placement {
  const main = new Set(data.locations.filter((l) => l.hoofdlocatie).map((l) => l.brinvest));
  return new Placement(data.metrics, data.reachFn, data.dataset.locations, main);
}

/** The niveau of a crebo named on the command line; InputError when it is unknown or has none. */
export function niveauOfCrebo(data: ScenarioData, crebo: string | undefined): Niveau {
  if (!crebo) throw new InputError('--crebo is required, e.g. --crebo 25180');
  if (!/^\d{5}$/.test(crebo)) throw new InputError(`--crebo: "${crebo}" is not a crebo (five digits, e.g. 25180)`);
  const qualification = data.catalogue.qualification(crebo);
  if (!qualification) throw new InputError(`--crebo: ${crebo} is not in the qualification list`);
  const niveau = qualification.niveau ?? data.offer.rows.find((r) => r.crebo === crebo)?.niveau;
  if (!niveau) throw new InputError(`--crebo: the niveau of ${crebo} is unknown, so it has no travel limit`);
  return niveau;
}

/** A BRIN named with --instelling; InputError when no vestiging belongs to it. */
export function checkBrin(data: ScenarioData, brin: string): string {
  const code = brin.trim().toUpperCase();
  if (!data.locations.some((l) => l.brin === code)) {
    throw new InputError(`--instelling: no vestiging has BRIN "${brin}" (a BRIN is four characters, e.g. 25LX)`);
  }
  return code;
}

export interface PlacementArgs {
  crebo?: string;
  aanbod?: string;
  geodata?: string;
  /** --jaar: the population year the youth are counted in (default 2021) */
  jaar: Jaar;
  /** --instelling for beste-plek, --k for een-aanbieder */
  extra?: string;
}

/** The options both placement CLIs share, plus one of their own; InputError with the usage when unknown. */
export function placementArgs(argv: string[], extra: 'instelling' | 'k', usage: string): PlacementArgs {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        crebo: { type: 'string' },
        aanbod: { type: 'string' },
        geodata: { type: 'string' },
        ...JAAR_OPTION,
        [extra]: { type: 'string' },
      },
    });
    return {
      crebo: values.crebo,
      aanbod: values.aanbod,
      geodata: values.geodata,
      // A year outside the list throws a RangeError naming the allowed years.
      jaar: jaarOption(values.jaar),
      extra: (values as Record<string, string | undefined>)[extra],
    };
  } catch (error) {
    throw new InputError(`${(error as Error).message}\n${usage}`);
  }
}

/** The stderr line that says which year's youth a placement CLI counts (and that later years are no forecast). */
export function jaarNote(cli: string, jaar: Jaar): string {
  const label = jaarLabel(jaar);
  return `${cli}: 15–24 year olds of ${jaar}${label ? ` — ${label}` : ' (CBS)'}`;
}
