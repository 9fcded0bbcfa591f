import { z } from 'zod';
import type { OfferRow } from '../../engine/offer/types.ts';
import {
  applyEdits,
  type Edit,
  type EditCatalogue,
  MAX_SCENARIO_NAME,
  parseEdits,
} from '../../engine/scenario/index.ts';
import { DEFAULT_SCENARIO_VIEW, METRICS_REGION_LAYERS, type MetricsFocus, type ScenarioView } from '../scenario.ts';
import type { ScenarioLinkProblem, UrlProblem } from './url-problem.ts';

/**
 * The active scenario and the scenario view in one URL hash parameter, `s`: base64url of a
 * compact JSON object. Edits are short tuples ("x" = stop, "s" = start, "u" = uitruil) so a
 * link with dozens of edits stays well under the bound. Links are untrusted input: the
 * parameter is size-bounded before it is decoded, zod-checked, every edit goes through the
 * engine's edit schema, and — once the offer is loaded — through applyEdits.
 *
 * The niveau and the camera are not in here: the view codec (view-codec.ts) owns them.
 */
export const SCENARIO_URL_KEY = 's';

/** Longest `s` value accepted (characters of base64url): about 250 edits. */
export const MAX_SCENARIO_PARAM = 8000;

export interface ScenarioLink {
  name: string;
  edits: Edit[];
  view: ScenarioView;
  /** Whether the link was made on the modelled offer; null when the link does not say. */
  modelledOffer: boolean | null;
}

const crebo = z.string().regex(/^\d{5}$/);
// Tuples are checked for shape here; the values are checked by the engine's edit schema below.
const part = z.string().max(10);
const compactEdit = z.union([
  z.tuple([z.enum(['s', 'x']), part, part]),
  z.tuple([z.enum(['s', 'x']), part, part, part]),
  z.tuple([z.literal('u'), part, part, part]),
  z.tuple([z.literal('u'), part, part, part, part]),
]);

const compactFocus = z.union([
  z.tuple([z.literal('n')]),
  z.tuple([z.literal('c'), crebo]),
  z.tuple([z.literal('d'), z.string().min(1).max(100)]),
]);

const compactSchema = z.strictObject({
  v: z.literal(1),
  n: z.string().trim().min(1).max(MAX_SCENARIO_NAME),
  e: z.array(compactEdit).max(500),
  l: z.enum(METRICS_REGION_LAYERS).optional(),
  g: z
    .array(z.string().regex(/^GM\d{4}$/))
    .max(400)
    .optional(),
  a: z.literal(0).optional(),
  f: compactFocus.optional(),
  m: z.union([z.literal(0), z.literal(1)]).optional(),
});

type Compact = z.infer<typeof compactSchema>;
type CompactEdit = Compact['e'][number];

function toCompactEdit(edit: Edit): CompactEdit {
  if (edit.op === 'uitruil') {
    return edit.leerweg ? ['u', edit.crebo, edit.van, edit.naar, edit.leerweg] : ['u', edit.crebo, edit.van, edit.naar];
  }
  const code = edit.op === 'start' ? 's' : 'x';
  return edit.leerweg ? [code, edit.crebo, edit.vestiging, edit.leerweg] : [code, edit.crebo, edit.vestiging];
}

function fromCompactEdit(tuple: CompactEdit): Record<string, string> {
  const [code, crebo, a, b, c] = tuple;
  if (code === 'u') return withLeerweg({ op: 'uitruil', crebo, van: a, naar: b }, c);
  return withLeerweg({ op: code === 's' ? 'start' : 'stop', crebo, vestiging: a }, b);
}

function withLeerweg(edit: Record<string, string>, leerweg: string | undefined): Record<string, string> {
  return leerweg === undefined ? edit : { ...edit, leerweg };
}

function toCompactFocus(focus: MetricsFocus): Compact['f'] {
  if (focus.kind === 'crebo') return ['c', focus.crebo];
  if (focus.kind === 'domein') return ['d', focus.domein];
  return undefined;
}

function fromCompactFocus(focus: Compact['f']): MetricsFocus {
  if (!focus || focus[0] === 'n') return { kind: 'niveau' };
  if (focus[0] === 'c') return { kind: 'crebo', crebo: focus[1] };
  return { kind: 'domein', domein: focus[1] };
}

/** The `s` value for a scenario; defaults are left out to keep links short. */
export function encodeScenarioParam(link: ScenarioLink): string {
  const compact: Compact = { v: 1, n: link.name, e: link.edits.map(toCompactEdit) };
  if (link.view.regionLayer !== DEFAULT_SCENARIO_VIEW.regionLayer) compact.l = link.view.regionLayer;
  if (link.view.customGemeenten.length > 0) compact.g = link.view.customGemeenten;
  if (!link.view.showAfter) compact.a = 0;
  const focus = toCompactFocus(link.view.focus);
  if (focus) compact.f = focus;
  if (link.modelledOffer !== null) compact.m = link.modelledOffer ? 1 : 0;
  return base64UrlEncode(JSON.stringify(compact));
}

export type DecodedScenarioLink = { ok: true; link: ScenarioLink } | { ok: false; problem: UrlProblem };

const scenarioProblem = (problem: ScenarioLinkProblem): UrlProblem => ({ kind: 'scenario', problem });

/** Reads an `s` value: shape and values only (the offer check is `checkLinkAgainstOffer`). */
export function decodeScenarioParam(param: string): DecodedScenarioLink {
  const fail = (problem: ScenarioLinkProblem): DecodedScenarioLink => ({
    ok: false,
    problem: scenarioProblem(problem),
  });
  if (param.length > MAX_SCENARIO_PARAM) return fail({ kind: 'too-long', limit: MAX_SCENARIO_PARAM });
  if (!/^[A-Za-z0-9_-]*$/.test(param)) return fail({ kind: 'not-base64url' });
  let json: unknown;
  try {
    json = JSON.parse(base64UrlDecode(param));
  } catch {
    return fail({ kind: 'not-json' });
  }
  const compact = compactSchema.safeParse(json);
  if (!compact.success) return fail({ kind: 'invalid', issue: compact.error.issues[0] });
  const edits = parseEdits(compact.data.e.map(fromCompactEdit));
  if (!edits.ok) return fail({ kind: 'edit', problem: edits.problems[0] });
  const c = compact.data;
  return {
    ok: true,
    link: {
      name: c.n,
      edits: edits.value,
      view: {
        regionLayer: c.l ?? DEFAULT_SCENARIO_VIEW.regionLayer,
        customGemeenten: [...new Set(c.g ?? [])].sort(),
        showAfter: c.a === undefined,
        focus: fromCompactFocus(c.f),
      },
      modelledOffer: c.m === undefined ? null : c.m === 1,
    },
  };
}

/** The second gate: do the link's edits apply to the offer this browser has? Null = yes. */
export function checkLinkAgainstOffer(
  link: ScenarioLink,
  offer: readonly OfferRow[],
  catalogue: EditCatalogue,
): UrlProblem | null {
  const result = applyEdits(offer, link.edits, catalogue);
  return 'error' in result ? scenarioProblem({ kind: 'edit', problem: result.error }) : null;
}

/** The problem of a scenario link that arrives before the offer it must be checked against. */
export const OFFER_NOT_LOADED: UrlProblem = scenarioProblem({ kind: 'offer-not-loaded' });

/** The `s` parameter of a hash ("#a=b&s=…"); null when absent, a problem when it occurs twice. */
export function scenarioParamOf(hash: string): { param: string | null } | { problem: UrlProblem } {
  const values = new URLSearchParams(hash.replace(/^#/, '')).getAll(SCENARIO_URL_KEY);
  if (values.length > 1) return { problem: { kind: 'repeated', key: SCENARIO_URL_KEY } };
  return { param: values[0] ?? null };
}

function base64UrlEncode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws on bad base64 or invalid UTF-8 (`fatal`), which the caller reports. */
function base64UrlDecode(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
