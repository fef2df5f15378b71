import { toNested, type ExploreParams, type Tensor } from "../core";
import { pyList, roundHalfEven } from "./pyRepr";

/** Decimals the snippet rounds its output to, so float64 summation order cannot change what prints. */
export const SNIPPET_DECIMALS = 4;

function pair([h, w]: readonly number[]): string {
  return `(${h}, ${w})`;
}

function tensorLine(name: string, t: Tensor, batch: boolean): string {
  const nested = toNested(t);
  return `${name} = torch.tensor(${pyList(batch ? [nested] : nested)}, dtype=torch.float64)`;
}

/**
 * A runnable PyTorch program that reproduces a configuration: the values, the call with every
 * parameter spelled out, and a print of the result rounded to SNIPPET_DECIMALS. `flip` adds the
 * 180° kernel flip that turns cross-correlation into true convolution.
 */
export function pytorchSnippet(p: ExploreParams, flip = false): string {
  const fn = p.mode === "conv" ? "conv2d" : "conv_transpose2d";
  const layout = p.mode === "conv" ? "[C_out, C_in/groups, kH, kW]" : "[C_in, C_out/groups, kH, kW]";
  const lines = [
    "import torch",
    "import torch.nn.functional as F",
    "",
    `${tensorLine("x", p.input, true)}  # input [N, C, H, W]`,
    `${tensorLine("w", p.weight, false)}  # weight ${layout}`,
  ];
  if (flip) lines.push("w = torch.flip(w, dims=[-2, -1])  # true convolution: rotate the kernel 180°");
  if (p.bias) lines.push(`b = torch.tensor(${pyList(Array.from(p.bias))}, dtype=torch.float64)`);
  const args = [
    "x",
    "w",
    p.bias ? "bias=b" : null,
    `stride=${pair(p.stride)}`,
    `padding=${pair(p.padding)}`,
    p.mode === "transposed" ? `output_padding=${pair(p.outputPadding)}` : null,
    `groups=${p.groups}`,
    `dilation=${pair(p.dilation)}`,
  ].filter((a): a is string => a !== null);
  lines.push(`y = F.${fn}(${args.join(", ")})`);
  lines.push(`print(y.round(decimals=${SNIPPET_DECIMALS}).tolist())`);
  return lines.join("\n");
}

/** What the snippet prints for an output computed by the core: [N=1, C, H, W] as Python's nested list. */
export function snippetOutput(output: Tensor): string {
  const rounded = output.data.map((v) => roundHalfEven(v, SNIPPET_DECIMALS));
  return pyList([toNested({ shape: output.shape, data: rounded })]);
}
