/**
 * The deck.gl layer prop that puts a layer beneath a MapLibre style layer in interleaved mode
 * (`beforeId`), or nothing to draw it above the whole style. deck.gl's layer types do not list
 * the MapLibre overlay's `beforeId`, so layers take it by spread: `...beneathStyleLayer(id)`.
 */
export function beneathStyleLayer(beforeId: string | undefined): { beforeId?: string } {
  return beforeId === undefined ? {} : { beforeId };
}
