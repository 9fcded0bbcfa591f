/**
 * The btg sector groupings of the sector view: which opleidingsdomeinen make up each sector.
 *
 * Based on the eight SBB sectorkamers (Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven,
 * 2015–2022), which group the qualifications of the 2015 kwalificatiestructuur by branch of
 * industry; the btg (bedrijfstakgroep) sessions of the mbo sector follow the same split.
 * SBB assigned individual qualifications, not whole domains, so this table is an approximation
 * at domain level: two domains are split across sectorkamers in reality and are put where most
 * of their qualifications sit —
 * - "Veiligheid en sport": the sport qualifications belong to Zorg, welzijn en sport, the
 *   (larger) security ones to Zakelijke dienstverlening en veiligheid; the domain goes to the latter.
 * - "Ambacht, laboratorium en gezondheidstechniek": laboratory qualifications sit partly with
 *   Techniek en gebouwde omgeving; the domain goes to Specialistisch vakmanschap.
 * Entree has no domain and no sectorkamer, and crebos without a known domain are "Onbekend";
 * both stay groups of their own so nothing in the offer falls out of the view.
 */
import { ENTREE_DOMAIN, UNKNOWN_DOMAIN, VNL_DOMAIN } from '../offer/domain.ts';

export interface SectorGrouping {
  id: string;
  /** the sectorkamer's name (Dutch: a real name) */
  naam: string;
  /** opleidingsdomeinen as domainOf() names them */
  domeinen: readonly string[];
}

export const SECTOR_GROUPINGS: readonly SectorGrouping[] = [
  {
    id: 'techniek-gebouwde-omgeving',
    naam: 'Techniek en gebouwde omgeving',
    domeinen: ['Bouw en infra', 'Afbouw, hout en onderhoud', 'Techniek en procesindustrie'],
  },
  {
    id: 'mobiliteit-transport-logistiek-maritiem',
    naam: 'Mobiliteit, transport, logistiek en maritiem',
    domeinen: ['Mobiliteit en voertuigen', 'Transport, scheepvaart en logistiek'],
  },
  { id: 'zorg-welzijn-sport', naam: 'Zorg, welzijn en sport', domeinen: ['Zorg en welzijn'] },
  { id: 'handel', naam: 'Handel', domeinen: ['Handel en ondernemerschap'] },
  {
    id: 'specialistisch-vakmanschap',
    naam: 'Specialistisch vakmanschap',
    domeinen: ['Ambacht, laboratorium en gezondheidstechniek', 'Uiterlijke verzorging'],
  },
  {
    id: 'ict-creatieve-industrie',
    naam: 'ICT en creatieve industrie',
    domeinen: ['Informatie en communicatietechnologie', 'Media en vormgeving'],
  },
  {
    id: 'voedsel-groen-gastvrijheid',
    naam: 'Voedsel, groen en gastvrijheid',
    domeinen: [VNL_DOMAIN, 'Horeca en bakkerij', 'Toerisme en recreatie'],
  },
  {
    id: 'zakelijke-dienstverlening-veiligheid',
    naam: 'Zakelijke dienstverlening en veiligheid',
    domeinen: ['Economie en administratie', 'Veiligheid en sport'],
  },
  { id: 'entree', naam: ENTREE_DOMAIN, domeinen: [ENTREE_DOMAIN] },
  { id: 'onbekend', naam: UNKNOWN_DOMAIN, domeinen: [UNKNOWN_DOMAIN] },
];

/** The grouping a domain belongs to; a domain not in the table (a renamed one) counts as Onbekend. */
export function groupingOfDomain(domein: string): SectorGrouping {
  return (
    SECTOR_GROUPINGS.find((g) => g.domeinen.includes(domein)) ??
    (SECTOR_GROUPINGS.find((g) => g.id === 'onbekend') as SectorGrouping)
  );
}

/** What the user looks at: one opleidingsdomein, or one sector grouping. */
export type SectorChoice = { kind: 'domein'; domein: string } | { kind: 'sector'; id: string };

/** The domains a choice covers; unknown domains in the offer are collected under Onbekend. */
export function domainsOfChoice(choice: SectorChoice, offerDomains: readonly string[]): string[] {
  if (choice.kind === 'domein') return [choice.domein];
  return offerDomains.filter((d) => groupingOfDomain(d).id === choice.id);
}
