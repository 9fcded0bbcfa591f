import type { PostcodeProblem } from '../data/aanbod/reject-reason.ts';
import type { LineReason } from '../data/table/line-problem.ts';
import type { JoinKey } from '../engine/indicators/join-reason.ts';
import type { Lang } from './language.ts';

/**
 * Why an import left a line out (a DUO row, a line of own figures), in the user's language.
 * English is the import's own text, stored with the line (the CLIs say the same); Dutch is worded
 * here from the reason's codes. A DUO reason is headed by the column at fault, since that is what
 * the user looks up in the file.
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

const KEY: Record<JoinKey, string> = {
  vestiging: 'vestiging',
  brin: 'instelling (BRIN)',
  gemeente: 'gemeente',
  region: 'regio',
};

function dutch(reason: LineReason): string {
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
    case 'not-a-number':
      return `"${reason.value}" is geen getal`;
    case 'crebo-empty':
      return 'de crebo is leeg';
    case 'crebo-malformed':
      return `crebo "${reason.value}" is geen getal van 5 cijfers`;
    case 'crebo-not-in-offer':
      return `crebo ${reason.crebo} zit niet in het actieve aanbod`;
    case 'gemeente-malformed':
      return `gemeente "${reason.value}" is geen gemeentecode`;
    case 'key-empty':
      return `${KEY[reason.key]} is leeg`;
    case 'key-unknown':
      return `${KEY[reason.key]} ${reason.value} is onbekend`;
    case 'not-offered-at':
      return `crebo ${reason.crebo} wordt in het actieve aanbod niet aangeboden op ${KEY[reason.key]} ${reason.value}`;
  }
}

/** A line's reason for a panel: in English its stored text; a line stored before `why` existed keeps that text. */
export function describeLineProblem(row: { reason: string; why?: LineReason }, lang: Lang): string {
  return lang === 'nl' && row.why ? dutch(row.why) : row.reason;
}

/** Lines left out, each with its reason worded for a panel or a downloaded list. */
export function wordLineProblems(
  rows: readonly { line: number; reason: string; why?: LineReason }[],
  lang: Lang,
): { line: number; reason: string }[] {
  return rows.map((row) => ({ line: row.line, reason: describeLineProblem(row, lang) }));
}
