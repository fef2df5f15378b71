import type { SceneFrame, SceneSpec } from "../../export/scene";
import type { Failure } from "../reply";

/**
 * Messages between the main thread and the GIF worker (or its main-thread stand-in). The main
 * thread sends everything the frames need (the static scene and, per frame, the output and the
 * highlighted cells); the worker paints each frame, encodes it and reports progress after every
 * frame, then answers with the GIF's bytes.
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
  id: number;
  type: "encode";
  job: GifJob;
}

export interface GifResult {
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** After each frame: answers no request, so the bridge hands it to the client's progress routing. */
export interface GifProgress {
  type: "progress";
  id: number;
  done: number;
  total: number;
}

/** The failure's name when no 2D canvas can paint the frames here (no OffscreenCanvas in the worker). */
export const GIF_UNSUPPORTED = "GifUnsupported";

export type GifReply = { id: number; ok: true; type: "encode"; result: GifResult } | Failure;

export type GifResponse = GifReply | GifProgress;
