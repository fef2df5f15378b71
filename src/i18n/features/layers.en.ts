/**
 * English messages of the layer import feature (merged into the app catalogue by ../en.ts); the
 * words of its refusals, `problem.layer.*`, are in layerProblems.en.ts.
 */
export const layersEn = {
  "layers.title": "Import a layer",
  "layers.lead": "Paste a PyTorch, Keras or ONNX convolution layer, here or anywhere in the explorer: the explorer takes its direction, kernel and parameters.",
  "layers.label": "Layer text",
  "layers.import": "Import",
  "layers.edited": "The parameters have changed since the import.",
  "layers.unloaded": "The layer reader could not be loaded, so nothing was imported and your text is kept. Check the connection and press Import again.",
} as const;
