import type { VitePWAOptions } from "vite-plugin-pwa";

/**
 * Offline after the first visit, by Workbox through vite-plugin-pwa (no hand-written caching):
 * the build's service worker precaches every file of the app (the page, every JavaScript chunk,
 * the workers, the styles, the sample images and the icon), so a reload with the network gone
 * shows every page. Navigations (any ?page=… link) are answered with the precached index.html.
 *
 * Updates: a new build's service worker installs in the background and waits; it takes over on
 * the next visit (once no tab runs the old one), and the tab that found it says so in one line
 * (views/shell/UpdateNotice.tsx). Not skipping the wait keeps a running tab on one consistent
 * build: its lazy chunks still come from the old precache.
 *
 * Registration is the app's own (src/shell/registerServiceWorker.ts), after the first render, and
 * only in a build: the dev server and the tests run without a service worker.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  injectRegister: false,
  registerType: "prompt",
  includeAssets: ["images/*", "icon.svg", "ATTRIBUTION.md"],
  manifest: {
    name: "Transposed Convolution Explorer · 转置卷积可视化",
    short_name: "ConvT · 转置卷积",
    description:
      "Interactive explorer for transposed convolution, linked to the convolution it reverses · 交互式转置卷积可视化，与其反向的卷积一一对应",
    lang: "en",
    start_url: "./",
    scope: "./",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0072B2",
    icons: [{ src: "icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
  },
  workbox: {
    globPatterns: ["**/*.{js,css,html,svg,png,jpg,webmanifest,md}"],
    navigateFallback: "index.html",
    cleanupOutdatedCaches: true,
    // The first visit is controlled as soon as the worker activates (its lazy chunks then come from
    // the cache too); a later build still waits for the next visit (no skipWaiting).
    clientsClaim: true,
    // Chunks and workers are a few hundred KB at most; the default 2 MiB cap is kept as a guard.
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  },
  devOptions: { enabled: false },
};
