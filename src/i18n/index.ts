import { en } from './en.ts';
import { type Lang, useLanguageStore } from './language.ts';
import { type Messages, nl } from './nl.ts';

export { type AanbodMessages, aanbodMessages, useAanbodT } from './aanbod.ts';
/**
 * All UI strings live in src/i18n: the app shell's here (nl.ts, en.ts), and one module per
 * feature with the same shape (aanbod.ts, travel.ts, scenario.ts), each a Dutch reference plus
 * an English translation typed against it. They are all reachable from this entry point.
 */
export type { Messages } from './nl.ts';
export { type ScenarioMessages, scenarioMessages, useScenarioT } from './scenario.ts';
export { type TravelMessages, travelMessages, useTravelT } from './travel.ts';

const MESSAGES: Record<Lang, Messages> = { nl, en };

/** The UI strings in the current language. Components re-render when the language changes. */
export function useT(): Messages {
  return MESSAGES[useLanguageStore((s) => s.lang)];
}

export function messagesFor(lang: Lang): Messages {
  return MESSAGES[lang];
}
