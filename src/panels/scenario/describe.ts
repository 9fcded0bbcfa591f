import type { Location, Qualification } from '../../data/geodata/index.ts';
import type { Edit } from '../../engine/scenario/index.ts';
import type { ScenarioMessages } from '../../i18n/scenario.ts';

/** Lookups that turn codes into names people recognise. */
export interface Names {
  location(brinvest: string): string;
  qualification(crebo: string): string;
}

export function namesFrom(locations: readonly Location[], qualifications: readonly Qualification[] | undefined): Names {
  const byBrinvest = new Map(locations.map((l) => [l.brinvest, l]));
  const byCrebo = new Map((qualifications ?? []).map((q) => [q.crebo, q]));
  return {
    location: (brinvest) => {
      const l = byBrinvest.get(brinvest);
      return l ? `${l.naam}, ${l.plaats} (${l.instelling})` : brinvest;
    },
    qualification: (crebo) => byCrebo.get(crebo)?.naam ?? '',
  };
}

/** One line per edit, e.g. "Stop 25180 Verzorgende IG op Rosestraat, Rotterdam (Zadkine)". */
export function describeEdit(edit: Edit, names: Names, t: ScenarioMessages): string {
  const name = names.qualification(edit.crebo);
  const leerweg = edit.leerweg ? t.editLeerweg(edit.leerweg) : '';
  switch (edit.op) {
    case 'stop':
      return t.editStop(edit.crebo, name, names.location(edit.vestiging)) + leerweg;
    case 'start':
      return t.editStart(edit.crebo, name, names.location(edit.vestiging)) + leerweg;
    case 'uitruil':
      return t.editUitruil(edit.crebo, name, names.location(edit.van), names.location(edit.naar)) + leerweg;
  }
}
