import { describe, expect, test } from "vitest";
import { explore, TRACE_ENTRY_LIMIT } from "../../src/core";
import { explorationBuffers, handle, responseTransferables } from "../../src/worker/handle";
import type { WorkerRequest } from "../../src/worker/protocol";
import { rows, seedConv, seedReverse } from "./helpers";

describe("handle", () => {
  test("answers the seed convolution with [[18, 27], [18, 27]]", () => {
    const res = handle({ id: 7, type: "explore", params: seedConv() });
    expect(res.id).toBe(7);
    if (!res.ok) throw new Error(res.message);
    expect(res.result.mode).toBe("conv");
    expect(res.result.output.shape).toEqual([1, 2, 2]);
    expect(rows(res.result.output.data, 2)).toEqual([[18, 27], [18, 27]]);
    expect(res.result.window?.steps).toBe(4);
  });

  test("answers the reverse with the 4×4 that is not the original input", () => {
    const res = handle({ id: 1, type: "explore", params: seedReverse() });
    if (!res.ok) throw new Error(res.message);
    expect(rows(res.result.output.data, 4)).toEqual([
      [18, 45, 45, 27],
      [36, 90, 90, 54],
      [36, 90, 90, 54],
      [18, 45, 45, 27],
    ]);
    expect(res.result.scatter?.steps).toBe(4);
  });

  test("turns core's RangeError into { ok: false } with a message naming the field, rule and value", () => {
    const res = handle({ id: 2, type: "explore", params: { ...seedConv(), stride: [0, 0] } });
    expect(res).toMatchObject({ id: 2, ok: false, name: "RangeError" });
    if (res.ok) throw new Error("expected a refusal");
    expect(res.message).toMatch(/stride.*≥ 1.*got 0/);
  });

  test("refuses output padding that is not smaller than the stride or dilation, in PyTorch's words", () => {
    const res = handle({ id: 3, type: "explore", params: { ...seedReverse(), outputPadding: [1, 1] } });
    if (res.ok) throw new Error("expected a refusal");
    expect(res.message).toMatch(/output padding must be smaller than either stride or dilation/);
  });

  test("refuses a trace over the budget with a message naming the limit", () => {
    const big = { shape: [1, 1500, 1500], data: new Float64Array(1500 * 1500) };
    const res = handle({ id: 4, type: "explore", params: { ...seedConv(), input: big } });
    if (res.ok) throw new Error("expected a refusal");
    expect(res.message).toContain(TRACE_ENTRY_LIMIT.toLocaleString("en-US"));
  });

  test("answers an unknown request type with a message, never a throw", () => {
    const res = handle({ id: 5, type: "nope" } as unknown as WorkerRequest);
    expect(res).toMatchObject({ id: 5, ok: false });
  });
});

describe("transfer list", () => {
  function typedArrays(value: unknown, out: ArrayBufferView[] = []): ArrayBufferView[] {
    if (value === null || typeof value !== "object") return out;
    if (ArrayBuffer.isView(value)) {
      out.push(value);
      return out;
    }
    for (const v of Object.values(value)) typedArrays(v, out);
    return out;
  }

  test("holds the buffer of every typed array of an exploration, once each", () => {
    for (const params of [seedConv(), seedReverse()]) {
      const e = explore(params);
      const buffers = explorationBuffers(e);
      const expected = new Set(typedArrays(e).map((a) => a.buffer));
      expect(new Set(buffers).size).toBe(buffers.length);
      expect(new Set(buffers)).toEqual(expected);
      expect(buffers).toContain(e.output.data.buffer);
      expect(buffers).toContain(e.matrix.values.buffer);
    }
  });

  test("is empty for a refusal", () => {
    const res = handle({ id: 1, type: "explore", params: { ...seedConv(), stride: [0, 0] } });
    expect(responseTransferables(res)).toEqual([]);
  });

  test("moves the buffers instead of copying them: the sender's arrays are detached", () => {
    const res = handle({ id: 1, type: "explore", params: seedReverse() });
    if (!res.ok) throw new Error(res.message);
    const out = res.result.output.data;
    const received = structuredClone(res, { transfer: responseTransferables(res) });
    expect(out.byteLength).toBe(0);
    if (!received.ok) throw new Error("lost the answer");
    expect(rows(received.result.output.data, 4)[1]).toEqual([36, 90, 90, 54]);
  });
});
