import type { SceneFrame, SceneSpec } from "./scene";

/**
 * Messages between the main thread and the GIF worker. The main thread sends everything the
 * frames need (the static scene and, per frame, the output and the highlighted cells); the worker
 * paints each frame on an OffscreenCanvas, encodes it and reports progress after every frame.
 */
export interface GifJob {
  spec: SceneSpec;
  frames: SceneFrame[];
  /** Milliseconds per frame (GIF stores hundredths of a second). */
  delays: number[];
  /**
   * The most device pixels per scene pixel. The worker scales every scene towards
   * GIF_TARGET_WIDTH: small ones are enlarged up to this (readable on a slide), large ones shrunk
   * a little (encoding cost grows with the pixel count).
   */
  scale: number;
}

/** The width a GIF is enlarged towards, in pixels. */
export const GIF_TARGET_WIDTH = 960;

export interface GifRequest {
  type: "encode";
  job: GifJob;
}

export type GifResponse =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; bytes: Uint8Array; width: number; height: number }
  /** `unsupported`: the worker has no OffscreenCanvas 2D, so it cannot paint frames. */
  | { type: "error"; message: string; unsupported: boolean };
