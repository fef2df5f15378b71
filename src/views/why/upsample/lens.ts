/**
 * The zoom lens: a square region of the reference image, the same in every panel. Its corner
 * snaps to multiples of 4 pixels so that the ×2 and ×4 inputs show exactly the matching pixels.
 */
export interface Lens {
  x: number;
  y: number;
  size: number;
}

const SNAP = 4;

/** Lens sides offered, in reference pixels (a link's `lens` field: url/pageSettings.ts). */
export { LAB_LENS_SIZES as LENS_SIZES } from "../../../model/pageSettings";

/** The lens of side `size` centred as near (cx, cy) as a W×H image allows, snapped to the grid. */
export function placeLens(cx: number, cy: number, size: number, W: number, H: number): Lens {
  const side = Math.max(SNAP, Math.min(size, SNAP * Math.floor(Math.min(W, H) / SNAP)));
  const clamp = (v: number, max: number) => Math.max(0, Math.min(max, SNAP * Math.round((v - side / 2) / SNAP)));
  return { x: clamp(cx, W - side), y: clamp(cy, H - side), size: side };
}
