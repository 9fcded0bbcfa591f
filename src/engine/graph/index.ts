/** The travel graph: reversed CSR layout (types.ts), binary file (codec.ts). Loading and checksums: src/data/geodata/graph.ts. */
export type { TravelGraph } from './types.ts';
export { WEIGHT_UNITS_PER_MINUTE } from './types.ts';
export { GraphBuilder } from './builder.ts';
export { encodeGraph, decodeGraph, checkGraph, GraphFormatError, GRAPH_MAGIC, GRAPH_FORMAT_VERSION } from './codec.ts';
export { MODE_CYCLE, MODE_BUS, MODE_RAIL, MODE_FERRY, MODE_FIXED_LINK, modeNames, modeMask } from './modes.ts';
export type { ModeName } from './modes.ts';
