import type { z } from 'zod';
import { en as zodEn, nl as zodNl } from 'zod/locales';
import type { Lang } from './language.ts';

/**
 * What is wrong with a value, in the user's language, for a zod issue from a file, a saved
 * scenario or a link. zod's own locale words most issues; the format of a crebo or vestiging
 * code is worded here for Dutch (a board member reads "vijf cijfers" better than a regular
 * expression), and in English the edit schema's own message (src/engine/scenario/edits.ts) says it.
 */
type CodeField = 'crebo' | 'vestiging' | 'van' | 'naar';
const isCodeField = (field: PropertyKey | undefined): field is CodeField =>
  field === 'crebo' || field === 'vestiging' || field === 'van' || field === 'naar';

const VESTIGING_NL =
  'een vestiging is een brinvest van zes hoofdletters of cijfers, bijvoorbeeld „00GT00” (of een geïmporteerde „PC4-1234”)';
const CODE_FORMATS_NL: Record<CodeField, string> = {
  crebo: 'een crebo is vijf cijfers, bijvoorbeeld „25180”',
  vestiging: VESTIGING_NL,
  van: VESTIGING_NL,
  naar: VESTIGING_NL,
};

const ZOD_LOCALES = { nl: zodNl(), en: zodEn() } as const;

export function zodIssueText(issue: z.core.$ZodIssue, lang: Lang): string {
  const field = issue.path.at(-1);
  if (issue.code === 'invalid_format' && isCodeField(field)) {
    return lang === 'nl' ? CODE_FORMATS_NL[field] : issue.message;
  }
  const said = ZOD_LOCALES[lang].localeError(issue as z.core.$ZodRawIssue);
  return typeof said === 'string' ? said : (said?.message ?? issue.message);
}
