import type { Exploration, ExploreParams } from "../core";
import type { Failure } from "./reply";

/**
 * The messages between the main thread and the compute worker. Every request carries an `id`
 * chosen by the client; the answer repeats it so the client can drop answers it no longer wants
 * (latest request wins). Results travel as typed arrays whose buffers are transferred, not copied.
 */

/** Build the output, traces and matrix of one configuration (core's `explore`). */
export interface ExploreRequest {
  id: number;
  type: "explore";
  params: ExploreParams;
}

export type WorkerRequest = ExploreRequest;

export interface ExploreSuccess {
  id: number;
  ok: true;
  type: "explore";
  result: Exploration;
}

/** A refused or failed request (see reply.ts): `message` is core's RangeError text, ready to show. */
export type WorkerFailure = Failure;

export type WorkerResponse = ExploreSuccess | WorkerFailure;
