import { z } from 'zod';
import { create } from 'zustand';
import { invalidValue, type UrlProblem } from './url/url-problem.ts';

/**
 * The audience mode ("weergave"), from `?weergave=` in the URL query (not the hash: a mode is
 * chosen when a link is made, and the hash belongs to the view state that changes while panning).
 * - bewerken: boards editing scenarios (the default);
 * - presentatie: the big screen at a regional meeting;
 * - sector: a btg sector session;
 * - publiek: the read-only view for journalists and the public. It has no editing controls at
 *   all, and there is no control to leave it: a public link stays public.
 */
export const WEERGAVEN = ['bewerken', 'presentatie', 'sector', 'publiek'] as const;
export type Weergave = (typeof WEERGAVEN)[number];

const weergaveSchema = z.enum(WEERGAVEN);

/** Reads the mode from a query string ("?weergave=publiek"); a bad value is reported, not guessed. */
export function parseWeergave(search: string): { weergave: Weergave; error: UrlProblem | null } {
  const values = new URLSearchParams(search).getAll('weergave');
  if (values.length === 0) return { weergave: 'bewerken', error: null };
  if (values.length > 1) return { weergave: 'bewerken', error: { kind: 'repeated', key: 'weergave' } };
  const parsed = weergaveSchema.safeParse(values[0]);
  if (!parsed.success) return { weergave: 'bewerken', error: invalidValue('weergave', values[0]) };
  return { weergave: parsed.data, error: null };
}

/** The query string for a mode, keeping any other query parameters. */
export function searchWithWeergave(search: string, weergave: Weergave): string {
  const params = new URLSearchParams(search);
  if (weergave === 'bewerken') params.delete('weergave');
  else params.set('weergave', weergave);
  const text = params.toString();
  return text ? `?${text}` : '';
}

interface WeergaveStore {
  weergave: Weergave;
  setWeergave(weergave: Weergave): void;
}

export const useWeergaveStore = create<WeergaveStore>()((set) => ({
  weergave: 'bewerken',
  setWeergave: (weergave) => set({ weergave }),
}));

/** True in the public view: components leave out every editing control. */
export const isReadOnly = (s: { weergave: Weergave }): boolean => s.weergave === 'publiek';
