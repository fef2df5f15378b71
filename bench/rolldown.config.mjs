// Bundles the benches (TypeScript, importing src/) into ES modules that Node 20 can run, written
// under node_modules/.cache so they are never committed. tfjs, vite and playwright stay external:
// Node loads their own builds from node_modules.
export default {
  input: { run: "bench/run.ts", browser: "bench/browser.ts" },
  platform: "node",
  external: [/^@tensorflow\//, /^vite$/, /^playwright-core$/],
  output: { dir: "node_modules/.cache/bench", format: "esm", entryFileNames: "[name].mjs", chunkFileNames: "[name]-[hash].mjs" },
};
