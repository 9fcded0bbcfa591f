import { useViewStore, type Lang } from '../state/view.ts';
import { en } from './en.ts';
import { nl, type Messages } from './nl.ts';

export type { Messages } from './nl.ts';

const MESSAGES: Record<Lang, Messages> = { nl, en };

/** The UI strings in the current language. Components re-render when the language changes. */
export function useT(): Messages {
  return MESSAGES[useViewStore((s) => s.lang)];
}

export function messagesFor(lang: Lang): Messages {
  return MESSAGES[lang];
}
