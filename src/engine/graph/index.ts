/** The travel graph: reversed CSR layout (types.ts), binary file (codec.ts). Loading and checksums: src/data/geodata/graph.ts. */

export { GraphBuilder } from './builder.ts';
export { checkGraph, decodeGraph, encodeGraph, GRAPH_FORMAT_VERSION, GRAPH_MAGIC, GraphFormatError } from './codec.ts';
export type { ModeName } from './modes.ts';
export { MODE_BUS, MODE_CYCLE, MODE_FERRY, MODE_FIXED_LINK, MODE_RAIL, modeMask, modeNames } from './modes.ts';
export type { TravelGraph } from './types.ts';
export { WEIGHT_UNITS_PER_MINUTE } from './types.ts';
