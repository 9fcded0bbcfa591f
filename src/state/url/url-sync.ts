import { useUrlErrorStore } from '../url-error.ts';
import { parseWeergave, searchWithWeergave, useWeergaveStore } from '../weergave.ts';
import { URL_CODECS } from './codecs.ts';
import { rewriteHashParams } from './hash-params.ts';
import type { Decoded, UrlCodec } from './url-codec.ts';
import type { UrlProblem } from './url-problem.ts';

/** How long the URL waits after the last change, so panning does not flood the history API. */
const WRITE_DELAY_MS = 300;

/**
 * A link is untrusted input: a hash longer than this is refused before any part is parsed. It
 * leaves room for the scenario parameter (up to 8000 characters); each part bounds its own values.
 */
export const MAX_HASH_LENGTH = 12_000;

/** The part of `window` the sync uses (a stand-in in tests). */
export interface UrlWindow {
  location: { hash: string; search: string; pathname: string };
  history: { state: unknown; replaceState(state: unknown, unused: string, url: string): void };
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
}

// biome-ignore lint/suspicious/noExplicitAny: each codec has its own value type.
type AnyCodec = UrlCodec<any>;

/** `hash` with every codec's keys rewritten from the stores, keeping unknown keys (and `keep`'s). */
function encodeAll(hash: string, codecs: readonly AnyCodec[], keep: ReadonlySet<AnyCodec> = new Set()): string {
  const written = codecs.filter((codec) => !keep.has(codec));
  return rewriteHashParams(
    hash,
    written.flatMap((codec) => codec.keys),
    (params) => {
      for (const codec of written) codec.encode(params);
    },
  );
}

// The codecs of the running sync: the app adds parts that live above state (the language).
let runningCodecs: readonly AnyCodec[] = URL_CODECS;

/** The hash for the screen as it is now, for "copy link" (the sync itself writes with a delay). */
export function currentHash(hash: string): string {
  return encodeAll(hash, runningCodecs);
}

/**
 * Reads the link into the stores now (call before the first render, so the map starts where the
 * link points), then keeps the URL in step with the stores (replaceState, so the back button is
 * not filled with every pan) and follows hash edits made by the user. A link with an unusable
 * part opens the default screen, and the error notice says which part and why. `?weergave=`
 * (the audience mode) lives in the query and is read and written here too. Returns a stop function.
 */
export function startUrlSync(win: UrlWindow = window, codecs: readonly AnyCodec[] = URL_CODECS): () => void {
  const pending = new Map<AnyCodec, unknown>();
  const cleanups: (() => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  runningCodecs = codecs;

  /**
   * Opens the default screen and says why. `decoded` is what the link read gave (empty when the
   * link was too long to read): a preference it decoded as usable is applied, any other is reset.
   * Without it (an edit the offer refuses later) the preferences stay as they were applied.
   */
  const reject = (problem: UrlProblem, decoded?: readonly { codec: AnyCodec; result: Decoded<unknown> }[]) => {
    pending.clear();
    for (const codec of codecs) {
      if (!codec.preference) codec.reset();
      else if (decoded) {
        const result = decoded.find((d) => d.codec === codec)?.result;
        if (result?.ok) codec.apply(result.value);
        else codec.reset();
      }
    }
    // The first reason is the one worth reading; later ones are usually its consequence.
    if (!useUrlErrorStore.getState().error) useUrlErrorStore.getState().setError(problem);
  };

  const applyOne = (codec: AnyCodec, value: unknown) => {
    const problem = codec.apply(value);
    if (problem) reject(problem);
  };

  const read = () => {
    pending.clear();
    const hash = win.location.hash;
    if (hash.length > MAX_HASH_LENGTH) return reject({ kind: 'link-too-long', limit: MAX_HASH_LENGTH }, []);
    const decoded = codecs.map((codec) => ({ codec, result: codec.decode(hash) }));
    const failed = decoded.find((d) => !d.result.ok);
    if (failed && !failed.result.ok) return reject(failed.result.problem, decoded);
    for (const { codec, result } of decoded) {
      if (!result.ok) continue;
      if (codec.waitFor && !codec.waitFor.ready()) pending.set(codec, result.value);
      else applyOne(codec, result.value);
    }
  };

  const write = () => {
    timer = undefined;
    const hash = encodeAll(win.location.hash, codecs, new Set(pending.keys()));
    const search = searchWithWeergave(win.location.search, useWeergaveStore.getState().weergave);
    if (hash !== win.location.hash || search !== win.location.search) {
      win.history.replaceState(win.history.state, '', `${win.location.pathname}${search}${hash}`);
    }
  };
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(write, WRITE_DELAY_MS);
  };

  const { weergave, error } = parseWeergave(win.location.search);
  useWeergaveStore.getState().setWeergave(weergave);
  read();
  if (error && !useUrlErrorStore.getState().error) useUrlErrorStore.getState().setError(error);

  for (const codec of codecs) {
    for (const store of codec.stores) cleanups.push(store.subscribe(schedule));
    const waitFor = codec.waitFor;
    if (waitFor) {
      cleanups.push(
        waitFor.store.subscribe(() => {
          if (!pending.has(codec) || !waitFor.ready()) return;
          const value = pending.get(codec);
          pending.delete(codec);
          applyOne(codec, value);
          schedule();
        }),
      );
    }
  }
  cleanups.push(useWeergaveStore.subscribe(schedule));
  win.addEventListener('hashchange', read);
  return () => {
    for (const cleanup of cleanups) cleanup();
    win.removeEventListener('hashchange', read);
    if (timer !== undefined) clearTimeout(timer);
    runningCodecs = URL_CODECS;
  };
}
