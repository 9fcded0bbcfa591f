import { type Lang, useLanguageStore } from './language.ts';
import { en } from './en.ts';
import { nl, type Messages } from './nl.ts';

/**
 * All UI strings live in src/i18n: the app shell's here (nl.ts, en.ts), and one module per
 * feature with the same shape (aanbod.ts, travel.ts, scenario.ts), each a Dutch reference plus
 * an English translation typed against it. They are all reachable from this entry point.
 */
export type { Messages } from './nl.ts';
export { aanbodMessages, useAanbodT, type AanbodMessages } from './aanbod.ts';
export { scenarioMessages, useScenarioT, type ScenarioMessages } from './scenario.ts';
export { travelMessages, useTravelT, type TravelMessages } from './travel.ts';

const MESSAGES: Record<Lang, Messages> = { nl, en };

/** The UI strings in the current language. Components re-render when the language changes. */
export function useT(): Messages {
  return MESSAGES[useLanguageStore((s) => s.lang)];
}

export function messagesFor(lang: Lang): Messages {
  return MESSAGES[lang];
}
