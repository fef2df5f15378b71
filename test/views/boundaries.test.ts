import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, test } from "vitest";

const SRC = resolve(__dirname, "../../src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Value (non-type) names imported from modules matching `from`. */
function valueImports(source: string, from: RegExp): string[] {
  const names: string[] = [];
  for (const m of source.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+"([^"]+)"/g)) {
    if (m[1] || !from.test(m[3])) continue;
    for (const part of m[2].split(",")) {
      const name = part.trim();
      if (name && !name.startsWith("type ")) names.push(name);
    }
  }
  return names;
}

describe("boundaries", () => {
  test("views and playback call no core compute: only cheap trace readers and lookup indexes", () => {
    // Readers are O(cells) or O(log n) per call; transpose builds a lookup index once per result
    // (O(nnz), cached by identity in model/indexes.ts). conv2d, explore & co. stay in the worker.
    // convInputSizesFor is O(stride) arithmetic; parseMatrix reads pasted text and fill makes preset
    // values, both O(cells) at most 32×32×16. quoted bounds echoed text and reportOf reads the
    // problem an error carries (core/problem.ts): O(text), no compute; the number readers
    // (core/number.ts) read one typed number.
    // importLayer, layerGeometry and pytorchEquivalent read one pasted line and do O(1) arithmetic.
    // layerOutput computes one framework's output for the import box's check and the
    // frameworks-disagree comparison, once per computed result (memoized), within the explorer's
    // limits (a few million multiply-adds at worst, a few ms): a known exception, to move into the
    // worker with the rest (issue 13's note).
    const allowed = new Set([
      "windowStateAt", "scatterStateAt", "scatterStateThrough", "coverage", "entryAt", "transpose",
      "convInputSizesFor", "parseMatrix", "fill", "quoted", "reportOf",
      "importLayer", "layerGeometry", "pytorchEquivalent", "layerOutput", "problemOf",
      "parseNumber", "numberOr", "normalizeNumberText",
    ]);
    for (const file of [...files(join(SRC, "views")), ...files(join(SRC, "playback"))]) {
      const used = valueImports(readFileSync(file, "utf8"), /\/core(\/|$)/);
      const constant = (n: string) => /^[A-Z][A-Z0-9_]*$/.test(n); // e.g. UP_BORDER: data, not compute
      expect(used.filter((n) => !allowed.has(n) && !constant(n)), relative(SRC, file)).toEqual([]);
    }
  });

  test("only src/store imports zustand", () => {
    for (const file of files(SRC)) {
      if (relative(SRC, file).startsWith("store")) continue;
      expect(readFileSync(file, "utf8"), relative(SRC, file)).not.toMatch(/from\s+"zustand/);
    }
  });

  test("no component selects the app's DOM with d3", () => {
    for (const file of files(SRC)) expect(readFileSync(file, "utf8"), relative(SRC, file)).not.toMatch(/d3-selection|from\s+"d3"/);
  });

  test("the worker files never touch the DOM or React", () => {
    for (const name of ["protocol.ts", "handle.ts", "compute.worker.ts"]) {
      const source = readFileSync(join(SRC, "worker", name), "utf8");
      expect(source, name).not.toMatch(/\bdocument\b|\bwindow\b|from\s+"react/);
    }
  });
});
