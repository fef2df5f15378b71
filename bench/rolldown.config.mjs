// Bundles bench/run.ts (TypeScript, importing src/core) into one ES module that Node 20 can run,
// written under node_modules/.cache so it is never committed. tfjs stays external, so Node loads
// its own prebuilt node build from node_modules.
export default {
  input: "bench/run.ts",
  platform: "node",
  external: [/^@tensorflow\//],
  output: { file: "node_modules/.cache/bench/run.mjs", format: "esm" },
};
