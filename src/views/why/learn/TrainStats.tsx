import type { TrainProgressMessage, TrainStarted } from "../../../worker/train/protocol";
import { useT } from "../../useT";

const sci = (v: number) => v.toExponential(3);

/** The run's numbers, live: step, loss against the references, distances to both kernels. */
export function TrainStats({ progress, started, maxSteps }: { progress: TrainProgressMessage | null; started: TrainStarted | null; maxSteps: number }) {
  const t = useT();
  const rows: [string, string, string][] = progress
    ? [
        ["step", t("learn.stat.step"), `${progress.step} / ${maxSteps}`],
        ["loss", t("learn.stat.loss"), sci(progress.loss)],
        ["bilinearLoss", t("learn.stat.bilinearLoss"), started ? sci(started.bilinearLoss) : "…"],
        ["optimumLoss", t("learn.stat.optimumLoss"), started ? sci(started.optimum.loss) : "…"],
        ["distanceToBilinear", t("learn.stat.distanceToBilinear"), progress.distanceToBilinear.toFixed(4)],
        ["distanceToOptimum", t("learn.stat.distanceToOptimum"), progress.distanceToOptimum.toFixed(4)],
        ["bias", t("learn.stat.bias"), progress.bias.toFixed(4)],
      ]
    : [];
  return (
    <dl className="train-stats" aria-live="off">
      {rows.map(([key, label, value]) => (
        <div key={key} data-stat={key}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
