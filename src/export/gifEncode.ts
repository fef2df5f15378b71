import { applyPalette, GIFEncoder, quantize, type Palette } from "gifenc";

export interface GifFrames {
  width: number;
  height: number;
  count: number;
  /** RGBA pixels of frame i, width × height × 4 bytes. */
  render: (i: number) => Uint8Array | Uint8ClampedArray;
  delays: number[];
  onProgress?: (done: number, total: number) => void;
}

/** Pixels the palette is quantized from, at most: enough for every colour a scene uses. */
const PALETTE_SAMPLE = 400_000;

/** Every k-th pixel of the frames, for quantizing. */
function sample(frames: (Uint8Array | Uint8ClampedArray)[]): Uint8Array {
  const pixels = frames.reduce((n, f) => n + f.length / 4, 0);
  const k = Math.max(1, Math.ceil(pixels / PALETTE_SAMPLE));
  const out = new Uint8Array(Math.ceil(pixels / k) * 4 + 4 * frames.length);
  let at = 0;
  for (const f of frames) {
    for (let p = 0; p < f.length / 4; p += k) {
      out.set(f.subarray(p * 4, p * 4 + 4), at);
      at += 4;
    }
  }
  return out.subarray(0, at);
}

/**
 * Encodes frames as a looping GIF89a with one palette for the whole animation, quantized from a
 * sample of the first, middle and last frames (one palette keeps colours from flickering and
 * costs one quantization). After the first frame, only the pixels that changed are stored: the
 * others use the palette's transparent entry over the previous frame (disposal "do not dispose"),
 * which LZW compresses to almost nothing, so a step that changes a few cells costs a few KB.
 * Cost: O(pixels) per frame for the palette lookup and LZW.
 */
export function encodeGif(f: GifFrames): Uint8Array {
  const { width, height, count } = f;
  const palette = quantize(sample([...new Set([0, Math.floor((count - 1) / 2), count - 1])].map(f.render)), 255);
  const clear = palette.length;
  palette.push([255, 0, 255]);
  const gif = GIFEncoder();
  let previous: Uint8Array | null = null;
  for (let i = 0; i < count; i++) {
    const index = applyPalette(f.render(i), palette.slice(0, clear));
    const delay = f.delays[i] ?? 500;
    if (!previous) {
      gif.writeFrame(index, width, height, { palette, delay, repeat: 0, dispose: 1 });
    } else {
      const changed = new Uint8Array(index.length);
      for (let p = 0; p < index.length; p++) changed[p] = index[p] === previous[p] ? clear : index[p];
      gif.writeFrame(changed, width, height, { delay, transparent: true, transparentIndex: clear, dispose: 1 });
    }
    previous = index;
    f.onProgress?.(i + 1, count);
  }
  gif.finish();
  return gif.bytes();
}
