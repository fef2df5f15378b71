import type { LessonConfig } from "../../model/lesson/lessonConfig";
import { seedParams, type ExplorerParams } from "../../params/explorerParams";

/** The explorer's parameters for a lesson or practice configuration (one channel, no bias). */
export function explorerParamsOf(c: LessonConfig): ExplorerParams {
  return {
    ...seedParams(),
    mode: c.mode,
    inC: 1,
    inH: c.input.length,
    inW: c.input[0].length,
    outC: 1,
    kH: c.kernel.length,
    kW: c.kernel[0].length,
    groups: 1,
    stride: [...c.stride],
    padding: [...c.padding],
    dilation: [...c.dilation],
    outputPadding: [...c.outputPadding],
    input: Float64Array.from(c.input.flat()),
    weight: Float64Array.from(c.kernel.flat()),
    bias: null,
    flip: false,
  };
}
