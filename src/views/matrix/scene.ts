import type { SparseMatrix } from "../../core";

/** The colours the canvas uses, read once from the app's CSS custom properties. */
export interface Theme {
  ink: string;
  faint: string;
  line: string;
  read: string;
  readBg: string;
  written: string;
  writtenBg: string;
  linked: string;
  /** Packed (little-endian RGBA) background of the body outside the matrix, and of structural zeros. */
  outside: number;
  zero: number;
  gridLine: number;
  font: string;
}

/** Everything one frame draws, rebuilt when the step, focus or result changes (not per frame). */
export interface Scene {
  m: SparseMatrix;
  entryRow: Int32Array;
  palette: Uint32Array;
  input: Float64Array;
  /** Packed colours (see entryColors.ts) of vec(input) and vec(output) values. */
  inPacked: (v: number) => number;
  output: Float64Array;
  outPacked: (v: number) => number;
  active: readonly number[];
  linked: readonly number[];
  activeInputs: readonly number[];
  activeOutputs: readonly number[];
  linkedInputs: ReadonlySet<number>;
  linkedOutputs: ReadonlySet<number>;
  bandRow: number;
  bandCol: number;
  focusRow: number;
  focusCol: number;
  /** The cell under the pointer, outlined; null for none. */
  pointed: { row: number; col: number } | null;
  /** The text of entry e when cells are wide enough to show it. */
  label: (e: number) => string;
}
