import { explore, type Exploration } from "../core";
import type { WorkerRequest, WorkerResponse } from "./protocol";
import { reply } from "./reply";
import { transferables } from "./transferables";

/**
 * Answers one request by calling core. Pure apart from core's own allocations, so the worker, the
 * main-thread fallback and the tests all run exactly this. Never throws: a RangeError from core
 * (invalid parameters, or a trace over TRACE_ENTRY_LIMIT) becomes `{ ok: false, message }`.
 */
export function handle(request: WorkerRequest): WorkerResponse {
  return reply(request, (r, id) =>
    r?.type === "explore" ? { id, ok: true, type: "explore", result: explore(r.params) } : undefined,
  );
}

/** The buffers of an Exploration's typed arrays (output, traces, matrix), deduplicated. */
export function explorationBuffers(exploration: Exploration): ArrayBuffer[] {
  return transferables(exploration);
}

/** The transfer list of a response: the result's buffers on success, nothing on failure. */
export function responseTransferables(response: WorkerResponse): ArrayBuffer[] {
  return response.ok ? explorationBuffers(response.result) : [];
}
