import { useState } from "react";
import { useAppStoreApi, useAppStoreShallow } from "../../store";
import type { Problem } from "../../core/problem";
import { useLocalizeProblem } from "../useLocalizeProblem";
import { useT } from "../useT";
import { flipDirection, stepParam, type PresenterParam } from "./presenterActions";

/**
 * Presenter mode's compact controls, in the header: the direction, and the kernel size, stride and
 * padding with − and +, each labelled with its key (D, K, S, P; Shift steps down). A refused value
 * says why in one line, the rest of the screen unchanged.
 */
export function PresenterControls({ onHelp }: { onHelp: () => void }) {
  const t = useT();
  const api = useAppStoreApi();
  const p = useAppStoreShallow((s) => ({ mode: s.params.mode, k: s.params.kH, s: s.params.stride[0], p: s.params.padding[0] }));
  const localize = useLocalizeProblem();
  const [refused, setRefused] = useState<Problem | null>(null);
  const step = (param: PresenterParam, by: 1 | -1) => setRefused(stepParam(api, param, by));
  const stepper = (param: PresenterParam, name: string, key: string, value: number) => (
    <span className="present-stepper" data-param={param}>
      <span className="present-stepper-name">
        {name} <kbd>{key}</kbd>
      </span>
      <button type="button" className="present-step" aria-label={t("present.stepDown", { name })} onClick={() => step(param, -1)}>
        −
      </button>
      <output className="present-value">{value}</output>
      <button type="button" className="present-step" aria-label={t("present.stepUp", { name })} onClick={() => step(param, 1)}>
        +
      </button>
    </span>
  );
  return (
    <div className="present-controls" role="group" aria-label={t("present.controls")}>
      <button type="button" className="present-button" onClick={() => flipDirection(api)}>
        {p.mode === "conv" ? t("present.toTransposed") : t("present.toConv")} <kbd>D</kbd>
      </button>
      {stepper("kernel", t("present.kernel"), "K", p.k)}
      {stepper("stride", t("present.stride"), "S", p.s)}
      {stepper("padding", t("present.padding"), "P", p.p)}
      <button type="button" className="present-button" aria-keyshortcuts="?" onClick={onHelp}>
        {t("present.keys")} <kbd>?</kbd>
      </button>
      {refused ? (
        <span className="present-refused" role="status">
          {localize(refused)}
        </span>
      ) : null}
    </div>
  );
}
