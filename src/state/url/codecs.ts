import { placementCodec } from './placement-codec.ts';
import { scenarioCodec } from './scenario-codec.ts';
import { travelCodec } from './travel-codec.ts';
import type { UrlCodec } from './url-codec.ts';
import { viewCodec } from './view-codec.ts';

/** Every part of the link, in the order they are applied (url-codec.ts says how to add one). */
// biome-ignore lint/suspicious/noExplicitAny: each codec has its own value type.
export const URL_CODECS: readonly UrlCodec<any>[] = [viewCodec, travelCodec, scenarioCodec, placementCodec];
