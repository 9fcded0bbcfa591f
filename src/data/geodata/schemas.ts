import { z } from 'zod';
import type { Gemeente, Institution, Location, Manifest, Place, Qualification } from './types.ts';

const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);

const krimpMembershipSchema = z.object({
  type: z.enum(['krimpregio', 'anticipeerregio']),
  regio: z.string().min(1),
  confidence: z.string().min(1),
});

export const locationSchema = z.object({
  brinvest: z.string().regex(/^[0-9A-Z]{4}[0-9A-Z]{2}$/),
  brin: z.string().regex(/^[0-9A-Z]{4}$/),
  instelling: z.string().min(1),
  naam: z.string(),
  adres: z.string(),
  postcode: z.string(),
  plaats: z.string(),
  lon,
  lat,
  hoofdlocatie: z.boolean(),
  gemeente: z
    .string()
    .regex(/^GM\d{4}$/)
    .nullable(),
  gemeenteNaam: z.string().nullable(),
  amr: z.string().nullable(),
  amrNaam: z.string().nullable(),
  rmc: z.string().nullable(),
  rmcNaam: z.string().nullable(),
  provincie: z.string().nullable(),
  krimp: krimpMembershipSchema.nullable(),
  cell: z.number().int().min(-1),
  onLand: z.boolean(),
});

export const institutionSchema = z.object({
  brin: z.string().regex(/^[0-9A-Z]{4}$/),
  naam: z.string().min(1),
  afkorting: z.string(),
  type: z.string(),
  website: z.string(),
  hoofdlocatie: z.string(),
  locaties: z.array(z.string()),
  soort: z.enum(['roc', 'aoc', 'vakinstelling', 'overig']),
});

const bron = z.enum(['kwalificatiestructuur-2015', 'sbb-koppeltabel-2023', 'duo-bestand']);

export const qualificationSchema = z
  .object({
    crebo: z.string().regex(/^\d{5}$/),
    naam: z.string().min(1),
    niveau: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable(),
    niveauBekend: z.boolean(),
    domeinCode: z.string().nullable(),
    domein: z.string().nullable(),
    dossierCrebo: z.string().nullable(),
    dossierNaam: z.string().nullable(),
    leerwegen: z.array(z.enum(['BOL', 'BBL'])),
    prijsfactor: z.number().min(1).max(3).nullable(),
    bron,
    bronnen: z.array(bron).min(1),
  })
  .refine((q) => q.niveauBekend === (q.niveau !== null), {
    message: 'niveauBekend must be true exactly when niveau is set',
    path: ['niveauBekend'],
  });

export const gemeenteSchema = z.object({
  code: z.string().regex(/^GM\d{4}$/),
  naam: z.string().min(1),
  provincie: z.string(),
  corop: z.string(),
  amr: z.string(),
  amrNaam: z.string(),
  rmc: z.string(),
  rmcNaam: z.string(),
  inwoners: z.number().int().min(0),
  inwoners15_24: z.number().int().min(0),
  gridPop15_24: z.number().min(0),
  krimp: krimpMembershipSchema.nullable(),
});

export const placeSchema = z.object({
  name: z.string().min(1),
  lon,
  lat,
  population: z.number().int().min(0),
});

export const manifestSchema = z.object({
  formatVersion: z.literal(1),
  outputs: z.array(
    z.object({
      path: z.string().min(1),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      bytes: z.number().int().min(0),
      rows: z.number().int().min(0),
      sources: z.array(z.string()),
    }),
  ),
  sources: z.array(
    z.object({
      id: z.string().min(1),
      title: z.string().min(1),
      files: z.array(z.string()),
      licence: z.string().min(1),
      attribution: z.string().min(1),
      url: z.string(),
      note: z.string(),
    }),
  ),
});

// Compile-time guarantee that the schemas and the hand-written types agree in both directions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(): T | undefined => undefined;
agree<Same<z.infer<typeof locationSchema>, Location>>();
agree<Same<z.infer<typeof institutionSchema>, Institution>>();
agree<Same<z.infer<typeof qualificationSchema>, Qualification>>();
agree<Same<z.infer<typeof gemeenteSchema>, Gemeente>>();
agree<Same<z.infer<typeof placeSchema>, Place>>();
agree<Same<z.infer<typeof manifestSchema>, Manifest>>();
