/**
 * A typed answer read as a number, or null when it is not one. Full-width digits, signs and the
 * ideographic full stop (what a Chinese IME types: "２７", "－３", "１。５") read as their ASCII
 * forms, so a student is never marked wrong for the keyboard they use.
 */
export function readAnswer(text: string): number | null {
  const ascii = text
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/[\uFF0D\u2212]/g, "-")
    .replace(/\uFF0B/g, "+")
    .replace(/[\uFF0E\u3002]/g, ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(ascii)) return null;
  const n = Number(ascii);
  return Number.isFinite(n) ? n : null;
}
