/**
 * Python's repr() of a float, so that what the app shows matches what the PyTorch snippet prints.
 * Python uses the shortest round-trip digits (as JavaScript does) but its own layout: fixed
 * notation when −4 ≤ exponent < 16, else scientific with at least two exponent digits, and always
 * a ".0" on integral values ("18.0", "1e-05", "1e+16"; CPython's float_repr_style 'short').
 */
export function pyFloatRepr(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  if (v === 0) return Object.is(v, -0) ? "-0.0" : "0.0";
  const [mantissa, expText] = v.toExponential().split("e");
  const exp = Number(expText);
  const sign = mantissa.startsWith("-") ? "-" : "";
  const digits = mantissa.replace("-", "").replace(".", "");
  if (exp >= -4 && exp < 16) {
    if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
    const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, "0");
    const frac = digits.slice(exp + 1);
    return `${sign}${intPart}.${frac || "0"}`;
  }
  const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const e = `${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  return `${sign}${m}e${e}`;
}

/** torch.round(x, decimals=d): round half to even on x·10^d, then divide (as PyTorch does). */
export function roundHalfEven(v: number, decimals: number): number {
  const f = 10 ** decimals;
  const x = v * f;
  const r = Math.round(x);
  const tie = Math.abs(x % 1) === 0.5;
  return (tie && r % 2 !== 0 ? r - 1 : r) / f;
}

/** A nested list as Python prints it: [[1.0, 2.5], [3.0, 4.0]]. */
export function pyList(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pyList).join(", ")}]`;
  return pyFloatRepr(value as number);
}
