import type { RejectedRow } from '../data/aanbod/offer-file.ts';
import { type PostcodeProblem, type RejectReason, rejectReasonText } from '../data/aanbod/reject-reason.ts';
import type { Lang } from './language.ts';

/**
 * Why the DUO import left a row out, in the user's language. English is the import's own wording
 * (the CLI says the same); Dutch is worded here from the reason's codes. The DUO column at fault
 * heads the text in both, since that is what the user looks up in the file.
 */
function dutchPostcode(p: PostcodeProblem): string {
  switch (p.problem) {
    case 'empty':
      return 'de postcode is leeg';
    case 'never-issued':
      return `postcode "${p.value}" heeft de letters ${p.letters}, die nooit worden uitgegeven`;
    case 'foreign':
      return `postcode "${p.value}" ligt niet in Nederland (buitenlandse notatie)`;
    case 'no-letters':
      return `postcode "${p.value}" mist de twee letters`;
    case 'malformed':
      return `postcode "${p.value}" is geen geldige postcode (verwacht: 4 cijfers en 2 letters)`;
    case 'no-pc4-area':
      return `postcode "${p.value}" ligt niet in Nederland (geen PC4-gebied ${p.pc4})`;
  }
}

/** Papa Parse's error codes for a record it cannot read; anything else keeps its own message. */
const UNREADABLE: Record<string, string> = {
  MissingQuotes: 'een veld tussen aanhalingstekens wordt niet afgesloten',
  InvalidQuotes: 'een aanhalingsteken staat midden in een veld',
};

function dutch(reason: RejectReason): string {
  switch (reason.code) {
    case 'unreadable':
      return `de rij is niet te lezen: ${UNREADABLE[reason.papaCode] ?? reason.detail}`;
    case 'field-count':
      return `de rij heeft ${reason.found} velden, de kopregel ${reason.expected}`;
    case 'crebo':
      return reason.crebo.problem === 'missing'
        ? 'ERKENDEOPLEIDINGSCODE: de crebo ontbreekt'
        : `ERKENDEOPLEIDINGSCODE: crebo "${reason.crebo.value}" is geen getal van 5 cijfers`;
    case 'leerweg':
      return `LEERTRAJECT: "${reason.value}" is geen BOL, BOL_VT, BOL_DT of BBL`;
    case 'niveau': {
      const given = reason.value === '' ? 'is leeg' : `"${reason.value}" is geen niveau`;
      const list = reason.listed
        ? `crebo ${reason.crebo} heeft geen niveau in de kwalificatielijst`
        : `crebo ${reason.crebo} staat niet in de kwalificatielijst`;
      return `MBONIVEAU: niveau onbekend: MBONIVEAU ${given} en ${list}`;
    }
    case 'postcode':
      return `POSTCODE: ${dutchPostcode(reason.postcode)}`;
  }
}

export function describeRejectReason(reason: RejectReason, lang: Lang): string {
  return lang === 'en' ? rejectReasonText(reason) : dutch(reason);
}

/** A rejected row's reason for the panel; a file stored before reasons were data keeps its English text. */
export function describeRejectedRow(row: RejectedRow, lang: Lang): string {
  return row.why ? describeRejectReason(row.why, lang) : row.reason;
}
