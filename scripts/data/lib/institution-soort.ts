import type { InstitutionSoort } from '../../../src/data/geodata/index.ts';

/**
 * Kind of institution, derived per BRIN. The KiesMBO export types every institution "mbo", so
 * the kind is curated here from public knowledge (MBO Raad membership, the institutions' own
 * sites). The rule, in order:
 *  1. aoc — the government-funded agrarische opleidingscentra (the "groene" mbo): the BRINs
 *     below. Vonk (25EF) keeps the AOC BRIN of Clusius College, which merged with ROC Kop van
 *     Noord-Holland in 2024, so it also offers broad ROC programmes.
 *  2. roc — the funded regional training centres: the BRINs below (several no longer carry
 *     "ROC" in their name), and any name that starts with "ROC ".
 *  3. vakinstelling — the funded sector schools (media, graphics, furniture, maritime, …).
 *  4. overig — everything else: the non-funded (private) providers, including private green
 *     or care training firms. Being in KiesMBO does not make an institution funded.
 * mbo/mbo_brin_lijst_cedanl_57.csv (funded, about 2023) is used as a cross-check: every BRIN
 * in it that KiesMBO still lists must be classified by one of the first three rules.
 */
export const AOC_BRINS: ReadonlySet<string> = new Set([
  '01NJ', // Terra MBO (Onderwijsgroep Noord)
  '01OE', // Yuverta (Helicon, Citaverde, Wellant)
  '14YD', // Lentiz
  '25EF', // Vonk (formerly Clusius College)
  '25GV', // Aeres MBO
  '31JC', // Zone.college (formerly AOC Oost)
]);

export const ROC_BRINS: ReadonlySet<string> = new Set([
  '00GT', // Albeda
  '01AA', // Landstede MBO
  '04CY', // ROC Rivor
  '04FO', // Koning Willem I College
  '08PG', // Firda (formerly ROC Friese Poort)
  '09MR', // Hoornbeeck College
  '14NZ', // ROC Menso Alting Groningen
  '20MQ', // ROC Da Vinci College
  '24ZZ', // Graafschap College
  '25LF', // Rijn IJssel
  '25LH', // ROC Midden Nederland
  '25LJ', // ROC Ter AA
  '25LN', // mboRijnland
  '25LP', // Zadkine
  '25LR', // ROC van Flevoland
  '25LT', // Gilde Opleidingen
  '25LU', // Alfa-college
  '25LW', // Noorderpoort
  '25LX', // Curio
  '25LZ', // Yonder (formerly ROC Tilburg / Onderwijsgroep Tilburg)
  '25MB', // Summa College
  '25PJ', // Deltion College
  '25PL', // VISTA College
  '25PM', // ROC A12
  '25PN', // ROC Nijmegen
  '25PT', // Talland College (Horizon College and Regio College)
  '25PV', // Scalda
  '25PW', // Drenthe College
  '25PX', // ROC Nova College
  '25PZ', // ROC van Amsterdam
  '27DV', // Aventus
  '27GZ', // ROC Mondriaan
  '27YU', // ROC van Twente
  '30RN', // MBO Utrecht
  '30RR', // MBO Amersfoort
]);

export const VAKINSTELLING_BRINS: ReadonlySet<string> = new Set([
  '02OV', // Leidse instrumentmakers School
  '02PA', // Mediacollege Amsterdam
  '02PG', // Hout- en Meubileringscollege
  '02PK', // Nimeto
  '02PN', // Cibap
  '04NZ', // SOMA College
  '05EA', // STC
  '17WH', // SVO vakopleiding food
  '23JA', // Grafisch Lyceum Rotterdam
  '23KG', // Grafisch Lyceum Utrecht
  '25LV', // De Rooi Pannen
  '30BC', // SintLucas
  '99AA', // Techniek College Rotterdam (run by Albeda and Zadkine)
]);

export function institutionSoort(brin: string, naam: string): InstitutionSoort {
  if (AOC_BRINS.has(brin)) return 'aoc';
  if (ROC_BRINS.has(brin) || /^ROC\s/i.test(naam)) return 'roc';
  if (VAKINSTELLING_BRINS.has(brin)) return 'vakinstelling';
  return 'overig';
}
