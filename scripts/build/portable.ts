import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin, PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { EMBEDDED_GEODATA_ATTRIBUTE } from '../../src/data/queries/embedded-geodata.ts';
import { portablePolicy, withPolicyMeta } from './csp.ts';

/**
 * `npm run build:portable`: the whole app as one HTML file that opens over file:// (from a USB
 * stick or an e-mail attachment), where the browser refuses module scripts from files, fetches
 * of other files and workers from files. So everything goes inside the page:
 * - scripts and styles: vite-plugin-singlefile inlines them (and MapLibre's worker, imported
 *   with ?url, becomes a data: URL through its inline-everything asset limit);
 * - our workers: inlineWorkers() turns each `new Worker(new URL(…), …)` into Vite's inline
 *   worker, built as a classic script (a module worker from a blob: URL fails on file://);
 * - the geodata: gzip + base64 in inert `<script type="application/octet-stream">` blocks,
 *   read by src/data/queries/embedded-geodata.ts;
 * - the Content-Security-Policy, with the hashes of the inline script and style.
 */
export const PORTABLE_FILE = 'regiekaart-mbo.html';

export function portablePlugins(publicDir: string): PluginOption[] {
  return [
    inlineWorkers(),
    inlineIcon(publicDir),
    viteSingleFile({ removeViteModuleLoader: true }),
    portableHtml(path.join(publicDir, 'geodata')),
  ];
}

/** index.html's icon (a public/ file, which the portable build does not copy) as a data: URL. */
function inlineIcon(publicDir: string): Plugin {
  const href = '/icons/icon.svg';
  return {
    name: 'regiekaart:inline-icon',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(`href="${href}"`))
          throw new Error(`index.html no longer links ${href}: update scripts/build/portable.ts`);
        const svg = readFileSync(path.join(publicDir, href), 'utf8');
        return html.replace(
          `href="${href}"`,
          `href="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"`,
        );
      },
    },
  };
}

// The pattern Vite itself recognises for workers, with a literal URL.
const WORKER_RE =
  /new\s+Worker\(\s*new\s+URL\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url\s*\)\s*(?:,\s*([^()]*?))?\s*\)/g;

/** Rewrites `new Worker(new URL('./x.worker.ts', import.meta.url), options)` to Vite's `?worker&inline` import. */
export function inlineWorkers(): Plugin {
  return {
    name: 'regiekaart:inline-workers',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.[cm]?[jt]sx?$/.test(id) || !code.includes('new Worker(')) return null;
      const imports: string[] = [];
      const rewritten = code.replace(WORKER_RE, (_, _quote: string, url: string, options: string | undefined) => {
        const name = `__regiekaartInlineWorker${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(`${url}?worker&inline`)};`);
        return `new ${name}(${options ?? ''})`;
      });
      return imports.length === 0 ? null : { code: `${imports.join('\n')}\n${rewritten}`, map: null };
    },
  };
}

/** SHA-256 in base64, as a CSP source expects it. */
function cspHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

/** The text of every inline element `tag` (no src attribute) in the page. */
function inlineContents(html: string, tag: 'script' | 'style'): string[] {
  const re = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g');
  return [...html.matchAll(re)]
    .filter((m) => !/\bsrc=|type="application\/octet-stream"/.test(m[1] ?? ''))
    .map((m) => m[2]);
}

/** Every file of public/geodata as an inert data block (gzip: the file is 4× smaller than plain base64). */
function geodataBlocks(dir: string): string {
  return readdirSync(dir)
    .sort()
    .map((file) => {
      const packed = gzipSync(readFileSync(path.join(dir, file)), { level: 9 }).toString('base64');
      return `<script type="application/octet-stream" ${EMBEDDED_GEODATA_ATTRIBUTE}="${file}">${packed}</script>`;
    })
    .join('\n');
}

function portableHtml(geodataDir: string): Plugin {
  return {
    name: 'regiekaart:portable-html',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const leftovers = Object.keys(bundle).filter((name) => name !== 'index.html');
        if (leftovers.length > 0) {
          this.error(
            `the portable file would need these files beside it, which file:// cannot load: ${leftovers.join(', ')}`,
          );
        }
        const page = bundle['index.html'];
        if (page?.type !== 'asset' || typeof page.source !== 'string')
          this.error('the portable build produced no index.html');
        // Before the page's own closing tag, the last one: the inlined scripts may hold the text
        // '</body>' themselves (the xlsx writer's HTML export does), and inserting there would cut
        // a script in two.
        const end = page.source.lastIndexOf('</body>');
        if (end < 0) this.error('the portable build produced an index.html without </body>');
        let html = `${page.source.slice(0, end)}${geodataBlocks(geodataDir)}\n${page.source.slice(end)}`;
        const policy = portablePolicy(
          inlineContents(html, 'script').map(cspHash),
          inlineContents(html, 'style').map(cspHash),
        );
        html = withPolicyMeta(html, policy);
        delete bundle['index.html'];
        this.emitFile({ type: 'asset', fileName: PORTABLE_FILE, source: html });
      },
    },
  };
}
