import { describe, expect, it, test } from "vitest";
import { errorFields, isWorkerFailure, reply, unknownRequest, workerProblem } from "../../src/worker/reply";

type Req = { id: number; type: "square" | "boom"; x: number };

const square = (request: Req) =>
  reply(request, (r, id) => {
    if (r?.type === "boom") throw new RangeError(`x must be ≥ 0 (got ${r.x})`);
    return r?.type === "square" ? { id, ok: true as const, result: r.x * r.x } : undefined;
  });

describe("reply", () => {
  test("answers with the request's id", () => {
    expect(square({ id: 4, type: "square", x: 3 })).toEqual({ id: 4, ok: true, result: 9 });
  });

  test("turns a thrown error into a failure naming the error, never a throw", () => {
    expect(square({ id: 5, type: "boom", x: -1 })).toEqual({ id: 5, ok: false, name: "RangeError", message: "x must be ≥ 0 (got -1)" });
  });

  test("names an unknown request type, and answers a request without an id with id −1", () => {
    expect(square({ id: 6, type: "cube" } as unknown as Req)).toEqual({
      id: 6,
      ok: false,
      name: "TypeError",
      message: 'unknown request type "cube"',
      problem: { code: "worker.unknownRequest", values: { type: '"cube"' } },
    });
    expect(square(null as unknown as Req)).toEqual({
      id: -1,
      ok: false,
      name: "TypeError",
      message: "unknown request type undefined",
      problem: { code: "worker.unknownRequest", values: { type: "undefined" } },
    });
  });

  test("errorFields takes what was thrown, Error or not", () => {
    expect(errorFields(new TypeError("t"))).toEqual({ name: "TypeError", message: "t" });
    expect(errorFields("plain")).toEqual({ name: "Error", message: "plain" });
    expect(unknownRequest({ type: 7 }).message).toBe("unknown request type 7");
  });
});

describe("isWorkerFailure: whether a why page offers Try again", () => {
  it("is true for a worker that could not be loaded, did not answer or crashed, and false for a refusal or a bare message", () => {
    expect(isWorkerFailure(workerProblem("worker.loadFailed", { workerChoice: "image" }))).toBe(true);
    expect(isWorkerFailure(workerProblem("worker.timeout", { workerChoice: "image", seconds: 5 }))).toBe(true);
    expect(isWorkerFailure(workerProblem("worker.crashed", { workerChoice: "image", detail: "x" }))).toBe(true);
    expect(isWorkerFailure(workerProblem("worker.unknownRequest", { type: "x" }))).toBe(false);
    expect(isWorkerFailure({ code: "params.stride", values: {} })).toBe(false);
    expect(isWorkerFailure("TypeError: x is undefined")).toBe(false);
  });
});
