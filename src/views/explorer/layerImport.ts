import { importLayer, pytorchEquivalent, type ImportedLayer, type PytorchEquivalent } from "../../core";
import { problemOf, type Problem } from "../../core/problem";
import type { ExplorerParams } from "../../params/explorerParams";
import { LIMITS } from "../../params/limits";

/**
 * A layer read from pasted text and the explorer change that shows it, or why it cannot. The
 * parser is its own chunk (ImportLayerBox fetches it on the first import): the start page shows
 * the box, not the parser.
 */
export type LayerImport =
  | {
      ok: true;
      layer: ImportedLayer;
      equivalent: PytorchEquivalent;
      patch: Partial<ExplorerParams>;
      /** The layer's channel counts, when they exceed what the explorer shows and the current ones were kept. */
      channelsKept: [number, number] | null;
    }
  | { ok: false; problem: Problem };

/**
 * The explorer parameters of an imported layer at the current input size: its direction, kernel,
 * stride, dilation, groups, the channels it names (the others kept), and PyTorch's padding and
 * output_padding from pytorchEquivalent, whose crop the view then shows on the output.
 */
export function layerImport(text: string, current: ExplorerParams): LayerImport {
  try {
    const layer = importLayer(text);
    const equivalent = pytorchEquivalent(layer, [current.inH, current.inW]);
    // A real network's 16 → 8 channels do not fit the explorer's grids; the geometry is the lesson,
    // so the current channels are kept (with groups 1) and the view says so.
    const inC = layer.inChannels ?? current.inC;
    const outC = layer.outChannels ?? current.outC;
    const fits = inC <= LIMITS.channels.max && outC <= LIMITS.channels.max && layer.groups <= LIMITS.groups.max;
    const patch: Partial<ExplorerParams> = {
      mode: layer.kind === "conv2d" ? "conv" : "transposed",
      inC: fits ? inC : current.inC,
      outC: fits ? outC : current.outC,
      kH: layer.kernel[0],
      kW: layer.kernel[1],
      groups: fits ? layer.groups : current.inC % current.groups === 0 && current.outC % current.groups === 0 ? current.groups : 1,
      stride: equivalent.stride,
      dilation: equivalent.dilation,
      padding: equivalent.padding,
      outputPadding: equivalent.outputPadding,
    };
    // With the channels kept, the layer computed beside PyTorch is the same layer on those channels.
    const shown = fits ? layer : { ...layer, inChannels: null, outChannels: null, groups: patch.groups! };
    return { ok: true, layer: shown, equivalent, patch, channelsKept: fits ? null : [inC, outC] };
  } catch (e) {
    const problem = problemOf(e);
    if (problem) return { ok: false, problem };
    throw e;
  }
}
