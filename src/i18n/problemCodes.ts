import { COVERAGE_PROBLEMS } from "../core/coverageMap";
import { CONV_UPSAMPLE_PROBLEMS } from "../core/convUpsample";
import { EXPLORE_PROBLEMS } from "../core/explore";
import { CONFIGURATION_PROBLEMS } from "../core/configuration";
import { MATRIX_PROBLEMS } from "../core/matrix";
import { NETWORK_PROBLEMS } from "../core/networks";
import { OPTIMIZER_PROBLEMS } from "../core/optimizer";
import { PASTE_PROBLEMS } from "../core/paste";
import { POOL_PROBLEMS } from "../core/avgPool";
import { SHAPE_PROBLEMS } from "../core/shape";
import { LAYER_PROBLEMS } from "../core/layer/problems";
import { LAYER_TEXT_PROBLEMS } from "../format/layerText";
import { TENSOR_PROBLEMS } from "../core/tensor";
import { TRAIN_PROBLEMS } from "../core/train";
import { UPSAMPLE_LOSS_PROBLEMS } from "../core/upsampleLoss";
import { UPSAMPLE_PROBLEMS } from "../core/upsample";
import type { ProblemSpec } from "../core/problem";
import { LIMIT_PROBLEMS } from "../params/limits";
import { PARAMS_PROBLEMS } from "../params/explorerParams";
import { PARAMS_SLICE_PROBLEMS } from "../store/paramsSlice";
import { CODEC_PROBLEMS } from "../url/codec";
import { READER_PROBLEMS } from "../url/readers";
import { JOB_PROBLEMS } from "../worker/jobProblems";
import { WORKER_PROBLEMS } from "../worker/reply";

/**
 * Every module that raises problems, with its codes and their value names: the one list the
 * catalogue test walks (every code rendered in every language, placeholders matching the values).
 * A new raising module adds its spec here. Only types leave this file for the app (the catalogues
 * check their keys against ProblemCode), so none of these modules is pulled into a bundle by it.
 */
export const PROBLEM_SPECS = {
  "core/shape": SHAPE_PROBLEMS,
  "core/layer": LAYER_PROBLEMS,
  "format/layerText": LAYER_TEXT_PROBLEMS,
  "core/configuration": CONFIGURATION_PROBLEMS,
  "core/explore": EXPLORE_PROBLEMS,
  "core/paste": PASTE_PROBLEMS,
  "core/coverageMap": COVERAGE_PROBLEMS,
  "core/networks": NETWORK_PROBLEMS,
  "core/avgPool": POOL_PROBLEMS,
  "core/upsample": UPSAMPLE_PROBLEMS,
  "core/convUpsample": CONV_UPSAMPLE_PROBLEMS,
  "core/upsampleLoss": UPSAMPLE_LOSS_PROBLEMS,
  "core/matrix": MATRIX_PROBLEMS,
  "core/tensor": TENSOR_PROBLEMS,
  "core/train": TRAIN_PROBLEMS,
  "core/optimizer": OPTIMIZER_PROBLEMS,
  "params/limits": LIMIT_PROBLEMS,
  "params/explorerParams": PARAMS_PROBLEMS,
  "store/paramsSlice": PARAMS_SLICE_PROBLEMS,
  "url/readers": READER_PROBLEMS,
  "url/codec": CODEC_PROBLEMS,
  "worker/reply": WORKER_PROBLEMS,
  "worker/jobProblems": JOB_PROBLEMS,
} as const satisfies Record<string, ProblemSpec>;

type Specs = typeof PROBLEM_SPECS;

/** Every problem code the app can raise. */
export type ProblemCode = { [M in keyof Specs]: keyof Specs[M] & string }[keyof Specs];

/** Codes worded in their feature's own catalogue files (i18n/features/layers.*), not in problems.*. */
export type FeatureProblemCode = `layer.${string}` | `snippet.${string}`;
