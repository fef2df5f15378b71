const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** What a key does in a grid (DOM or canvas): open the cell, move the cursor, or nothing. */
export type GridKeyAction = { kind: "activate" } | { kind: "move"; r: number; c: number } | null;

/**
 * The action of `key` with the cursor on (r, c) of a rows × cols grid: Enter activates the cell,
 * the arrows move one cell and stop at the edges. Keys with Alt, Ctrl or Meta are left alone.
 */
export function gridKey(e: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean }, r: number, c: number, rows: number, cols: number): GridKeyAction {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  if (e.key === "Enter") return { kind: "activate" };
  const move = ARROWS[e.key];
  if (!move) return null;
  return { kind: "move", r: Math.max(0, Math.min(rows - 1, r + move[0])), c: Math.max(0, Math.min(cols - 1, c + move[1])) };
}
