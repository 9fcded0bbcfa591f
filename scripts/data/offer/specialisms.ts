/**
 * Specialist institutions recognised by name, and the opleidingsdomeinen they offer in the
 * modelled offer. Checked in order; the first rule that matches wins. The rules cover the
 * funded vakinstellingen (maritime, graphic, media, wood and furniture, food, …) and the
 * private providers whose name says what they teach (hairdressing, security, care, …).
 * Domain names are those of domainOf() (src/engine/offer/domain.ts).
 */
export interface SpecialismRule {
  /** What the rule recognises, for the build report and the README. */
  label: string;
  pattern: RegExp;
  domains: readonly string[];
}

export const SPECIALISM_RULES: readonly SpecialismRule[] = [
  {
    label: 'maritime',
    pattern: /\bSTC\b|maritiem|scheepvaart|zeevaart/i,
    domains: ['Transport, scheepvaart en logistiek'],
  },
  {
    label: 'graphic',
    pattern: /grafisch lyceum|grafisch/i,
    domains: ['Media en vormgeving', 'Informatie en communicatietechnologie'],
  },
  {
    label: 'media',
    pattern: /mediacollege|cibap|sintlucas|sint lucas/i,
    domains: ['Media en vormgeving', 'Informatie en communicatietechnologie'],
  },
  { label: 'wood and furniture', pattern: /hout- en meubilering|meubel|hout/i, domains: ['Afbouw, hout en onderhoud'] },
  { label: 'painting and maintenance', pattern: /nimeto/i, domains: ['Afbouw, hout en onderhoud'] },
  { label: 'instrument making', pattern: /instrumentmak/i, domains: ['Ambacht, laboratorium en gezondheidstechniek'] },
  { label: 'food', pattern: /bakkerij|zuivel|vakopleiding food|\bSVO\b|slager/i, domains: ['Horeca en bakkerij'] },
  {
    label: 'hospitality',
    pattern: /rooi pannen|culinair|\bkok\b|\bSVH\b|horeca/i,
    domains: ['Horeca en bakkerij', 'Toerisme en recreatie'],
  },
  {
    label: 'hairdressing and beauty',
    pattern: /kapper|kappers|\bhaar(?!lem)|coiffure|\bhair\b|beeldcreatie|schoonheid/i,
    domains: ['Uiterlijke verzorging'],
  },
  {
    label: 'security and defence',
    pattern: /beveilig|guard|secur|safety|politie|\bSOMA\b|firmitas/i,
    domains: ['Veiligheid en sport'],
  },
  { label: 'process industry', pattern: /procesindustrie/i, domains: ['Techniek en procesindustrie'] },
  {
    label: 'technology',
    pattern: /techniek|technicom|\bROVC\b|kenteq/i,
    domains: ['Techniek en procesindustrie', 'Mobiliteit en voertuigen'],
  },
  { label: 'vehicles', pattern: /carrosserie|gomotive|\bIVA\b/i, domains: ['Mobiliteit en voertuigen'] },
  {
    label: 'transport and logistics',
    pattern: /transport|logistiek|\bVIBO\b/i,
    domains: ['Transport, scheepvaart en logistiek'],
  },
  { label: 'construction', pattern: /bouwradius|\bbouw/i, domains: ['Bouw en infra'] },
  {
    label: 'animals and green',
    pattern: /\bdier|huisdier|groene ruimte|hovenier/i,
    domains: ['Voedsel, natuur en leefomgeving'],
  },
  { label: 'care', pattern: /zorg|medivus|instituut memo|\bmemo\b/i, domains: ['Zorg en welzijn'] },
  {
    label: 'business',
    pattern: /business|handelsacademie|schoevers|notenboom|\bNCOI\b|\bTIO\b|administra/i,
    domains: ['Economie en administratie', 'Handel en ondernemerschap'],
  },
];

/** Unrecognised private providers: a small offer from the domains such providers most often serve. */
export const GENERAL_PRIVATE_DOMAINS: readonly string[] = [
  'Economie en administratie',
  'Zorg en welzijn',
  'Handel en ondernemerschap',
];

export function specialismOf(naam: string): SpecialismRule | null {
  return SPECIALISM_RULES.find((rule) => rule.pattern.test(naam)) ?? null;
}
