export type { Tensor } from "./tensor";
export { sizeOf, zeros, fromNested, toNested } from "./tensor";
export type { ConvOptions, ConvGeometry, Pair, Sides } from "./shape";
export { convOutputSize, convTransposeOutputSize, resolveConv2d, resolveConvTranspose2d } from "./shape";
export { conv2d, conv2dRaw } from "./conv";
export { convTranspose2d, convTranspose2dRaw } from "./convTranspose";
export type { SparseMatrix } from "./matrix";
export { convMatrix, transpose, matVec, entryAt } from "./matrix";
export type { WindowTrace } from "./trace/window";
export { windowTrace, windowStateAt, windowTraceEntries } from "./trace/window";
export type { ScatterTrace } from "./trace/scatter";
export { scatterTrace, scatterStateAt, scatterStateThrough, scatterTraceEntries, coverage } from "./trace/scatter";
export type { ZeroInsertionTrace } from "./trace/zeroInsertion";
export {
  zeroInsertionTrace,
  zeroInsertionTraceEntries,
  UP_VALUE,
  UP_INSERTED_ZERO,
  UP_BORDER,
} from "./trace/zeroInsertion";
export type { Mode, ExploreParams, Exploration } from "./configuration";
export { geometryOf, traceEntries, TRACE_ENTRY_LIMIT } from "./configuration";
export { explore } from "./explore";
export { mulberry32 } from "./rng";
export type { FillKind, FillOptions } from "./fill";
export { fill } from "./fill";
export type { PasteResult } from "./paste";
export { parseMatrix } from "./paste";
export { flipKernel } from "./flip";
export { convInputSizesFor } from "./inputSizes";
export type { UpsampleMode, UpsampleOptions, AxisTaps } from "./upsample";
export { upsample, axisTaps, BICUBIC_A } from "./upsample";
export { avgPool2d } from "./avgPool";
export type { UpsamplePadding, ChannelKernel } from "./convUpsample";
export { upsamplePadding, convTransposeUpsample, resizeConvolution } from "./convUpsample";
export type { CoverageLayer, CoverageMap, CoverageStats, CheckerboardRule } from "./coverageMap";
export { coverageMap, coverageMap1d, checkerboardRule } from "./coverageMap";
export type { OptimizerConfig, OptimizerState } from "./optimizer";
export { optimizerState, optimizerStep, cloneOptimizerState } from "./optimizer";
export type { UpsampleProblem, LossAndGradient, LossBorder } from "./upsampleLoss";
export { upsampleProblem, upsampleForward, upsampleLoss, lossAndGradient, fullTapRegion } from "./upsampleLoss";
export type { LeastSquaresKernel } from "./leastSquaresKernel";
export { leastSquaresKernel } from "./leastSquaresKernel";
export type { KernelInit, TrainerOptions, TrainerState, TrainProgress } from "./train";
export { createTrainer, trainStep, trainerOutput, distanceToBilinear } from "./train";
export type {
  GeneratorLayer,
  GeneratorOptions,
  StepGeometry,
  DecoderStage,
  EncoderDecoder,
  EncoderDecoderOptions,
} from "./networks";
export { dcganGenerator, encoderDecoder } from "./networks";
export type { Framework, LayerKind, LayerPadding, ImportedLayer } from "./layer/importLayer";
export { importLayer } from "./layer/importLayer";
export type { LayerGeometry } from "./layer/layerGeometry";
export { layerGeometry } from "./layer/layerGeometry";
export { layerOutput, layerConvGeometry } from "./layer/layerOutput";
export type { PytorchEquivalent, SideTuple } from "./layer/pytorchEquivalent";
export { pytorchEquivalent } from "./layer/pytorchEquivalent";
export type { LayerProblemCode } from "./layer/problems";
export { LAYER_PROBLEM_CODES } from "./layer/problems";
