import { describe, expect, test } from "vitest";
import { MARK_READ, MARK_WRITTEN } from "../../../src/views/frames/marks";
import { paint, RING_PX, type CanvasGeometry, type Painted } from "../../../src/views/grid/canvasPaint";
import type { PlaneModel } from "../../../src/views/grid/planeModel";

/** A 2D context that records the squares filled and cleared (jsdom has no canvas). */
function recorder() {
  const fills: string[] = [];
  const clears: string[] = [];
  let strokes = 0;
  const ctx = new Proxy(
    {},
    {
      get: (_, name: string) => {
        if (name === "fillRect") return (x: number, y: number) => fills.push(`${x},${y}`);
        if (name === "clearRect") return (x: number, y: number, w: number, h: number) => clears.push(`${x},${y},${w}x${h}`);
        if (name === "strokeRect") return () => strokes++;
        return () => undefined;
      },
      set: () => true,
    },
  ) as CanvasRenderingContext2D;
  return { ctx, fills, clears, strokes: () => strokes };
}

const ROWS = 40;
const COLS = 50;
const fill = (v: number) => (v > 0 ? "#ddd" : "#fff");

function model(patch: Partial<PlaneModel> = {}): PlaneModel {
  const size = ROWS * COLS;
  return {
    rows: ROWS,
    cols: COLS,
    values: Float64Array.from({ length: size }, (_, i) => i % 5),
    offset: 0,
    fill,
    marks: new Uint8Array(size),
    linked: new Uint8Array(size),
    kinds: null,
    counts: null,
    totals: null,
    ...patch,
  };
}

function geometry(px: number): CanvasGeometry {
  const pitch = px + 2;
  return { px, pitch, width: COLS * pitch - 2, height: ROWS * pitch - 2 };
}

function first(m: PlaneModel, g: CanvasGeometry): Painted {
  return paint(recorder().ctx, m, g, null, null);
}

describe("a canvas grid repaints only what a step changed", () => {
  test("the first paint fills every cell", () => {
    const r = recorder();
    paint(r.ctx, model(), geometry(20), null, null);
    expect(r.fills).toHaveLength(ROWS * COLS);
    expect(r.clears).toEqual([`0,0,${geometry(20).width}x${geometry(20).height}`]);
  });

  test("a step that marks 3 cells and writes 2 values repaints exactly those 5, each inside its own square", () => {
    const g = geometry(20);
    const m0 = model();
    const before = first(m0, g);
    const marks = new Uint8Array(ROWS * COLS);
    marks[0] = MARK_READ;
    marks[COLS + 1] = MARK_WRITTEN;
    marks[ROWS * COLS - 1] = MARK_WRITTEN;
    const values = Float64Array.from(m0.values as Float64Array);
    values[7] = 99;
    values[3 * COLS] = Number.NaN;
    const r = recorder();
    paint(r.ctx, { ...m0, values, marks }, g, null, before);
    const pitch = g.pitch;
    const at = (i: number) => `${(i % COLS) * pitch},${Math.floor(i / COLS) * pitch}`;
    const expected = [0, 7, COLS + 1, 3 * COLS, ROWS * COLS - 1].map(at);
    expect(r.fills.sort()).toEqual([...expected].sort());
    expect(r.clears.sort()).toEqual(expected.map((xy) => `${xy},20x20`).sort());
  });

  test("an unchanged model repaints nothing", () => {
    const g = geometry(20);
    const m = model();
    const r = recorder();
    paint(r.ctx, { ...m, marks: m.marks.slice() }, g, null, first(m, g));
    expect(r.fills).toHaveLength(0);
    expect(r.clears).toHaveLength(0);
  });

  test("a new size, another plane, another colour scale or a keyboard cursor repaints everything", () => {
    const m = model();
    const g = geometry(20);
    const cases: [PlaneModel, CanvasGeometry, { r: number; c: number } | null][] = [
      [m, geometry(22), null],
      [{ ...m, offset: 1 }, g, null],
      [{ ...m, fill: (v: number) => fill(v) }, g, null],
      [m, g, { r: 1, c: 1 }],
    ];
    for (const [next, g2, cursor] of cases) {
      const r = recorder();
      paint(r.ctx, next, g2, cursor, first(m, g));
      expect(r.fills).toHaveLength(ROWS * COLS);
    }
  });

  test("small cells ring linked cells from outside: a change of links repaints everything, a step redraws the rings over it", () => {
    const g = geometry(RING_PX - 4);
    const linked = new Uint8Array(ROWS * COLS);
    linked[5] = 1;
    linked[6] = 1;
    const m = model({ linked });
    const before = first(m, g);

    const moved = recorder();
    const other = new Uint8Array(ROWS * COLS);
    other[9] = 1;
    paint(moved.ctx, { ...m, linked: other }, g, null, before);
    expect(moved.fills).toHaveLength(ROWS * COLS);

    const stepped = recorder();
    const marks = new Uint8Array(ROWS * COLS);
    marks[5 + COLS] = MARK_READ; // under a ring: the ring must come back on top
    paint(stepped.ctx, { ...m, marks }, g, null, before);
    expect(stepped.fills).toHaveLength(1);
    expect(stepped.strokes()).toBe(1 + 2); // the read cell's frame, then the two rings
  });
});
