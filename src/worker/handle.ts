import { explore, type Exploration } from "../core";
import type { WorkerRequest, WorkerResponse } from "./protocol";

/**
 * Answers one request by calling core. Pure apart from core's own allocations, so the worker, the
 * main-thread fallback and the tests all run exactly this. Never throws: a RangeError from core
 * (invalid parameters, or a trace over TRACE_ENTRY_LIMIT) becomes `{ ok: false, message }`.
 */
export function handle(request: WorkerRequest): WorkerResponse {
  const id = typeof request?.id === "number" ? request.id : -1;
  try {
    switch (request?.type) {
      case "explore":
        return { id, ok: true, type: "explore", result: explore(request.params) };
      default:
        return {
          id,
          ok: false,
          name: "TypeError",
          message: `unknown request type ${JSON.stringify((request as { type?: unknown } | null)?.type)}`,
        };
    }
  } catch (error) {
    return {
      id,
      ok: false,
      name: error instanceof Error ? error.name : "Error",
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * Every ArrayBuffer under a value, once each: the transfer list for postMessage. Walks plain
 * objects and arrays so it keeps up when core adds a trace array. Cost: one visit per property.
 */
export function transferables(value: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== "object" || seen.has(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer) found.add(v.buffer);
      return;
    }
    if (v instanceof ArrayBuffer) {
      found.add(v);
      return;
    }
    for (const child of Object.values(v)) visit(child);
  };
  visit(value);
  return [...found];
}

/** The buffers of an Exploration's typed arrays (output, traces, matrix), deduplicated. */
export function explorationBuffers(exploration: Exploration): ArrayBuffer[] {
  return transferables(exploration);
}

/** The transfer list of a response: the result's buffers on success, nothing on failure. */
export function responseTransferables(response: WorkerResponse): ArrayBuffer[] {
  return response.ok ? explorationBuffers(response.result) : [];
}
