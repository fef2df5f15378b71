import { describe, expect, test } from "vitest";
import { transferables } from "../../src/worker/transferables";

describe("transferables", () => {
  test("finds every buffer under a value once, through objects and arrays, typed arrays and bare buffers alike", () => {
    const shared = new Float64Array(8);
    const view = new Uint8Array(shared.buffer, 8, 4);
    const bare = new ArrayBuffer(16);
    const value = { a: shared, nested: [{ b: view }, { c: bare, d: new Int32Array(2) }], n: 3, s: "x", none: null };
    const found = transferables(value);
    expect(found).toHaveLength(3);
    expect(new Set(found)).toEqual(new Set([shared.buffer, bare, value.nested[1].d!.buffer]));
  });

  test("survives cycles and returns nothing for values without buffers", () => {
    const a: { self?: unknown; data: Float32Array } = { data: new Float32Array(1) };
    a.self = a;
    expect(transferables(a)).toEqual([a.data.buffer]);
    expect(transferables(null)).toEqual([]);
    expect(transferables({ x: 1, y: [2, "3"] })).toEqual([]);
  });
});
