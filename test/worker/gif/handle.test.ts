import { describe, expect, test } from "vitest";
import { explore } from "../../../src/core";
import { gifJobOf } from "../../../src/export/gifJob";
import { seedParams, toExploreParams } from "../../../src/params/explorerParams";
import { handleGif, type PixelContext } from "../../../src/worker/gif/handle";
import type { GifProgress, GifRequest } from "../../../src/worker/gif/protocol";

const explored = toExploreParams(seedParams());
const job = gifJobOf(explore(explored), explored, "scatter", "en");

describe("handleGif: what the GIF worker and its stand-in run", () => {
  test("answers with the GIF's bytes and size after one progress message per frame", () => {
    const sizes: Array<[number, number]> = [];
    const makeContext = (w: number, h: number): PixelContext => {
      sizes.push([w, h]);
      const noop = () => {};
      return { setTransform: noop, fillRect: noop, beginPath: noop, roundRect: noop, rect: noop, fill: noop, stroke: noop, setLineDash: noop, fillText: noop, getImageData: () => ({ data: new Uint8ClampedArray(w * h * 4) }) } as unknown as PixelContext;
    };
    const progress: GifProgress[] = [];
    const answer = handleGif({ id: 7, type: "encode", job }, makeContext, (p) => progress.push(p));
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.id).toBe(7);
    expect([answer.result.width, answer.result.height]).toEqual(sizes[0]);
    expect(new TextDecoder().decode(answer.result.bytes.slice(0, 6))).toBe("GIF89a");
    expect(progress).toHaveLength(job.frames.length);
    expect(progress.every((p) => p.id === 7 && p.total === job.frames.length)).toBe(true);
  });

  test("never throws: no canvas is a GifUnsupported failure, an unknown request a TypeError", () => {
    expect(handleGif({ id: 1, type: "encode", job }, () => null, () => {})).toMatchObject({ id: 1, ok: false, name: "GifUnsupported" });
    expect(handleGif({ id: 2, type: "nope" } as unknown as GifRequest, () => null, () => {})).toMatchObject({ id: 2, ok: false, name: "TypeError" });
  });
});
