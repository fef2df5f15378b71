import { conv2d, convTranspose2d, dcganGenerator, encoderDecoder } from "../../core";
import { refuseJob } from "../jobProblems";
import { errorFields } from "../reply";
import { resolveImage } from "./images";
import type { NetworkQuery, NetworkResult, ProjectParams, ProjectResult, WhyFailure } from "./protocol";

/**
 * Zeiler & Fergus (2014), one layer: a = conv2d(x, f) with padding ⌊k/2⌋ (same size as x); keep the
 * topK largest positive activations (the deconvnet rectifies) and zero the rest; project them back
 * with conv_transpose2d(a_kept, f), the transposed convolution of the same filter, so each kept
 * activation paints its filter's pattern where it fired. Positions whose k×k patch reaches into the
 * zero padding are not kept: the step from the image to the padding's zeros would otherwise rank
 * the image's own border as its strongest edge. Cost: 2·H·W·k² multiply-adds plus a sort of H·W
 * indices.
 */
export function projectFeature(p: ProjectParams): ProjectResult {
  const { width, height, data } = resolveImage(p.image);
  const k = p.kernelSize;
  if (k % 2 !== 1) throw refuseJob("job.filterOdd", { got: k }, `filter size must be odd so the maps keep the image's size (got ${k})`);
  if (!Number.isInteger(p.topK) || p.topK < 1) throw refuseJob("job.topK", { got: p.topK }, `top-k must be an integer ≥ 1 (got ${p.topK})`);
  const weight = { shape: [1, 1, k, k], data: Float64Array.from(p.filter) };
  const padding = (k - 1) / 2;
  const activation = conv2d({ shape: [1, height, width], data }, weight, null, { padding }).data;
  const inside = (i: number) => {
    const y = Math.floor(i / width);
    const x = i % width;
    return y >= padding && y < height - padding && x >= padding && x < width - padding;
  };
  const order = Array.from({ length: activation.length }, (_, i) => i).filter((i) => activation[i] > 0 && inside(i));
  order.sort((a, b) => activation[b] - activation[a] || a - b);
  const kept = Int32Array.from(order.slice(0, p.topK));
  const sparse = new Float64Array(activation.length);
  for (const i of kept) sparse[i] = activation[i];
  const projection = convTranspose2d({ shape: [1, height, width], data: sparse }, weight, null, { padding }).data;
  return { width, height, image: data.slice(), activation, kept, projection };
}

/** The sizes of the network a query describes, from core's networks.ts. */
export function networkSizes(query: NetworkQuery): NetworkResult {
  if (query.kind === "dcgan") return { kind: "dcgan", layers: dcganGenerator(query.options) };
  return { kind: "encoderDecoder", network: encoderDecoder(query.options) };
}

/** An error as a failure message; core's RangeError text is shown to the user as it is. */
export function failure(error: unknown, where: { run?: number; id?: number }): WhyFailure {
  return {
    type: "failure",
    ok: false,
    ...where,
    ...errorFields(error),
  };
}
