import { z } from 'zod';
import { MODELLED_LABEL } from '../../engine/offer/modelled-label.ts';
import { type Scenario, scenarioSchema } from '../../engine/scenario/index.ts';
import type { OfferFile } from '../aanbod/offer-file.ts';

/**
 * The scenario file (`*.regiekaart.json`): scenarios passed around by e-mail, read by the app
 * (drag and drop or file picker) and by `npm run scenario`. ONE schema for both readers.
 * A file carries the offer its edits were made on (its provenance, labelled when modelled) and
 * the app version that wrote it, so a reader can say when the active offer differs.
 */
export const SCENARIO_FILE_FORMAT = 'regiekaart-scenario';
export const SCENARIO_FILE_VERSION = 1;
export const SCENARIO_FILE_EXTENSION = '.regiekaart.json';
export const APP_NAME = 'Regiekaart mbo';
/**
 * The app version a file says wrote it: package.json's "version" (scripts/cli/app-version.test.ts
 * holds the two equal; src/ may not import package.json, which is outside the app's layers).
 */
export const APP_VERSION = '0.1.0';
/** A file larger than this is not a set of hand-made scenarios: refused before parsing. */
export const MAX_SCENARIO_FILE_CHARS = 2_000_000;
export const MAX_SCENARIOS_PER_FILE = 200;

/** How a modelled offer is labelled wherever it leaves the app, in both languages (Dutch first). */
export const MODELLED_OFFER_LABEL = `${MODELLED_LABEL.nl} (${MODELLED_LABEL.en})`;

const offerProvenanceSchema = z
  .strictObject({
    kind: z.enum(['modelled', 'imported']),
    /** source file name, or the generator of the modelled offer */
    source: z.string().max(500),
    date: z.string().max(40).nullable(),
    seed: z.number().int().nullable(),
    /** (crebo, vestiging, leerweg) rows in the offer */
    rows: z.number().int().nonnegative(),
    label: z.string().max(500).optional(),
  })
  .refine((p) => p.kind !== 'modelled' || p.label === MODELLED_OFFER_LABEL, {
    message: 'a modelled offer must carry its label',
    path: ['label'],
  });

export const scenarioFileSchema = z.strictObject({
  format: z.literal(SCENARIO_FILE_FORMAT),
  formatVersion: z.literal(SCENARIO_FILE_VERSION),
  app: z.strictObject({ name: z.string().max(100), version: z.string().max(40) }),
  aanbod: offerProvenanceSchema,
  scenarios: z.array(scenarioSchema).min(1, 'holds no scenario').max(MAX_SCENARIOS_PER_FILE),
});

export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
export type OfferProvenanceStamp = ScenarioFile['aanbod'];

/** The provenance stamp of the offer the scenarios were made on. */
export function offerStamp(offer: OfferFile): OfferProvenanceStamp {
  const { source, date, seed } = offer.provenance;
  return {
    kind: offer.kind,
    source,
    date,
    seed,
    rows: offer.rows.length,
    ...(offer.kind === 'modelled' ? { label: MODELLED_OFFER_LABEL } : {}),
  };
}

/** A scenario file of one or more scenarios, as text (two-space JSON, newline at the end). */
export function serializeScenarioFile(scenarios: readonly Scenario[], offer: OfferFile): string {
  const file: ScenarioFile = {
    format: SCENARIO_FILE_FORMAT,
    formatVersion: SCENARIO_FILE_VERSION,
    app: { name: APP_NAME, version: APP_VERSION },
    aanbod: offerStamp(offer),
    scenarios: scenarios.map(({ name, edits }) => ({ name, edits })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ScenarioFileResult = { ok: true; file: ScenarioFile } | { ok: false; problems: string[] };

/** True when parsed JSON claims to be a scenario file (as opposed to a bare edit list). */
export function looksLikeScenarioFile(json: unknown): boolean {
  return json !== null && typeof json === 'object' && (json as { format?: unknown }).format === SCENARIO_FILE_FORMAT;
}

/**
 * Reads a scenario file as untrusted input. Every problem names where it is
 * ("scenarios.2.edits.4.crebo") and why; nothing is returned unless the whole file is valid.
 */
export function parseScenarioFile(text: string): ScenarioFileResult {
  if (text.length > MAX_SCENARIO_FILE_CHARS) {
    return { ok: false, problems: [`the file is larger than ${MAX_SCENARIO_FILE_CHARS} characters`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [`is not valid JSON (${(error as Error).message})`] };
  }
  if (!looksLikeScenarioFile(json)) {
    return { ok: false, problems: [`is not a scenario file: "format" must be "${SCENARIO_FILE_FORMAT}"`] };
  }
  const result = scenarioFileSchema.safeParse(json);
  if (result.success) return { ok: true, file: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const where = [...issue.path.map(String), ...keys].join('.');
      return `${where || 'the file'}: ${issue.message}`;
    }),
  };
}
