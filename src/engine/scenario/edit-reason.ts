import type { z } from 'zod';
import type { Leerweg } from '../offer/types.ts';

/**
 * Why an edit is unusable, as data rather than a sentence: the CLI words it in English
 * (editReasonText), the app in the user's language (src/i18n/edit-problem.ts). Each case
 * carries the codes it names, so a translation never has to parse an English message.
 */
export type EditReason =
  | { code: 'unknown-crebo'; crebo: string }
  | { code: 'leerweg-not-offered'; crebo: string; leerweg: Leerweg; leerwegen: readonly Leerweg[] }
  | { code: 'unknown-niveau'; crebo: string }
  | { code: 'unknown-vestiging'; vestiging: string }
  | { code: 'same-vestiging'; vestiging: string }
  | { code: 'offered-without-leerweg'; crebo: string; vestiging: string }
  | { code: 'not-offered'; crebo: string; vestiging: string; leerweg: Leerweg | null }
  | { code: 'already-offered'; crebo: string; vestiging: string; leerweg: Leerweg | null }
  | { code: 'not-an-edit-list' }
  /** The schema refused the value; `issue` is zod's own, for zod's locales to word. */
  | { code: 'invalid'; issue: z.core.$ZodIssue };

const as = (leerweg: Leerweg | null) => (leerweg ? ` as ${leerweg}` : '');

/** The reason in English, as the CLIs and the English interface say it. */
export function editReasonText(reason: EditReason): string {
  switch (reason.code) {
    case 'unknown-crebo':
      return `crebo ${reason.crebo} is not in the qualification list`;
    case 'leerweg-not-offered':
      return `crebo ${reason.crebo} is not offered as ${reason.leerweg}; its leerwegen are ${reason.leerwegen.join(', ')}`;
    case 'unknown-niveau':
      return `the niveau of crebo ${reason.crebo} is unknown, so it cannot be started`;
    case 'unknown-vestiging':
      return `vestiging ${reason.vestiging} is not a known mbo location`;
    case 'same-vestiging':
      return `van and naar are the same vestiging (${reason.vestiging})`;
    case 'offered-without-leerweg':
      return `crebo ${reason.crebo} is offered at ${reason.vestiging} without a known leerweg; leave leerweg out to refer to it`;
    case 'not-offered':
      return `crebo ${reason.crebo} is not offered at ${reason.vestiging}${as(reason.leerweg)}`;
    case 'already-offered':
      return `crebo ${reason.crebo} is already offered at ${reason.vestiging}${as(reason.leerweg)}`;
    case 'not-an-edit-list':
      return 'expected an array of edits or an object with an "edits" array';
    case 'invalid':
      return reason.issue.message;
  }
}
