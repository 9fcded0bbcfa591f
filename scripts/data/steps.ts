import { graphStep } from './graph/step.ts';
import { offerStep } from './offer/step.ts';
import type { BuildStep } from './step.ts';
import { basemapStep } from './steps/basemap.ts';
import { gemeentenStep } from './steps/gemeenten.ts';
import { gridStep } from './steps/grid.ts';
import { institutionsStep } from './steps/institutions.ts';
import { locationsStep } from './steps/locations.ts';
import { placesStep } from './steps/places.ts';
import { qualificationsStep } from './steps/qualifications.ts';
import { regionsStep } from './steps/regions.ts';

/**
 * The data build's steps, in order. A step may read the outputs of the steps before it
 * (graph reads grid.bin and gemeenten.json; offer reads locations, institutions, qualifications).
 */
export const STEPS: readonly BuildStep[] = [
  gridStep,
  gemeentenStep,
  graphStep,
  locationsStep,
  institutionsStep,
  qualificationsStep,
  placesStep,
  regionsStep,
  basemapStep,
  offerStep,
];
