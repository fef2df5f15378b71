import { problemMaker, problemOf, type Problem } from "../core/problem";

/**
 * The worker side of a request/response protocol: what the handlers of the compute and image
 * workers (and the training session's one-shot requests) share. Compiles without the DOM lib.
 */

/** The problems the workers' own plumbing reports (see core/problem.ts). */
export const WORKER_PROBLEMS = {
  "worker.crashed": ["workerChoice", "detail"],
  "worker.timeout": ["workerChoice", "seconds"],
  "worker.loadFailed": ["workerChoice"],
  "worker.unknownRequest": ["type"],
} as const;

export const workerProblem = /* @__PURE__ */ problemMaker(WORKER_PROBLEMS);

/**
 * Whether asking again may help: the worker could not be loaded, did not answer or crashed (the
 * bridge starts a new one for the next request). A refusal by core's rules would only repeat.
 */
export function isWorkerFailure(report: Problem | string): boolean {
  return typeof report !== "string" && report.code in WORKER_PROBLEMS && report.code !== "worker.unknownRequest";
}

/**
 * A refused or failed request: `problem` is the refusal as data (a ProblemError's, sent as a plain
 * object since an Error's own fields do not survive postMessage), `message` its English text.
 */
export interface Failure {
  id: number;
  ok: false;
  /** "RangeError" for a refusal by core's rules; another name means a bug. */
  name: string;
  message: string;
  problem?: Problem;
}

/** An error's name, message and problem (when it carries one), whatever was thrown. */
export function errorFields(error: unknown): { name: string; message: string; problem?: Problem } {
  const problem = problemOf(error);
  return {
    name: error instanceof Error ? error.name : "Error",
    message: error instanceof Error ? error.message : String(error),
    ...(problem ? { problem } : {}),
  };
}

/** The error for a request whose `type` no handler knows. */
export function unknownRequest(request: unknown): TypeError & { problem: Problem } {
  const type = JSON.stringify((request as { type?: unknown } | null)?.type);
  return Object.assign(new TypeError(`unknown request type ${type}`), { problem: workerProblem("worker.unknownRequest", { type: String(type) }) });
}

/**
 * Answers one request with `answer` and never throws: an error (a RangeError from core, or a bug)
 * becomes a Failure with the request's id, and so does a request of a type `answer` does not know
 * (it returns undefined). A request without a numeric id is answered with id −1, which no client
 * waits for.
 */
export function reply<Req, Res>(request: Req, answer: (request: Req, id: number) => Res | undefined): Res | Failure {
  const raw = (request as { id?: unknown } | null)?.id;
  const id = typeof raw === "number" ? raw : -1;
  try {
    return answer(request, id) ?? { id, ok: false, ...errorFields(unknownRequest(request)) };
  } catch (error) {
    return { id, ok: false, ...errorFields(error) };
  }
}
