import { isAbortError } from "../../../worker/bridge";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ImageSource, TrainProgressMessage, TrainStarted } from "../../../worker/train/protocol";
import type { TrainRun } from "../../../worker/train/client";
import { CHUNK_MS, STEPS_PER_CHUNK, type Speed, type TrainSettings } from "./trainSettings";
import { useWhyClient } from "./whyClient";
import { reportOf, type Report } from "../../../core/problem";

export type TrainPhase = "preparing" | "ready" | "running" | "paused" | "done" | "error";

export interface Training {
  phase: TrainPhase;
  started: TrainStarted | null;
  progress: TrainProgressMessage | null;
  /** history[t] is the loss after t updates, for t = 0 … progress.step. */
  history: Float64Array;
  error: Report | null;
  /** Start or resume; after the last step, start over and run. */
  start: () => void;
  pause: () => void;
  /** Back to step 0 with the same settings, paused. */
  reset: () => void;
}

/**
 * A training run in the worker for these settings: prepared paused at step 0 whenever the settings
 * or the image change (so the initial kernel shows at once), then started, paused and reset. The
 * loss history is kept in one preallocated array, written in place as chunks arrive.
 */
export function useTraining(settings: TrainSettings, source: ImageSource | null, speed: Speed): Training {
  const client = useWhyClient();
  const [generation, setGeneration] = useState(0);
  const [phase, setPhase] = useState<TrainPhase>("preparing");
  const [started, setStarted] = useState<TrainStarted | null>(null);
  const [progress, setProgress] = useState<TrainProgressMessage | null>(null);
  const [error, setError] = useState<Report | null>(null);
  const history = useRef(new Float64Array(0));
  const run = useRef<TrainRun | null>(null);
  const autoStart = useRef(false);
  const speedRef = useRef(speed);
  speedRef.current = speed;

  useEffect(() => {
    setPhase("preparing");
    setStarted(null);
    setProgress(null);
    setError(null);
    if (!source) return;
    const controller = new AbortController();
    const paused = !autoStart.current;
    autoStart.current = false;
    history.current = new Float64Array(settings.steps + 1);
    const handle = client.train(
      {
        image: source,
        kernelSize: settings.kernelSize,
        stride: settings.stride,
        optimizer: { kind: settings.optimizer, learningRate: settings.learningRate },
        init: settings.init,
        seed: settings.seed,
        maxSteps: settings.steps,
        stepsPerChunk: STEPS_PER_CHUNK[speedRef.current],
        chunkMs: CHUNK_MS,
        paused,
      },
      {
        onStarted: setStarted,
        onProgress: (p) => {
          const h = history.current;
          h.set(p.losses, p.step - p.losses.length);
          h[p.step] = p.loss;
          setProgress(p);
          setPhase(p.status === "paused" ? (p.step === 0 ? "ready" : "paused") : p.status);
        },
      },
      controller.signal,
    );
    run.current = handle;
    handle.done.catch((e: unknown) => {
      if (controller.signal.aborted || isAbortError(e)) return;
      setError(reportOf(e));
      setPhase("error");
    });
    return () => {
      controller.abort();
      if (run.current === handle) run.current = null;
    };
  }, [client, source, settings, generation]);

  useEffect(() => {
    run.current?.pace(STEPS_PER_CHUNK[speed]);
  }, [speed]);

  const start = useCallback(() => {
    if (phase === "ready" || phase === "paused") {
      run.current?.resume();
      setPhase("running");
    } else if (phase === "done") {
      autoStart.current = true;
      setGeneration((g) => g + 1);
    }
  }, [phase]);
  const pause = useCallback(() => run.current?.pause(), []);
  const reset = useCallback(() => setGeneration((g) => g + 1), []);

  return { phase, started, progress, history: history.current, error, start, pause, reset };
}
