/**
 * English messages of what a layer import shows once done (the result, the crop, the frameworks
 * compared): part of the later messages (../later.en.ts), fetched with the result's chunk.
 */
export const layerResultEn = {
  "layers.imported": "{framework} {layer}: in PyTorch, padding={padding} and output_padding={outputPadding}.",
  "layers.channelsKept": "Its {inC} → {outC} channels are more than the explorer's grids show (up to {max}): the current channels are kept, with the layer's geometry.",
  "layers.exact": "PyTorch's symmetric padding expresses it exactly.",
  "layers.crop": "PyTorch's symmetric padding cannot express it: the layer also drops {top} row(s) at the top, {bottom} at the bottom, {left} column(s) at the left and {right} at the right of PyTorch's output, struck out on the grid below.",
  "layers.inputPad": "Before the layer PyTorch needs F.pad of the input by top {top}, bottom {bottom}, left {left}, right {right} (a negative value crops).",
  "layers.agree": "The cells kept equal the layer's own output, computed separately.",
  "layers.disagree": "The cells kept differ from the layer's own output.",
  "layers.gridLabel": "PyTorch's output, first channel, with the cells the layer crops struck out",
  "layers.cropped": "cropped by the layer",
  "layers.disagreeTitle": "Frameworks disagree",
  "layers.disagreeLead": "Another framework's \"same\" gives the same {size} output from the same full result, but keeps a window shifted by {down} row(s) and {right} column(s) from PyTorch's (negative: up and to the left): the same size, shifted.",
  "layers.disagreeAgreeing": "{names} keep PyTorch's cells.",
  "layers.compareGrid": "{framework}'s output, first channel",
} as const;
