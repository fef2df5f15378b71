import type { ImageRequest, ImageResponse } from "./protocol";
import { runArtifact } from "./runArtifact";
import { runCoverage } from "./runCoverage";
import { runLab } from "./runLab";

/**
 * Answers one image request by calling core (through the run* functions). Pure apart from its
 * allocations, so the worker, the main-thread fallback and the tests all run exactly this. Never
 * throws: an error becomes `{ ok: false, name, message }`.
 */
export function handleImage(request: ImageRequest): ImageResponse {
  const id = typeof request?.id === "number" ? request.id : -1;
  try {
    switch (request?.type) {
      case "lab":
        return { id, ok: true, type: "lab", result: runLab(request.job) };
      case "artifact":
        return { id, ok: true, type: "artifact", result: runArtifact(request.job) };
      case "coverage":
        return { id, ok: true, type: "coverage", result: runCoverage(request.job) };
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
 * The transfer list of a response: every ArrayBuffer under its result, once each (pictures,
 * error maps, coverage counts), or nothing for a failure. Cost: one visit per property.
 */
export function imageTransferables(response: ImageResponse): ArrayBuffer[] {
  if (!response.ok) return [];
  const found = new Set<ArrayBuffer>();
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== "object" || seen.has(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer) found.add(v.buffer);
      return;
    }
    for (const child of Object.values(v)) visit(child);
  };
  visit(response.result);
  return [...found];
}
