import type { z } from 'zod';
import type { EditProblem } from '../../engine/scenario/index.ts';

/**
 * Why a link cannot be used, as data: the notice words it in the user's language
 * (src/i18n/url-problem.ts), so nothing below the interface holds a sentence. `key` is the
 * parameter ("lon", "weergave"); `value` the start of what the link gave for it.
 */
export type UrlProblem =
  | { kind: 'link-too-long'; limit: number }
  | { kind: 'repeated'; key: string }
  | { kind: 'invalid'; key: string; value: string }
  | { kind: 'combination'; rule: CombinationRule }
  | { kind: 'limit-repeated'; niveau: number }
  | { kind: 'limit-out-of-bounds'; niveau: number; minutes: number }
  | { kind: 'scenario'; problem: ScenarioLinkProblem };

/** Parameters that only mean something together: lon, lat and z; a region r and its type rl. */
export const COMBINATION_RULES = ['camera', 'region'] as const;
export type CombinationRule = (typeof COMBINATION_RULES)[number];

/** What is wrong inside the scenario parameter `s`. */
export type ScenarioLinkProblem =
  | { kind: 'too-long'; limit: number }
  | { kind: 'not-base64url' }
  | { kind: 'not-json' }
  /** The decoded object does not have the link's shape; zod's issue, for zod's locales to word. */
  | { kind: 'invalid'; issue: z.core.$ZodIssue }
  | { kind: 'edit'; problem: EditProblem }
  | { kind: 'offer-not-loaded' };

/** How far into a bad value a problem quotes it: enough to recognise, not a whole pasted text. */
export const QUOTED_VALUE_LENGTH = 40;

export const invalidValue = (key: string, value: string): UrlProblem => ({
  kind: 'invalid',
  key,
  value: value.slice(0, QUOTED_VALUE_LENGTH),
});
