import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, test } from "vitest";

/**
 * Imports point down: views → store/url/export → model → core, and no two files import each other,
 * even through others. Checked on the source text with a small resolver (relative specifiers only:
 * packages are not ours), counting `import type` too, since a type-only cycle still ties two
 * concepts together. Source: excalidraw's package boundaries.
 */

const SRC = resolve(__dirname, "../src");

/**
 * The layer of each top-level entry of src. A file may import its own layer or any lower one.
 * Layer 1 is the app's own concepts above the core (no DOM, no React); layer 2 what the views
 * build on: the store, the URL code, the exports, the workers and their clients, presets and the
 * player's clock.
 */
const LAYERS: Readonly<Record<string, number>> = {
  core: 0,
  model: 1,
  params: 1,
  format: 1,
  i18n: 1,
  worker: 2,
  store: 2,
  url: 2,
  export: 2,
  presets: 2,
  playback: 2,
  pwa: 2,
  views: 3,
  "main.tsx": 4,
};

/**
 * The one file allowed to reach up: i18n/problemCodes.ts gathers every layer's problem specs so
 * that the catalogues can check their keys against all codes at compile time (only types leave it
 * for the app). It still may not import a view, and it is in the cycle check like any other file.
 */
const REGISTRIES = new Set(["i18n/problemCodes.ts"]);

/** Folders that must never import a view, whatever their layer. */
const NO_VIEWS = ["core", "model", "store", "url", "worker"];

type Graph = ReadonlyMap<string, readonly string[]>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Every module specifier of a source text: static imports and re-exports, import(), new URL(…, import.meta.url). */
function specifiersOf(source: string): string[] {
  // Comments may show an import as an example: drop them first (block comments, then line comments
  // that start a line or follow a space, so a "//" inside a URL string stays).
  const text = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|\s)\/\/[^\n]*/g, "$1");
  const found: string[] = [];
  const patterns = [
    /(?:^|[\n;])\s*(?:import|export)\b[^;'"`]*?\bfrom\s*["']([^"']+)["']/g,
    /(?:^|[\n;])\s*import\s*["']([^"']+)["']/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /\bnew\s+URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url\s*\)/g,
  ];
  for (const p of patterns) for (const m of text.matchAll(p)) found.push(m[1]);
  return found;
}

/**
 * The file a relative specifier names (bundler resolution: the path itself, then .ts, .tsx, then
 * the folder's index), "" for a file that is not TypeScript (CSS, images), or null when nothing
 * matches, so that an import the resolver cannot follow fails the test instead of passing unseen.
 */
function resolveSpecifier(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ""));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return /\.tsx?$/.test(candidate) ? candidate : "";
  }
  return null;
}

/** The import graph of src: each file with the src files it imports (paths relative to src). */
function graphOfSrc(): { graph: Map<string, string[]>; unresolved: string[] } {
  const graph = new Map<string, string[]>();
  const unresolved: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const targets: string[] = [];
    for (const spec of specifiersOf(readFileSync(file, "utf8"))) {
      if (!spec.startsWith(".")) continue;
      const target = resolveSpecifier(file, spec);
      if (target === null) unresolved.push(`${relative(SRC, file)}: ${spec}`);
      else if (target) targets.push(relative(SRC, target));
    }
    graph.set(relative(SRC, file), targets);
  }
  return { graph, unresolved };
}

const topOf = (path: string): string => path.split("/")[0];

/** Imports that point upward, as "from → to", given each top-level entry's layer. */
function upwardImports(graph: Graph, layers: Readonly<Record<string, number>>): string[] {
  const out: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) if ((layers[topOf(to)] ?? Infinity) > (layers[topOf(from)] ?? -Infinity)) out.push(`${from} → ${to}`);
  }
  return out;
}

/** Imports of a view from the folders that must not have any. */
function viewImports(graph: Graph): string[] {
  const out: string[] = [];
  for (const [from, targets] of graph) {
    if (!NO_VIEWS.includes(topOf(from))) continue;
    for (const to of targets) if (topOf(to) === "views") out.push(`${from} → ${to}`);
  }
  return out;
}

/** Every import cycle, one per strongly connected component of two or more files, or a file importing itself (Tarjan). */
function cyclesOf(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

describe("the checks themselves", () => {
  const layers = { core: 0, model: 1, views: 3 };

  test("the parser finds static, type-only, re-exported, dynamic and worker-URL imports", () => {
    const text = [
      `import { a } from "./a";`,
      `import type { B } from "../b";`,
      `export { c } from "./c";`,
      `import "./side.css";`,
      `const d = await import("./d");`,
      `new Worker(new URL("./w.worker.ts", import.meta.url), { type: "module" });`,
      `import {`,
      `  e,`,
      `  type F,`,
      `} from "./e";`,
      `/** e.g. \`lazyPart(() => import("./X"))\` */`,
      `// import { g } from "./g";`,
    ].join("\n");
    expect(specifiersOf(text).sort()).toEqual(["../b", "./a", "./c", "./d", "./e", "./side.css", "./w.worker.ts"]);
  });

  test("an upward import is reported, a downward one is not", () => {
    const graph = new Map([
      ["model/focus.ts", ["views/frames/focus.ts", "core/index.ts"]],
      ["views/frames/focus.ts", ["model/focus.ts"]],
    ]);
    expect(upwardImports(graph, layers)).toEqual(["model/focus.ts → views/frames/focus.ts"]);
  });

  test("a two-file cycle and a longer one are both found, an acyclic graph has none", () => {
    const cyclic = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["a.ts"]],
      ["c.ts", ["d.ts"]],
      ["d.ts", ["e.ts"]],
      ["e.ts", ["c.ts"]],
      ["f.ts", ["a.ts"]],
    ]);
    expect(cyclesOf(cyclic)).toEqual([["a.ts", "b.ts"], ["c.ts", "d.ts", "e.ts"]]);
    expect(cyclesOf(new Map([["a.ts", ["b.ts"]], ["b.ts", []]]))).toEqual([]);
  });

  test("an unknown top-level folder counts as the highest importer and the lowest target", () => {
    const graph = new Map([["core/a.ts", ["newdir/b.ts"]]]);
    expect(upwardImports(graph, layers)).toEqual(["core/a.ts → newdir/b.ts"]);
  });
});

describe("imports point down and never in a circle", () => {
  const { graph, unresolved } = graphOfSrc();

  test("every relative import resolves to a file", () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(unresolved).toEqual([]);
  });

  test("every top-level entry of src has a layer", () => {
    const tops = [...new Set([...graph.keys()].map(topOf))].sort();
    expect(tops.filter((t) => !(t in LAYERS))).toEqual([]);
  });

  test("no file under core, model, store, url or worker imports a view", () => {
    expect(viewImports(graph)).toEqual([]);
  });

  test("no import points upward: views → store/url/export → model → core", () => {
    const up = upwardImports(graph, LAYERS);
    expect(up.filter((edge) => !REGISTRIES.has(edge.split(" → ")[0]))).toEqual([]);
    expect(up.filter((edge) => edge.split(" → ")[1].startsWith("views/"))).toEqual([]);
  });

  test("no import cycle between files", () => {
    expect(cyclesOf(graph)).toEqual([]);
  });
});
