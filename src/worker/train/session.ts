import {
  createTrainer,
  distanceToBilinear,
  fill,
  leastSquaresKernel,
  trainerOutput,
  trainStep,
  upsampleForward,
  upsampleLoss,
  type TrainerState,
} from "../../core";
import { checkInteger } from "../../core/shape";
import { refuseJob } from "../jobProblems";
import { unknownRequest } from "../reply";
import { failure, networkSizes, projectFeature } from "./handle";
import { resolveImage } from "./images";
import type { TrainConfig, TrainProgressMessage, TrainStatus, WhyRequest, WhyResponse } from "./protocol";

/** setTimeout and a clock, injected so the same session runs in the worker, on the main thread and in tests. */
export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
  now(): number;
}

export type Post = (message: WhyResponse, transfer: ArrayBuffer[]) => void;

interface Run {
  run: number;
  config: TrainConfig;
  state: TrainerState;
  optimum: Float64Array;
  status: TrainStatus;
  timer: unknown;
}

export const defaultTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => performance.now(),
};

/**
 * The worker's state: at most one training run, advanced in chunks of `stepsPerChunk` updates
 * (core's trainStep, which composes bit for bit, so chunking never changes the run). Between
 * chunks the event loop turns, so pause, stop and one-shot requests are answered within one
 * chunk (a few ms). Every chunk posts its losses, kernel and output with the buffers transferred.
 */
export function createWhySession(post: Post, timers: Timers = defaultTimers) {
  let current: Run | null = null;

  const progress = (r: Run, losses: Float64Array): void => {
    const kernel = r.state.kernel.slice();
    let sq = 0;
    for (let i = 0; i < kernel.length; i++) sq += (kernel[i] - r.optimum[i]) ** 2;
    const output = trainerOutput(r.state).data;
    const message: TrainProgressMessage = {
      type: "train-progress",
      run: r.run,
      status: r.status,
      step: r.state.step,
      losses,
      loss: r.state.loss,
      kernel,
      bias: r.state.bias,
      distanceToBilinear: distanceToBilinear(kernel, r.config.kernelSize, r.config.stride),
      distanceToOptimum: Math.sqrt(sq),
      output,
    };
    post(message, [losses.buffer as ArrayBuffer, kernel.buffer as ArrayBuffer, output.buffer as ArrayBuffer]);
  };

  const chunk = (r: Run): void => {
    r.timer = null;
    if (current !== r || r.status !== "running") return;
    const started = timers.now();
    const n = Math.min(r.config.stepsPerChunk, r.config.maxSteps - r.state.step);
    const p = trainStep(r.state, n);
    r.state = p.state;
    if (r.state.step >= r.config.maxSteps) r.status = "done";
    progress(r, p.losses);
    if (r.status === "running") r.timer = timers.set(() => chunk(r), Math.max(0, r.config.chunkMs - (timers.now() - started)));
  };

  const start = (run: number, config: TrainConfig): void => {
    stop();
    const { kernelSize: k, stride: s } = config;
    checkInteger("stride", s, 1);
    const image = resolveImage(config.image, s);
    const state = createTrainer({
      images: { shape: [1, image.height, image.width], data: image.data },
      kernelSize: k,
      stride: s,
      optimizer: config.optimizer,
      init: config.init,
      seed: config.seed,
    });
    if (!Number.isInteger(config.maxSteps) || config.maxSteps < 0) {
      throw refuseJob("job.steps", { got: config.maxSteps }, `steps must be an integer ≥ 0 (got ${config.maxSteps})`);
    }
    checkPace(config.stepsPerChunk);
    const best = leastSquaresKernel(state.problem);
    const bilinear = Float64Array.from(fill("bilinear", k, k, { stride: s }));
    const target = image.data.slice();
    const input = state.problem.inputs.slice();
    const optimumKernel = best.kernel.slice();
    const bilinearOutput = upsampleForward(state.problem, bilinear, 0);
    post(
      {
        type: "train-started",
        run,
        width: image.width,
        height: image.height,
        target,
        input,
        bilinear: bilinear.slice(),
        bilinearOutput,
        bilinearLoss: upsampleLoss(state.problem, bilinear, 0),
        optimum: { kernel: optimumKernel, bias: best.bias, loss: best.loss },
      },
      [target.buffer, input.buffer, optimumKernel.buffer, bilinearOutput.buffer as ArrayBuffer],
    );
    const status: TrainStatus = config.maxSteps <= 0 ? "done" : config.paused ? "paused" : "running";
    const r: Run = { run, config, state, optimum: best.kernel, status, timer: null };
    current = r;
    progress(r, new Float64Array(0));
    if (r.status === "running") r.timer = timers.set(() => chunk(r), 0);
  };

  function stop(): void {
    if (current?.timer != null) timers.clear(current.timer);
    current = null;
  }

  const control = (type: "train-pause" | "train-resume" | "train-stop", run: number): void => {
    const r = current;
    if (!r || r.run !== run) return;
    if (type === "train-stop") {
      stop();
    } else if (type === "train-pause" && r.status === "running") {
      if (r.timer != null) timers.clear(r.timer);
      r.timer = null;
      r.status = "paused";
      progress(r, new Float64Array(0));
    } else if (type === "train-resume" && r.status === "paused") {
      r.status = "running";
      r.timer = timers.set(() => chunk(r), 0);
    }
  };

  return {
    /** Answers one request; never throws (a refusal or a bug is posted as a failure). */
    handle(request: WhyRequest): void {
      try {
        switch (request?.type) {
          case "train-start":
            try {
              start(request.run, request.config);
            } catch (error) {
              stop();
              post(failure(error, { run: request.run }), []);
            }
            return;
          case "train-pace":
            if (current?.run === request.run) {
              checkPace(request.stepsPerChunk);
              current.config = { ...current.config, stepsPerChunk: request.stepsPerChunk };
            }
            return;
          case "train-pause":
          case "train-resume":
          case "train-stop":
            control(request.type, request.run);
            return;
          case "project": {
            const result = projectFeature(request.params);
            post({ type: "project", id: request.id, ok: true, result }, [
              result.activation.buffer as ArrayBuffer,
              result.kept.buffer as ArrayBuffer,
              result.projection.buffer as ArrayBuffer,
            ]);
            return;
          }
          case "network":
            post({ type: "network", id: request.id, ok: true, result: networkSizes(request.query) }, []);
            return;
          default:
            post(failure(unknownRequest(request), { id: (request as { id?: number } | null)?.id }), []);
        }
      } catch (error) {
        post(failure(error, { id: (request as { id?: number }).id }), []);
      }
    },
    /** The run in progress, if any, and its status (for tests). */
    status(): { run: number; status: TrainStatus; step: number } | null {
      return current ? { run: current.run, status: current.status, step: current.state.step } : null;
    },
    dispose: stop,
  };
}

export type WhySession = ReturnType<typeof createWhySession>;

function checkPace(n: number): void {
  if (!Number.isInteger(n) || n < 1) throw refuseJob("job.pace", { got: n }, `steps per chunk must be an integer ≥ 1 (got ${n})`);
}
