import {
  type Accessor,
  type AccessorContext,
  CompositeLayer,
  type DefaultProps,
  type FilterContext,
  type LayerProps,
  type UpdateParameters,
} from '@deck.gl/core';
import { BitmapLayer, SolidPolygonLayer } from '@deck.gl/layers';
import { beneathStyleLayer } from './beneath-style-layer.ts';
import { type CellChunk, cellChunks, chunkInView } from './cell-chunks.ts';
import { type CellGeometry, cellGeometry } from './cell-geometry.ts';
import { CELL_RASTER_ZOOM, type CellRaster, cellRaster, paintCellRaster } from './cell-raster.ts';
import type { Rgba } from './colors.ts';

export interface CellFillLayerInput {
  id: string;
  /** H3 index per dense cell (buildCellList): pass the same array every call, never a copy. */
  cells: readonly string[];
  /** A colour per dense cell index, or one constant colour. */
  getFillColor: ((index: number) => Rgba) | Rgba;
  /** Whatever changes the colours (result version, before/after, staleness…). */
  colourTrigger: readonly unknown[];
  visible?: boolean;
  /** MapLibre style layer to draw beneath in interleaved mode (e.g. the gemeente borders). */
  beforeId?: string;
}

/**
 * Every grid layer in the app (travel field, delta, travel change, white spots, catchment) is the
 * same hexagon fill over the full, stable cell list: a new result, the before/after flip or
 * staleness only bumps `colourTrigger`, so deck.gl refills one colour attribute instead of
 * rebuilding ~56k hexagons. The hexagons come pre-triangulated from `cellGeometry`, built once
 * per cell list and shared by all these layers; accessors see each cell by its dense `index`.
 * (Whole polygons, not H3HexagonLayer's instanced path: that leaves hairline gaps between cells
 * and costs three times as much per frame in software WebGL.) Zoomed in, only the blocks of cells
 * in view are drawn (`cell-chunks.ts`); below `CELL_RASTER_ZOOM` the same colours are one image
 * instead (`cell-raster.ts`).
 */
export function cellFillLayer({
  id,
  cells,
  getFillColor,
  colourTrigger,
  visible = true,
  beforeId,
}: CellFillLayerInput): CellFillLayer {
  return new CellFillLayer({
    id,
    data: cellGeometry(cells),
    visible,
    // GPU picking of ~56k polygons is slow in software WebGL and runs on every mouse move;
    // clicks are looked up by position instead (travel/cell-lookup.ts).
    pickable: false,
    // Binary data has no objects to hand the accessor: deck.gl passes each cell's index.
    getFillColor: typeof getFillColor === 'function' ? (_: unknown, { index }) => getFillColor(index) : getFillColor,
    updateTriggers: { getFillColor: colourTrigger },
    ...beneathStyleLayer(beforeId),
  });
}

interface CellFillProps {
  data: CellGeometry;
  getFillColor: Accessor<unknown, Rgba>;
}

type CellFillLayerProps = CellFillProps & LayerProps;

/** luma.gl's texture, as the layer's device makes it (luma.gl is deck.gl's, not a dependency of ours). */
type Texture = ReturnType<CellFillLayer['context']['device']['createTexture']>;

interface CellFillState {
  /**
   * Whether the map has been zoomed in to `CELL_RASTER_ZOOM` since the layer was made: only then
   * are the polygons built (and then kept), so a national view never fills their ~336k vertices.
   */
  polygons: boolean;
  /** The chunk each polygon sublayer draws, by sublayer id, for culling in `filterSubLayer`. */
  chunkOf: Map<string, CellChunk>;
  raster: CellRaster;
  /** The image's bytes, kept to repaint without allocating; null until first painted. */
  texels: Uint8Array | null;
  texture: Texture | null;
  /** Colours changed since the image was painted. */
  stale: boolean;
  [key: string]: unknown;
}

/**
 * The grid as polygons in blocks from `CELL_RASTER_ZOOM` on, and as an image below it. The
 * polygons are built the first time the map is zoomed in that far and then stay; from then on
 * `filterSubLayer` picks what a frame draws, so zooming and panning cost nothing but the frame.
 */
export class CellFillLayer extends CompositeLayer<CellFillLayerProps> {
  static override layerName = 'CellFillLayer';
  static override defaultProps: DefaultProps<CellFillLayerProps> = {
    getFillColor: { type: 'accessor', value: [0, 0, 0, 255] },
  };
  declare state: CellFillState;

  /** A viewport change matters once: the first time the map is zoomed in far enough for polygons. */
  override shouldUpdateState({ changeFlags }: UpdateParameters<this>): boolean {
    return changeFlags.propsOrDataChanged || (this.state?.polygons === false && this.zoomedIn());
  }

  private zoomedIn(): boolean {
    return this.context.viewport.zoom >= CELL_RASTER_ZOOM;
  }

  override updateState({ props, oldProps, changeFlags }: UpdateParameters<this>): void {
    if (props.data !== oldProps.data) {
      this.state.texture?.destroy();
      this.setState({
        polygons: this.zoomedIn(),
        chunkOf: new Map(),
        raster: cellRaster(props.data),
        texels: null,
        texture: null,
        stale: true,
      });
    } else if (!this.state.polygons && this.zoomedIn()) {
      this.setState({ polygons: true });
    }
    const triggers = changeFlags.updateTriggersChanged;
    if (changeFlags.dataChanged || (triggers && (triggers.all || triggers.getFillColor))) this.state.stale = true;
    // A hidden grid (one of the views not shown now) holds no image: it is painted once shown.
    if (props.visible && this.state.stale) this.paint();
  }

  private paint(): void {
    const { raster } = this.state;
    if (raster.width === 0) return;
    const texels = this.state.texels ?? new Uint8Array(raster.width * raster.height * 4);
    const texture =
      this.state.texture ??
      this.context.device.createTexture({
        width: raster.width,
        height: raster.height,
        format: 'rgba8unorm',
        mipLevels: 1,
        // Point sampling: a texel is one cell's colour, as a pixel of the polygons is.
        sampler: { minFilter: 'nearest', magFilter: 'nearest', mipmapFilter: 'none' },
      });
    const { data, getFillColor } = this.props;
    const target: number[] = [];
    const colourOf =
      typeof getFillColor === 'function'
        ? (index: number) => getFillColor(null, { index, data, target }) as Rgba
        : () => getFillColor as Rgba;
    texture.writeData(paintCellRaster(raster, data.length, colourOf, texels), {
      width: raster.width,
      height: raster.height,
    });
    this.setState({ texels, texture, stale: false });
    // The texture may be the same object with new texels: nothing in the props says so.
    this.setNeedsRedraw();
  }

  override finalizeState(context: Parameters<CompositeLayer['finalizeState']>[0]): void {
    this.state.texture?.destroy();
    super.finalizeState(context);
  }

  override filterSubLayer({ layer, viewport }: FilterContext): boolean {
    const chunk = this.state.chunkOf.get(layer.id);
    if (!chunk) return viewport.zoom < CELL_RASTER_ZOOM;
    return viewport.zoom >= CELL_RASTER_ZOOM && chunkInView(chunk, viewport.getBounds());
  }

  override renderLayers() {
    const { getFillColor, updateTriggers } = this.props;
    const { chunkOf } = this.state;
    chunkOf.clear();
    const chunks = this.state.polygons ? cellChunks(this.props.data) : [];
    const polygons = chunks.map((chunk, k) => {
      const layer = new SolidPolygonLayer<string>(
        this.getSubLayerProps({
          id: `polygons-${k}`,
          // deck.gl's binary form: its types describe iterable data only.
          data: chunk.geometry as unknown as string[],
          // The rings are H3's own and do not cross the antimeridian: nothing to normalise.
          _normalize: false,
          positionFormat: 'XY',
          extruded: false,
          filled: true,
          // The accessor sees a chunk's own index; the caller's colours go by the whole list's.
          getFillColor:
            typeof getFillColor === 'function'
              ? (object: unknown, info: AccessorContext<unknown>) =>
                  getFillColor(object, { ...info, index: chunk.cells[info.index]! })
              : getFillColor,
          updateTriggers: { getFillColor: updateTriggers.getFillColor },
        }),
      );
      chunkOf.set(layer.id, chunk);
      return layer;
    });
    return [
      ...polygons,
      new BitmapLayer(
        this.getSubLayerProps({
          id: 'raster',
          image: this.state.texture,
          bounds: this.state.raster.bounds,
        }),
      ),
    ];
  }
}
