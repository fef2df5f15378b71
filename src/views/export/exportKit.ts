/**
 * The export code (SVG, PNG, trace JSON, the GIF job and its worker client), re-exported so that
 * the export menu fetches it as one chunk at the first export instead of with the start page.
 */
export { svgToPng } from "../../export/png";
export { traceExport, traceJsonText } from "../../export/traceJson";
export { viewSvg } from "../../export/viewSvg";
export { gifJobOf } from "../../export/gifJob";
export { encodeGifInWorker, gifSupported, GifUnsupportedError } from "../../export/gifClient";
