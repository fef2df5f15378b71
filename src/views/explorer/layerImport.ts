import { importLayer, pytorchEquivalent, type ImportedLayer, type PytorchEquivalent } from "../../core";
import { problemOf, type Problem } from "../../core/problem";
import type { ExplorerParams } from "../../params/explorerParams";

/** A layer read from pasted text and the explorer change that shows it, or why it cannot. */
export type LayerImport =
  | { ok: true; layer: ImportedLayer; equivalent: PytorchEquivalent; patch: Partial<ExplorerParams> }
  | { ok: false; problem: Problem };

/** Text that looks like one of the layers importLayer reads, for the explorer-wide paste. */
export function looksLikeLayer(text: string): boolean {
  return /\b(Conv2d|ConvTranspose2d|Conv2D|Conv2DTranspose|ConvTranspose|Conv)\s*\(/.test(text) && text.length < 2000;
}

/**
 * The explorer parameters of an imported layer at the current input size: its direction, kernel,
 * stride, dilation, groups, the channels it names (the others kept), and PyTorch's padding and
 * output_padding from pytorchEquivalent, whose crop the view then shows on the output.
 */
export function layerImport(text: string, current: ExplorerParams): LayerImport {
  try {
    const layer = importLayer(text);
    const equivalent = pytorchEquivalent(layer, [current.inH, current.inW]);
    const patch: Partial<ExplorerParams> = {
      mode: layer.kind === "conv2d" ? "conv" : "transposed",
      inC: layer.inChannels ?? current.inC,
      outC: layer.outChannels ?? current.outC,
      kH: layer.kernel[0],
      kW: layer.kernel[1],
      groups: layer.groups,
      stride: equivalent.stride,
      dilation: equivalent.dilation,
      padding: equivalent.padding,
      outputPadding: equivalent.outputPadding,
    };
    return { ok: true, layer, equivalent, patch };
  } catch (e) {
    const problem = problemOf(e);
    if (problem) return { ok: false, problem };
    throw e;
  }
}

/** Whether the explorer still shows what an import set (the person may have edited since). */
export function stillImported(patch: Partial<ExplorerParams>, p: ExplorerParams): boolean {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return (Object.keys(patch) as (keyof ExplorerParams)[]).every((k) => same(patch[k], p[k]));
}
