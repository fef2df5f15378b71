import type { Report } from "../../core/problem";
import { isWorkerFailure } from "../../worker/reply";
import { ProblemText } from "../ProblemText";
import { useT } from "../useT";

/**
 * A why page's failed or refused job, as an alert; when the worker failed (not loaded, no answer,
 * crashed), with a "Try again" that runs the job once more on a fresh worker.
 */
export function JobProblem({ problem, onRetry, className = "why-error" }: { problem: Report; onRetry: () => void; className?: string }) {
  const t = useT();
  return (
    <p className={className} role="alert">
      <ProblemText problem={problem} />
      {isWorkerFailure(problem) && (
        <>
          {" "}
          <button type="button" className="error-retry" data-action="retry-job" onClick={onRetry}>
            {t("worker.retry")}
          </button>
        </>
      )}
    </p>
  );
}
