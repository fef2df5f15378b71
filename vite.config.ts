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
  // The computation core is pure (ARCHITECTURE.md): none of its modules runs anything on import, so
  // a module that imports the core's index but uses none of a module's exports need not load it
  // (the layer parser stays off the start page).
  build: {
    modulePreload: { polyfill: false },
    rolldownOptions: { treeshake: { moduleSideEffects: (id: string) => !/[\\/]src[\\/]core[\\/]/.test(id) } },
  },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  test: {
    environment: "jsdom",
    include: ["test/**/*.test.{ts,tsx}"],
    exclude: ["test/e2e/**", "node_modules/**"],
    setupFiles: ["test/setup.ts"],
  },
});
