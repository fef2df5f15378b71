/**
 * The export code (SVG, PNG, trace JSON, the GIF job and its worker client), re-exported so that
 * the export menu fetches it as one chunk at the first export instead of with the start page.
 */
export { svgToPng } from "../../export/png";
export { traceExport, traceJsonText } from "../../export/traceJson";
export { viewSvg } from "../../export/viewSvg";
export { gifJobOf } from "../../export/gifJob";
export { GifUnsupportedError } from "../../worker/gif/client";

import { createGifClient, type GifClient } from "../../worker/gif/client";

let gif: GifClient | null = null;

/** Encodes a GIF job with the one GIF client (started at the first export; a new job supersedes the last). */
export const encodeGifJob: GifClient["encode"] = (job, options) => (gif ??= createGifClient()).encode(job, options);
