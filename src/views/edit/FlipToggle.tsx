import type { Problem } from "../../core/problem";
import { useId } from "react";
import { useAppStore, useAppStoreApi } from "../../store";
import { useT } from "../useT";

/**
 * Cross-correlation (what deep-learning libraries compute, the kernel as written) or true
 * convolution (the kernel rotated 180° first): a two-way switch on params.flip, with the one
 * sentence that tells them apart.
 */
export function FlipToggle(props: { onChange?: () => void; onProblem?: (problem: Problem) => void }) {
  const t = useT();
  const api = useAppStoreApi();
  const flip = useAppStore((s) => s.params.flip);
  const noteId = useId();
  const choose = (next: boolean): void => {
    if (next === flip) return;
    const problem = api.getState().setParams({ flip: next });
    if (problem) props.onProblem?.(problem);
    else props.onChange?.();
  };
  const option = (value: boolean, label: string) => (
    <button type="button" className="edit-segment" aria-pressed={flip === value} data-flip={value} onClick={() => choose(value)}>
      {label}
    </button>
  );
  return (
    <div className="edit-flip">
      <div className="edit-segmented" role="group" aria-label={t("edit.flipLabel")} aria-describedby={noteId}>
        {option(false, t("edit.flipCorrelation"))}
        {option(true, t("edit.flipConvolution"))}
      </div>
      <p id={noteId} className="edit-help">
        {t("edit.flipNote")}
      </p>
    </div>
  );
}
