import type { Watchable } from '../pipeline/computation.ts';
import type { UrlProblem } from './url-problem.ts';

/**
 * One part of the link (the view, the travel choice, the scenario, …): which hash parameters it
 * owns, how to read them (with a reason when they are unusable), how to write them, and which
 * stores it reads and writes. url-sync.ts runs every codec in codecs.ts with one debounce, one
 * replaceState, one hashchange listener and one error notice.
 *
 * To add a part: write `src/state/url/<part>-codec.ts` exporting a `UrlCodec`, and add it to the
 * list in codecs.ts. Rules: own distinct keys; schema-check every value (readHashParams with a
 * zod schema) and bound its length; leave out values that equal the default, so old links and
 * short links keep meaning the same; never throw from decode (return the problem, as data:
 * src/i18n/url-problem.ts words it, and needs a format for every new key).
 */
export type Decoded<T> = { ok: true; value: T } | { ok: false; problem: UrlProblem };

export interface UrlCodec<T> {
  /** The hash parameters it owns; no two codecs share a key. */
  keys: readonly string[];
  /** Reads its keys from the hash ("#a=b&…", already bounded in length by the sync). */
  decode(hash: string): Decoded<T>;
  /**
   * Puts a decoded value into the stores. Returns the problem when the value turns out unusable
   * only now (a scenario whose edits do not fit this browser's offer), else null.
   */
  apply(value: T): UrlProblem | null;
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
  /**
   * A preference of the reader (the language) rather than part of the screen: when another part
   * of the link is unusable it is still applied, if it is usable itself, so the notice that says
   * why speaks the language the link asked for.
   */
  preference?: boolean;
}
