import type { Translate } from "../../i18n";
import { inkOn, type Fill } from "../colors";
import { formatNumber } from "../format";
import type { CellRole, GridCell } from "./Grid";

const NONE: ReadonlySet<number> = new Set();

/** Cells of a plain value plane (input, kernel, original): value, fill, and the role at this step. */
export function planeCell(
  t: Translate,
  symbol: string,
  values: ArrayLike<number>,
  cols: number,
  fill: Fill,
  roleOf: (i: number) => CellRole | undefined,
  linked: ReadonlySet<number> = NONE,
): (r: number, c: number) => GridCell {
  return (r, c) => {
    const i = r * cols + c;
    const v = values[i];
    const text = formatNumber(v);
    const bg = fill(v);
    return {
      text,
      role: roleOf(i),
      linked: linked.has(i),
      fill: bg,
      ink: inkOn(bg),
      aria: t("grid.cellAria", { symbol, r, c, value: text }),
    };
  };
}
