import { describe, expect, test } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const root = join(__dirname, "../../src/core");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("the core stays pure", () => {
  const sources = files(root).map((p) => ({ path: relative(root, p), text: readFileSync(p, "utf8") }));

  test("it has source files to check", () => {
    expect(sources.map((s) => s.path)).toContain("index.ts");
  });

  test.each(sources.map((s) => [s.path, s.text]))("%s imports only other core modules", (_path, text) => {
    const specifiers = [...text.matchAll(/(?:import|export)[^'"]*?from\s+["']([^"']+)["']/g)].map((m) => m[1]);
    for (const spec of specifiers) expect(spec).toMatch(/^\.\.?\//);
  });

  test("it compiles without the DOM lib or ambient types, so a DOM or Node global cannot type-check", () => {
    const config = JSON.parse(readFileSync(join(root, "../../tsconfig.core.json"), "utf8"));
    expect(config.compilerOptions.lib).toEqual(["ES2022"]);
    expect(config.compilerOptions.types).toEqual([]);
    expect(config.include).toEqual(["src/core"]);
  });
});
