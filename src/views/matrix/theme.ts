import type { Theme } from "./scene";
import { pack } from "./entryColors";

const FALLBACK = {
  ink: "#0f172a",
  faint: "#5a6579",
  line: "#cbd5e1",
  read: "#b85c00",
  readBg: "#fde4b8",
  written: "#0072b2",
  writtenBg: "#cde5f5",
  linked: "#7e2f8e",
};

/** The canvas's colours from the app's CSS custom properties (one source of truth), with fallbacks. */
export function themeOf(el: Element | null): Theme {
  const css = el ? getComputedStyle(el) : null;
  const v = (name: string, fallback: string): string => css?.getPropertyValue(name).trim() || fallback;
  return {
    ink: v("--ink", FALLBACK.ink),
    faint: v("--faint", FALLBACK.faint),
    line: v("--line-strong", FALLBACK.line),
    read: v("--read", FALLBACK.read),
    readBg: v("--read-bg", FALLBACK.readBg),
    written: v("--written", FALLBACK.written),
    writtenBg: v("--written-bg", FALLBACK.writtenBg),
    linked: v("--linked", FALLBACK.linked),
    outside: pack("#ffffff"),
    zero: pack("#f3f5f9"),
    gridLine: pack("#e4e8ef"),
    font: css?.getPropertyValue("--font").trim() || "system-ui, sans-serif",
  };
}
