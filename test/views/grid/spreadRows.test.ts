import { describe, expect, test } from "vitest";
import { spreadRows } from "../../../src/views/grid/spreadRows";

const same = (a: number, b: number) => a === b;

describe("spreadRows", () => {
  test("with nothing shown yet, or another shape, everything is shown at once", () => {
    const wanted = Array.from({ length: 12 }, (_, i) => i);
    expect(spreadRows(null, wanted, 4, same, 2)).toEqual({ next: wanted, pending: false });
    expect(spreadRows([1, 2], wanted, 4, same, 2)).toEqual({ next: wanted, pending: false });
  });

  test("a change within the budget is shown at once", () => {
    const shown = [0, 0, 0, 0, 0, 0, 0, 0, 0];
    const wanted = [0, 1, 0, 0, 0, 0, 0, 0, 1];
    expect(spreadRows(shown, wanted, 3, same, 2)).toEqual({ next: wanted, pending: false });
  });

  test("a big change goes whole changed rows from the top until the budget is spent, and converges", () => {
    let shown: readonly number[] = Array(16).fill(0);
    const wanted = [1, 1, 1, 1, 0, 0, 0, 0, 2, 2, 0, 0, 3, 3, 3, 3];
    const first = spreadRows(shown, wanted, 4, same, 5);
    // row 0 (4 changed) and row 2 (2 changed: the budget of 5 is not yet spent) are taken; row 3 waits
    expect(first).toEqual({ next: [1, 1, 1, 1, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0], pending: true });
    shown = first.next;
    const second = spreadRows(shown, wanted, 4, same, 5);
    expect(second).toEqual({ next: wanted, pending: false });
  });

  test("a row wider than the budget is still taken whole, one row a frame", () => {
    const shown = Array(6).fill(0);
    const wanted = Array(6).fill(1);
    const first = spreadRows(shown, wanted, 3, same, 2);
    expect(first).toEqual({ next: [1, 1, 1, 0, 0, 0], pending: true });
    expect(spreadRows(first.next, wanted, 3, same, 2)).toEqual({ next: wanted, pending: false });
  });

  test("nothing changed: what is shown stays, nothing pending", () => {
    const shown = [1, 2, 3, 4];
    const r = spreadRows(shown, [1, 2, 3, 4], 2, same, 1);
    expect(r.next).toBe(shown);
    expect(r.pending).toBe(false);
  });
});
