/**
 * Keyboard movement in the DOM matrix. Positions: (r, c) with r = −1 the vec(input) row above the
 * columns, c = −1 the row labels, c = cols the vec(output) column; the corner (−1, −1) and
 * (−1, cols) do not exist.
 */
export interface NavPos {
  r: number;
  c: number;
}

export function clampNav(p: NavPos, rows: number, cols: number): NavPos {
  const r = Math.max(-1, Math.min(rows - 1, p.r));
  const cMin = r < 0 ? 0 : -1;
  const cMax = r < 0 ? cols - 1 : cols;
  return { r, c: Math.max(cMin, Math.min(cMax, p.c)) };
}

/** The position after a key, or null when the key is not a movement key. */
export function navKey(p: NavPos, key: string, rows: number, cols: number): NavPos | null {
  switch (key) {
    case "ArrowUp":
      return clampNav({ r: p.r - 1, c: p.c }, rows, cols);
    case "ArrowDown":
      return clampNav({ r: p.r + 1, c: p.c }, rows, cols);
    case "ArrowLeft":
      return clampNav({ r: p.r, c: p.c - 1 }, rows, cols);
    case "ArrowRight":
      return clampNav({ r: p.r, c: p.c + 1 }, rows, cols);
    case "Home":
      return clampNav({ r: p.r, c: -1 }, rows, cols);
    case "End":
      return clampNav({ r: p.r, c: cols }, rows, cols);
    case "PageUp":
      return clampNav({ r: -1, c: p.c }, rows, cols);
    case "PageDown":
      return clampNav({ r: rows - 1, c: p.c }, rows, cols);
    default:
      return null;
  }
}

export const navId = (p: NavPos): string => `${p.r}:${p.c}`;
