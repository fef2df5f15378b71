import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, test } from "vitest";

const SRC = resolve(__dirname, "../../src");
const ROOT = resolve(__dirname, "../..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** The main-thread halves: the bridge and each worker's client, which use the DOM lib (Worker, canvas). */
const mainThreadHalf = (file: string) => /(^|\/)(bridge|client)\.ts$/.test(relative(SRC, file));
const workerSide = files(join(SRC, "worker")).filter((f) => !mainThreadHalf(f));

describe("worker boundaries: every worker file, not a chosen few", () => {
  test("every Web Worker lives under src/worker, with its handler beside it", () => {
    const workers = files(SRC).filter((f) => f.endsWith(".worker.ts")).map((f) => relative(SRC, f));
    expect(workers.sort()).toEqual(["worker/compute.worker.ts", "worker/gif/gif.worker.ts", "worker/image/image.worker.ts", "worker/train/why.worker.ts"]);
  });

  test("no worker-side file touches the DOM or React", () => {
    expect(workerSide.length).toBeGreaterThan(15);
    for (const file of workerSide) {
      expect(readFileSync(file, "utf8"), relative(SRC, file)).not.toMatch(/\bdocument\.|\bwindow\.|from\s+"react|from\s+"\.\.\/(\.\.\/)?views/);
    }
  });

  test("tsconfig.worker.json compiles all of src/worker but the main-thread halves, without the DOM lib", () => {
    const config = JSON.parse(readFileSync(join(ROOT, "tsconfig.worker.json"), "utf8")) as {
      compilerOptions: { lib: string[] };
      include: string[];
      exclude: string[];
    };
    expect(config.compilerOptions.lib).not.toContain("DOM");
    expect(config.include).toContain("src/worker");
    expect(config.exclude.sort()).toEqual(["src/worker/**/client.ts", "src/worker/bridge.ts"]);
  });
});
