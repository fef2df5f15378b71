/**
 * A cell's number, compactly: integers as integers, other values with at most 3 decimals (trailing
 * zeros dropped), very large or very small magnitudes in exponent form. NaN (not computed yet) is
 * the empty string. Always ASCII, so a test can read a cell back with Number().
 */
export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return "";
  if (!Number.isFinite(v)) return v > 0 ? "Infinity" : "-Infinity";
  if (Object.is(v, -0)) return "0";
  const a = Math.abs(v);
  if (Number.isInteger(v)) return a < 1e7 ? String(v) : v.toExponential(2).replace(/\.?0+e/, "e");
  if (a >= 1e7) return v.toExponential(2).replace(/\.?0+e/, "e");
  if (a < 0.001) return v.toExponential(1).replace(/\.0e/, "e");
  const fixed = v.toFixed(3).replace(/\.?0+$/, "");
  return fixed === "-0" ? "0" : fixed;
}
