import { GraphBuilder } from './builder.ts';
import { encodeGraph } from './codec.ts';
import { MODE_CYCLE } from './modes.ts';

/**
 * A graph of `cells` cells on a line, 10 minutes apart by bike both ways, encoded as the app
 * loads it. In the engine so that tests of every layer above (workers, state) can share it.
 */
export function lineGraphBytes(cells: number): ArrayBuffer {
  const b = new GraphBuilder(cells);
  for (let i = 0; i + 1 < cells; i++) {
    b.addEdge(i, i + 1, 10, MODE_CYCLE);
    b.addEdge(i + 1, i, 10, MODE_CYCLE);
  }
  const bytes = encodeGraph(b.build());
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
