/**
 * A 5×7 bitmap font for the text test pattern: upper-case letters, digits and a little
 * punctuation, one string of 7 rows × 5 columns per glyph ("#" = ink). Drawn in code rather than
 * with canvas text so the pattern is the same in the worker, on the main thread and in Node.
 */
const GLYPHS: Record<string, string> = {
  A: " ### #   ##   #######   ##   ##   #",
  B: "#### #   ##   ##### #   ##   ##### ",
  C: " ### #   ##    #    #    #   # ### ",
  D: "#### #   ##   ##   ##   ##   ##### ",
  E: "######    #    #### #    #    #####",
  F: "######    #    #### #    #    #    ",
  G: " ### #   ##    # ####   ##   # ####",
  H: "#   ##   ##   #######   ##   ##   #",
  I: " ###   #    #    #    #    #   ### ",
  J: "  ###   #    #    #    # #  #  ##  ",
  K: "#   ##  # # #  ##   # #  #  # #   #",
  L: "#    #    #    #    #    #    #####",
  M: "#   ### ### # ##   ##   ##   ##   #",
  N: "#   ##   ###  ## # ##  ###   ##   #",
  O: " ### #   ##   ##   ##   ##   # ### ",
  P: "#### #   ##   ##### #    #    #    ",
  Q: " ### #   ##   ##   ## # ##  #  ## #",
  R: "#### #   ##   ##### # #  #  # #   #",
  S: " #####    #     ###     #    ##### ",
  T: "#####  #    #    #    #    #    #  ",
  U: "#   ##   ##   ##   ##   ##   # ### ",
  V: "#   ##   ##   ##   ##   # # #   #  ",
  W: "#   ##   ##   ## # ## # ## # # # # ",
  X: "#   ##   # # #   #   # # #   ##   #",
  Y: "#   ##   # # #   #    #    #    #  ",
  Z: "#####    #   #   #   #   #    #####",
  "0": " ### #   ##  ### # ###  ##   # ### ",
  "1": "  #   ##    #    #    #    #   ### ",
  "2": " ### #   #    #   #   #   #   #####",
  "3": "#####   #   #     #     ##   # ### ",
  "4": "   #   ##  # # #  # #####   #    # ",
  "5": "######    ####     #    ##   # ### ",
  "6": "  ##  #   #    #### #   ##   # ### ",
  "7": "#####    #   #   #   #    #    #   ",
  "8": " ### #   ##   # ### #   ##   # ### ",
  "9": " ### #   ##   # ####    #   #  ##  ",
  " ": "                                   ",
  ".": "                          ##   ##  ",
  "-": "                ###                ",
  "×": "     #   # # #   #   # # #   #     ",
  "=": "          #####     #####          ",
};

export const GLYPH_W = 5;
export const GLYPH_H = 7;

/** Whether glyph `ch` has ink at (row, col); unknown characters are blank. */
export function inkAt(ch: string, row: number, col: number): boolean {
  const g = GLYPHS[ch];
  return g !== undefined && g[row * GLYPH_W + col] === "#";
}
