import { defineConfig } from "vitest/config";

/**
 * Browser tests: real Chromium through playwright-core against the built app (dist/), served by
 * `vite preview` from the global setup. One file at a time in one fork: each file drives its own
 * Chromium, and the machine has two cores.
 */
export default defineConfig({
  test: {
    environment: "node",
    include: ["test/e2e/**/*.e2e.ts"],
    globalSetup: ["test/e2e/harness/globalSetup.ts"],
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // the worker computes asynchronously: give each UI assertion a few seconds on a busy machine
    expect: { poll: { timeout: 5_000, interval: 50 } },
  },
});
