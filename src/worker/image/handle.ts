import { reply } from "../reply";
import { transferables } from "../transferables";
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
  return reply(request, (r, id): ImageResponse | undefined => {
    switch (r?.type) {
      case "lab":
        return { id, ok: true, type: "lab", result: runLab(r.job) };
      case "artifact":
        return { id, ok: true, type: "artifact", result: runArtifact(r.job) };
      case "coverage":
        return { id, ok: true, type: "coverage", result: runCoverage(r.job) };
      default:
        return undefined;
    }
  });
}

/**
 * The transfer list of a response: every ArrayBuffer under its result, once each (pictures,
 * error maps, coverage counts), or nothing for a failure.
 */
export function imageTransferables(response: ImageResponse): ArrayBuffer[] {
  return response.ok ? transferables(response.result) : [];
}
