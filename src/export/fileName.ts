import type { Pair } from "../core";
import type { ConfigSizes } from "../presets/sizes";

/** What a file holds: one step of the view (1-based; 0 is before the first step) or the whole trace. */
export type FileContent = { step: number } | "trace" | "animation";

const pair = (p: Pair) => (p[0] === p[1] ? String(p[0]) : `${p[0]}x${p[1]}`);

/**
 * A download's file name, spelling the configuration so that a folder of exports sorts and reads
 * well: transposed-2x2-k3-s1-step4.svg, conv-4x4-k3-s1-trace.json, transposed-2x3x3-k3-s1-g2.gif.
 * Always k and s; p, d, op and g only when they are not the default. ASCII only.
 */
export function fileNameOf(sizes: ConfigSizes, content: FileContent, ext: "json" | "svg" | "png" | "gif"): string {
  const [c, h, w] = sizes.input;
  const parts: string[] = [sizes.mode, c > 1 ? `${c}x${h}x${w}` : `${h}x${w}`, `k${pair(sizes.kernel)}`, `s${pair(sizes.stride)}`];
  if (sizes.padding[0] || sizes.padding[1]) parts.push(`p${pair(sizes.padding)}`);
  if (sizes.dilation[0] !== 1 || sizes.dilation[1] !== 1) parts.push(`d${pair(sizes.dilation)}`);
  if (sizes.outputPadding[0] || sizes.outputPadding[1]) parts.push(`op${pair(sizes.outputPadding)}`);
  if (sizes.groups !== 1) parts.push(`g${sizes.groups}`);
  if (content === "trace") parts.push("trace");
  else if (typeof content === "object") parts.push(`step${Math.max(0, content.step)}`);
  return `${parts.join("-")}.${ext}`;
}
