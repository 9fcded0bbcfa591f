import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The served build as an installable app that works offline after one visit: a Workbox
 * service worker precaches the app and every geodata file. `registerType: 'prompt'` keeps a
 * new version waiting until the user chooses to reload (src/app/UpdateNotice.tsx), so nothing is
 * swapped in under a board mid-meeting. The app registers the worker itself
 * (src/app/service-worker.ts), and only where one can work.
 */

// graph.bin (3.7 MB) and the main bundle (2.7 MB) are above Workbox's 2 MiB default, and a file
// above the limit is skipped with only a warning: offline would then break silently.
const MAX_PRECACHED_BYTES = 16 * 1024 * 1024;

/** `disable` (the portable file): no service worker, and `virtual:pwa-register` becomes a no-op. */
export function installable({ disable }: { disable: boolean }): Plugin[] {
  return VitePWA({
    disable,
    registerType: 'prompt',
    injectRegister: false,
    strategies: 'generateSW',
    // globPatterns below already covers the icons.
    includeManifestIcons: false,
    manifest: {
      name: 'Regiekaart mbo',
      short_name: 'Regiekaart',
      description:
        'Kaart van het mbo-aanbod in Nederland: alle mbo-locaties, reistijden per niveau en wat een start, stop of uitruil van een opleiding betekent voor het bereik. Werkt offline.',
      lang: 'nl',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1d3557',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,mjs,css,svg,png,webmanifest,json,topojson,bin,wasm}'],
      maximumFileSizeToCacheInBytes: MAX_PRECACHED_BYTES,
      // Plain static servers (python http.server, nginx defaults) have no rewrites: a reload
      // offline is answered with the cached index.html.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The first version takes charge of the page it was installed from, so a new version that
      // comes out during that same first session can still be switched to (and reloads the page).
      // skipWaiting stays off: a new version waits for the user's click.
      clientsClaim: true,
    },
  });
}
