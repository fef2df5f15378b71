import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { AddressInfo } from "node:net";
import { preview } from "vite";
import type { TestProject } from "vitest/node";
import { findChromium } from "./findChromium.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the built app, served by `vite preview` on 127.0.0.1, ending in "/". */
    baseURL: string;
    /** The browser to launch, or the one-line reason there is none (every browser test fails with it). */
    chromium: { path: string } | { error: string };
  }
}

/**
 * Finds Chromium and serves dist/ (built by `npm run test:e2e`) with Vite's preview server on a
 * free port of 127.0.0.1. A missing dist/ stops the run here; a missing Chromium is handed to the
 * tests, so that each browser test fails with the install hint rather than the run ending early.
 */
export default async function setup(project: TestProject) {
  const root = project.config.root;
  let chromium: { path: string } | { error: string };
  try {
    chromium = { path: findChromium() };
  } catch (e) {
    chromium = { error: e instanceof Error ? e.message : String(e) };
  }
  if (!existsSync(resolve(root, "dist/index.html"))) {
    throw new Error("dist/index.html is missing: run `npm run test:e2e`, which builds the app first");
  }
  const server = await preview({
    root,
    configFile: resolve(root, "vite.config.ts"),
    logLevel: "warn",
    preview: { host: "127.0.0.1", port: 0, strictPort: true, open: false },
  });
  const { port } = server.httpServer.address() as AddressInfo;
  project.provide("baseURL", `http://127.0.0.1:${port}/`);
  project.provide("chromium", chromium);
  return async () => {
    await server.close();
  };
}
