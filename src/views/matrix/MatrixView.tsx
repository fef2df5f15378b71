/** The matrix view: Cᵀ (C in conv mode) times vec(input), linked to the grids (built in src/views/matrix/). */
export function MatrixView() {
  return null;
}
