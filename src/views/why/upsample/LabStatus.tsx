import type { ImageFileProblem } from "./decodePicture";
import type { JobState } from "./useImageJob";
import { useT } from "../../useT";

/** One line saying what the lab is doing: loading, computing, or what the last result took. */
export function LabStatus({ lab, loading, problem }: { lab: JobState<"lab">; loading: boolean; problem: ImageFileProblem | null }) {
  const t = useT();
  const { result, resultJob } = lab;
  let text = "";
  if (loading) text = t("why.status.loadingImage");
  else if (problem) text = t("why.status.imageUnavailable");
  else if (result && resultJob && !lab.error) {
    text = t(lab.backend === "worker" ? "why.lab.statusWorker" : "why.lab.statusMain", {
      input: `${result.input.width}×${result.input.height}`,
      s: resultJob.scale,
      output: `${result.reference.width}×${result.reference.height}`,
      ms: Math.round(lab.ms ?? 0),
    });
  } else if (!lab.error) text = t("why.status.computing");
  return (
    <p className="status-line why-status" aria-live="polite" data-testid="lab-status" data-busy={lab.busy || loading ? "true" : "false"}>
      {text}
      {lab.busy && result && <span className="busy-dot">{t("why.status.updating")}</span>}
    </p>
  );
}
