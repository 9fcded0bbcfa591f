/** Messages between the travel pool (main thread) and travel.worker.ts. */

/**
 * Handshake: the worker says `loaded` once its module runs; the pool then sends `init` with
 * the graph, and the worker answers `ready`. (Sending before `loaded` can lose the message in
 * some worker shims, so the pool never does.)
 */

/** The graph.bin bytes (already checked against the manifest by the caller). */
export interface InitMessage {
  type: 'init';
  graph: ArrayBuffer;
}

export interface FieldRequest {
  type: 'field';
  id: number;
  sources: Int32Array;
  cutoffMinutes: number;
}

export type ToWorker = InitMessage | FieldRequest;

export interface FieldResponse {
  type: 'field';
  id: number;
  minutes: Uint16Array;
  modes: Uint8Array;
  /** Time the search took inside the worker, ms. */
  elapsedMs: number;
}

export interface ErrorResponse {
  type: 'error';
  /** The request that failed; -1 when the init failed (the worker is then unusable). */
  id: number;
  message: string;
}

export interface LoadedMessage {
  type: 'loaded';
}

export interface ReadyMessage {
  type: 'ready';
}

export type FromWorker = LoadedMessage | ReadyMessage | FieldResponse | ErrorResponse;
