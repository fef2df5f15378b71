/** The output-size formulas with the current numbers substituted (built in src/views/controls/). */
export function FormulaPanel() {
  return null;
}
