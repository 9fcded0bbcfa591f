import type { Watchable } from '../pipeline/computation.ts';

/**
 * One part of the link (the view, the travel choice, the scenario, …): which hash parameters it
 * owns, how to read them (with a reason when they are unusable), how to write them, and which
 * stores it reads and writes. url-sync.ts runs every codec in codecs.ts with one debounce, one
 * replaceState, one hashchange listener and one error notice.
 *
 * To add a part: write `src/state/url/<part>-codec.ts` exporting a `UrlCodec`, and add it to the
 * list in codecs.ts. Rules: own distinct keys; schema-check every value (readHashParams with a
 * zod schema) and bound its length; leave out values that equal the default, so old links and
 * short links keep meaning the same; never throw from decode (return the reason).
 */
export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface UrlCodec<T> {
  /** The hash parameters it owns; no two codecs share a key. */
  keys: readonly string[];
  /** Reads its keys from the hash ("#a=b&…", already bounded in length by the sync). */
  decode(hash: string): Decoded<T>;
  /**
   * Puts a decoded value into the stores. Returns a reason when the value turns out unusable
   * only now (a scenario whose edits do not fit this browser's offer), else null.
   */
  apply(value: T): string | null;
  /** Puts the defaults into the stores: the link was unusable. */
  reset(): void;
  /** Writes what the stores hold now into `params` (its keys are already removed); defaults left out. */
  encode(params: URLSearchParams): void;
  /** The stores whose changes change what `encode` writes. */
  stores: readonly Watchable[];
  /**
   * When set, a decoded value waits until `ready()` (the scenario waits for the offer, to check
   * its edits against it); meanwhile the link's own parameters for this codec stay as they are.
   */
  waitFor?: { store: Watchable; ready(): boolean };
}
