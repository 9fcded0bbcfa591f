import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of every build, as a `<meta http-equiv>` in `<head>` (a policy
 * meta elsewhere does not count), so it holds on any static host without server headers.
 * No directive names another origin, and there is no 'unsafe-eval'.
 *
 * 'wasm-unsafe-eval' (lets WebAssembly compile; it does not allow eval()) only where the LP
 * solver needs it. The solver (highs.wasm) runs only in the placement worker. A worker started
 * from a same-origin script URL does not inherit the page's policy (CSP 3: its own response
 * headers govern it, and a static host sends none), so the served app needs no wasm source.
 * The portable file starts its workers from blob:/data: URLs, which DO inherit the page's
 * policy, so there it is required: without it the solver does not start (shown by
 * test/e2e/placement.test.ts, which solves "as if one provider" in both builds).
 */
export type Directives = Record<string, readonly string[]>;

/** The served app (dist/): everything comes from its own origin. */
export const SERVED_POLICY: Directives = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // data: and blob: for the PNG export and the map canvas snapshots.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
  'object-src': ["'none'"],
};

/**
 * The portable file (file://): no 'self' at all, since nothing may be loaded from the disk
 * beside it. Its one inline script and one inline style are allowed by their SHA-256 hash;
 * the geodata is read from data: URLs, the workers start from blob: or data: URLs.
 */
export function portablePolicy(scriptHashes: readonly string[], styleHashes: readonly string[]): Directives {
  return {
    'default-src': ["'none'"],
    // The workers run under this policy (blob:/data: workers inherit it): the solver's wasm needs it.
    'script-src': [...scriptHashes.map((h) => `'sha256-${h}'`), "'wasm-unsafe-eval'"],
    'style-src': styleHashes.map((h) => `'sha256-${h}'`),
    'img-src': ['data:', 'blob:'],
    'connect-src': ['data:'],
    'worker-src': ['blob:', 'data:'],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'object-src': ["'none'"],
  };
}

export function serializePolicy(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** Puts the policy first in `<head>`, before anything it governs. */
export function withPolicyMeta(html: string, directives: Directives): string {
  if (!html.includes('<head>')) throw new Error('index.html has no <head>: the Content-Security-Policy meta needs one');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${serializePolicy(directives)}" />`;
  return html.replace('<head>', `<head>\n    ${meta}`);
}

/** Adds SERVED_POLICY to the built index.html (not in dev: Vite's dev server injects inline scripts). */
export function servedCsp(): Plugin {
  return {
    name: 'regiekaart:csp',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => withPolicyMeta(html, SERVED_POLICY) },
  };
}
