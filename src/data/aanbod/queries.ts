import { geodataTextQuery } from '../queries/geodata-query.ts';
import { MODELLED_OFFER_FILE, parseOfferFile } from './offer-file.ts';
import { PC4_FILE, parsePc4File } from './pc4.ts';

/** public/geodata/aanbod-model.json: the modelled default offer (kind "modelled"). */
export const modelledOfferQuery = geodataTextQuery(MODELLED_OFFER_FILE, parseOfferFile);

/** public/geodata/pc4.json: PC4 points, needed only when a DUO file is imported. */
export const pc4Query = geodataTextQuery(PC4_FILE, parsePc4File);
