import { describe, expect, it } from 'vitest';
import type { OfferRow } from '../engine/offer/types.ts';
import { applyEdits, catalogueFrom, type Edit, formatEditProblem, parseEdits } from '../engine/scenario/index.ts';
import { InputProblem } from '../state/pipeline/input-problem.ts';
import { describeEditProblem, describeScenarioRefusal } from './edit-problem.ts';
import { describeInputIssue } from './input-issue.ts';

const catalogue = catalogueFrom(
  [
    { crebo: '25180', niveau: 4, leerwegen: ['BOL'] },
    { crebo: '25655', niveau: 2, leerwegen: ['BOL', 'BBL'] },
    { crebo: '99999', niveau: null, leerwegen: [] },
  ],
  [{ brinvest: '00GT00' }, { brinvest: '00GT01' }, { brinvest: '01AB00' }],
);
const offer: OfferRow[] = [
  { crebo: '25180', vestiging: '00GT00', leerweg: 'BOL', niveau: 4 },
  { crebo: '25655', vestiging: '00GT01', leerweg: null, niveau: 2 },
];

function problemOf(edit: Edit) {
  const result = applyEdits(offer, [edit], catalogue);
  if (!('error' in result)) throw new Error('expected the edit to be refused');
  return result.error;
}

describe('an edit that does not fit, in the user’s language', () => {
  it.each<[Edit, string]>([
    [{ op: 'stop', crebo: '11111', vestiging: '00GT00' }, 'crebo 11111 staat niet in de kwalificatielijst'],
    [
      { op: 'start', crebo: '25180', vestiging: '01AB00', leerweg: 'BBL' },
      'crebo 25180 bestaat niet als BBL; de leerwegen zijn BOL',
    ],
    [{ op: 'start', crebo: '99999', vestiging: '00GT00' }, 'het niveau van crebo 99999 is onbekend'],
    [{ op: 'start', crebo: '25180', vestiging: 'ZZZZ00' }, 'vestiging ZZZZ00 is geen bekende mbo-locatie'],
    [{ op: 'uitruil', crebo: '25180', van: '00GT00', naar: '00GT00' }, 'van en naar zijn dezelfde vestiging (00GT00)'],
    [
      { op: 'stop', crebo: '25655', vestiging: '00GT01', leerweg: 'BOL' },
      'crebo 25655 wordt op 00GT01 aangeboden zonder bekende leerweg',
    ],
    [{ op: 'stop', crebo: '25180', vestiging: '01AB00' }, 'crebo 25180 wordt niet aangeboden op 01AB00'],
    [
      { op: 'start', crebo: '25180', vestiging: '00GT00', leerweg: 'BOL' },
      'crebo 25180 wordt al aangeboden op 00GT00 als BOL',
    ],
  ])('words %o in Dutch, and in English as the CLI does', (edit, dutch) => {
    const problem = problemOf(edit);
    expect(describeEditProblem(problem, 'nl')).toMatch(/^wijziging 1 \(veld \w+\): /);
    expect(describeEditProblem(problem, 'nl')).toContain(dutch);
    expect(describeEditProblem(problem, 'en')).toBe(formatEditProblem(problem));
  });

  it('words a malformed list and a malformed edit', () => {
    const notAList = parseEdits(42);
    const badCrebo = parseEdits([{ op: 'stop', crebo: '123', vestiging: '00GT00' }]);
    if (notAList.ok || badCrebo.ok) throw new Error('expected both to be refused');
    expect(describeEditProblem(notAList.problems[0], 'nl')).toBe(
      'de lijst met wijzigingen: verwacht een lijst met wijzigingen, of een object met een lijst "edits"',
    );
    expect(describeEditProblem(badCrebo.problems[0], 'nl')).toBe(
      'wijziging 1 (veld crebo): een crebo is vijf cijfers, bijvoorbeeld „25180”',
    );
    expect(describeEditProblem(badCrebo.problems[0], 'en')).toBe(
      'edit 1 (field crebo): a crebo is five digits, e.g. "25180"',
    );
  });
});

describe('a refusal and an input issue, in the user’s language', () => {
  const problem = problemOf({ op: 'stop', crebo: '25180', vestiging: '01AB00' });

  it('words a refused change: an edit that does not apply, or a name that is too long', () => {
    expect(describeScenarioRefusal({ kind: 'edits', problem }, 'nl')).toBe(
      'wijziging 1 (veld vestiging): crebo 25180 wordt niet aangeboden op 01AB00',
    );
    expect(describeScenarioRefusal({ kind: 'name-length', max: 200 }, 'nl')).toBe(
      'een scenarionaam heeft 1 tot 200 tekens',
    );
    expect(describeScenarioRefusal({ kind: 'name-length', max: 200 }, 'en')).toBe(
      'a scenario name has 1 to 200 characters',
    );
  });

  it('names the compared scenario an edit belongs to, and says the English of the logs in English', () => {
    const issue = { kind: 'edit', problem, scenario: 'Plan B' } as const;
    expect(describeInputIssue(issue, 'nl')).toBe(
      'Plan B: wijziging 1 (veld vestiging): crebo 25180 wordt niet aangeboden op 01AB00',
    );
    expect(describeInputIssue(issue, 'en')).toBe(new InputProblem(issue).message);
    expect(describeInputIssue({ kind: 'niveau-unknown', crebo: '99999' }, 'nl')).toMatch(
      /^het niveau van crebo 99999 is onbekend/,
    );
  });
});
