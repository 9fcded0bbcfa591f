import { JAREN } from '../engine/population/years.ts';
import { MAX_LIMIT_MINUTES, MIN_LIMIT_MINUTES } from '../engine/profiles/index.ts';
import type { JAAR_URL_KEYS } from '../state/url/jaar-codec.ts';
import type { PLACEMENT_URL_KEYS } from '../state/url/placement-codec.ts';
import type { TRAVEL_URL_KEYS } from '../state/url/travel-codec.ts';
import type { CombinationRule, ScenarioLinkProblem, UrlProblem } from '../state/url/url-problem.ts';
import {
  CAMERA_BOUNDS,
  MAX_DOMAINS_LENGTH,
  MAX_FILTER_CREBOS,
  MAX_REGION_NAME,
  type VIEW_URL_KEYS,
} from '../state/url/view-codec.ts';
import { FILTER_REGION_LAYERS } from '../state/view.ts';
import { WEERGAVEN } from '../state/weergave.ts';
import { describeEditProblem } from './edit-problem.ts';
import { numberFormats } from './format.ts';
import { LANGS, type Lang } from './language.ts';
import type { LANGUAGE_URL_KEYS } from './language-codec.ts';
import { zodIssueText } from './zod-issue.ts';

/**
 * Why a link could not be used, in the user's language, for the link notice. Each parameter
 * has one description of what it takes, so a refused value reads as 'parameter "z" ("99") is
 * not a zoom level from 4 to 20' rather than as the pattern or bound it failed.
 */
type UrlValueKey =
  | (typeof VIEW_URL_KEYS)[number]
  | (typeof TRAVEL_URL_KEYS)[number]
  | (typeof JAAR_URL_KEYS)[number]
  | (typeof PLACEMENT_URL_KEYS)[number]
  | (typeof LANGUAGE_URL_KEYS)[number]
  | 'weergave';

interface UrlWords {
  linkTooLong: (limit: string) => string;
  repeated: (key: string) => string;
  /** What each parameter takes, after 'parameter "x" ("…")'. */
  takes: Record<UrlValueKey, string>;
  /** A value of a parameter no description exists for: never for the app's own parameters. */
  notValid: string;
  combination: Record<CombinationRule, string>;
  limitRepeated: (niveau: number) => string;
  limitOutOfBounds: (niveau: number, minutes: number) => string;
  scenario: (reason: string) => string;
  scenarioTooLong: (limit: string) => string;
  notBase64Url: string;
  notJson: string;
  field: (path: string) => string;
  offerNotLoaded: string;
}

const [lonMin, lonMax] = CAMERA_BOUNDS.lon;
const [latMin, latMax] = CAMERA_BOUNDS.lat;
const [zMin, zMax] = CAMERA_BOUNDS.z;
const list = (values: readonly (string | number)[]) => values.join(', ');

const WORDS: Record<Lang, UrlWords> = {
  nl: {
    linkTooLong: (limit) => `de link is langer dan ${limit} tekens`,
    repeated: (key) => `parameter "${key}" komt meer dan eens voor`,
    takes: {
      lon: `is geen lengtegraad van ${lonMin} tot ${lonMax}`,
      lat: `is geen breedtegraad van ${latMin} tot ${latMax}`,
      z: `is geen zoomniveau van ${zMin} tot ${zMax}`,
      inst: 'is geen BRIN-code (vier hoofdletters of cijfers)',
      rl: `is geen soort regio (${list(FILTER_REGION_LAYERS)})`,
      r: `is geen regionaam (1 tot ${MAX_REGION_NAME} tekens)`,
      n: 'is geen niveau 1–4',
      sel: 'is geen brinvest-code (zes hoofdletters of cijfers)',
      on: 'is geen lijst van niveaus 1–4',
      od: `is geen lijst van domeinen (hoogstens ${MAX_DOMAINS_LENGTH} tekens)`,
      oc: `is geen lijst van hoogstens ${MAX_FILTER_CREBOS} crebo-codes`,
      ol: 'is geen leerweg (BOL of BBL)',
      q: 'is geen crebo-code (vijf cijfers)',
      lim: 'is geen lijst van niveau.minuten-paren',
      j: `is geen van de jaren ${list(JAREN)}`,
      pv: 'is geen plaatsingsvraag (bp.CREBO[.BRIN] of ea.CREBO[.K])',
      lang: `is geen van de talen ${list(LANGS)}`,
      weergave: `is geen van de weergaven ${list(WEERGAVEN)}`,
    },
    notValid: 'is geen geldige waarde',
    combination: {
      camera: 'lon, lat en z horen samen: geef ze alle drie, of geen ervan',
      region: 'r (regio) vraagt ook rl (soort regio)',
    },
    limitRepeated: (niveau) => `parameter "lim" noemt niveau ${niveau} twee keer`,
    limitOutOfBounds: (niveau, minutes) =>
      `parameter "lim": ${minutes} minuten voor niveau ${niveau} ligt niet tussen ${MIN_LIMIT_MINUTES} en ${MAX_LIMIT_MINUTES}`,
    scenario: (reason) => `scenario in de link: ${reason}`,
    scenarioTooLong: (limit) => `die is langer dan ${limit} tekens`,
    notBase64Url: 'die bevat tekens die base64url niet gebruikt',
    notJson: 'die is geen geldige base64url-gecodeerde JSON (is de link afgekapt?)',
    field: (path) => `veld ${path}`,
    offerNotLoaded: 'het opleidingsaanbod is niet geladen',
  },
  en: {
    linkTooLong: (limit) => `the link is longer than ${limit} characters`,
    repeated: (key) => `parameter "${key}" occurs more than once`,
    takes: {
      lon: `is not a longitude from ${lonMin} to ${lonMax}`,
      lat: `is not a latitude from ${latMin} to ${latMax}`,
      z: `is not a zoom level from ${zMin} to ${zMax}`,
      inst: 'is not a BRIN code (four capitals or digits)',
      rl: `is not a region type (${list(FILTER_REGION_LAYERS)})`,
      r: `is not a region name (1 to ${MAX_REGION_NAME} characters)`,
      n: 'is not a niveau 1–4',
      sel: 'is not a brinvest code (six capitals or digits)',
      on: 'is not a list of niveaus 1–4',
      od: `is not a list of domains (at most ${MAX_DOMAINS_LENGTH} characters)`,
      oc: `is not a list of at most ${MAX_FILTER_CREBOS} crebo codes`,
      ol: 'is not a leerweg (BOL or BBL)',
      q: 'is not a crebo code (5 digits)',
      lim: 'is not a list of niveau.minutes pairs',
      j: `is not one of the years ${list(JAREN)}`,
      pv: 'is not a placement question (bp.CREBO[.BRIN] or ea.CREBO[.K])',
      lang: `is not one of the languages ${list(LANGS)}`,
      weergave: `is not one of the modes ${list(WEERGAVEN)}`,
    },
    notValid: 'is not a valid value',
    combination: {
      camera: 'lon, lat and z must be given together',
      region: 'r (region) needs rl (region type)',
    },
    limitRepeated: (niveau) => `parameter "lim" gives niveau ${niveau} twice`,
    limitOutOfBounds: (niveau, minutes) =>
      `parameter "lim": ${minutes} minutes for niveau ${niveau} is not between ${MIN_LIMIT_MINUTES} and ${MAX_LIMIT_MINUTES}`,
    scenario: (reason) => `scenario in the link: ${reason}`,
    scenarioTooLong: (limit) => `it is longer than ${limit} characters`,
    notBase64Url: 'it contains characters that base64url does not use',
    notJson: 'it is not valid base64url-encoded JSON (was the link cut short?)',
    field: (path) => `field ${path}`,
    offerNotLoaded: 'the offer is not loaded',
  },
};

const isValueKey = (key: string, w: UrlWords): key is UrlValueKey => Object.hasOwn(w.takes, key);

function scenarioReason(problem: ScenarioLinkProblem, lang: Lang, w: UrlWords): string {
  switch (problem.kind) {
    case 'too-long':
      return w.scenarioTooLong(numberFormats(lang).count(problem.limit));
    case 'not-base64url':
      return w.notBase64Url;
    case 'not-json':
      return w.notJson;
    case 'invalid': {
      const path = problem.issue.path.map(String).join('.');
      const reason = zodIssueText(problem.issue, lang);
      return path === '' ? reason : `${w.field(path)}: ${reason}`;
    }
    case 'edit':
      return describeEditProblem(problem.problem, lang);
    case 'offer-not-loaded':
      return w.offerNotLoaded;
  }
}

/** The reason for the "link could not be read" notice. */
export function describeUrlProblem(problem: UrlProblem, lang: Lang): string {
  const w = WORDS[lang];
  switch (problem.kind) {
    case 'link-too-long':
      return w.linkTooLong(numberFormats(lang).count(problem.limit));
    case 'repeated':
      return w.repeated(problem.key);
    case 'invalid': {
      // The same in both languages: the parameter and the start of its value, then what it takes.
      const takes = isValueKey(problem.key, w) ? w.takes[problem.key] : w.notValid;
      return `parameter "${problem.key}" ("${problem.value}") ${takes}`;
    }
    case 'combination':
      return w.combination[problem.rule];
    case 'limit-repeated':
      return w.limitRepeated(problem.niveau);
    case 'limit-out-of-bounds':
      return w.limitOutOfBounds(problem.niveau, problem.minutes);
    case 'scenario':
      return w.scenario(scenarioReason(problem.problem, lang, w));
  }
}
