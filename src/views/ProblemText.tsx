import type { Report } from "../core/problem";
import { useLocalizeProblem } from "./useLocalizeProblem";

/** A refusal or failure, in the app's current language. */
export function ProblemText({ problem }: { problem: Report }) {
  const localize = useLocalizeProblem();
  return <>{localize(problem)}</>;
}
