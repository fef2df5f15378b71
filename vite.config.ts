import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";
import { contentSecurityPolicy } from "./build/csp.ts";
import { pwaOptions } from "./build/pwa.ts";

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), VitePWA(pwaOptions)],
  base: "./",
  worker: { format: "es" },
  // Every browser that runs the app's module workers has <link rel="modulepreload">: no polyfill.
  build: { modulePreload: { polyfill: false } },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  test: {
    environment: "jsdom",
    include: ["test/**/*.test.{ts,tsx}"],
    exclude: ["test/e2e/**", "node_modules/**"],
    setupFiles: ["test/setup.ts"],
  },
});
