import type { Problem } from "../../core/problem";
import { useId, useState } from "react";
import type { FillKind } from "../../core";
import type { ExplorerParams } from "../../params/explorerParams";
import { useAppStore, useAppStoreApi } from "../../store";
import { useLocalizeProblem } from "../useLocalizeProblem";
import { useT } from "../useT";
import { fillPlanes } from "./fillPlanes";
import { FillPresets, fillText } from "./FillPresets";
import { FlipToggle } from "./FlipToggle";
import { PastePanel } from "./PastePanel";
import { pairOf, planesOf, type ValueGrid } from "./planes";
import { replacePlanes, valuesPatch } from "./valuePatch";
import "./edit.css";

/** The seeds the two toolbars start from (any seed reproduces; these keep first fills stable). */
const FIRST_SEED: Record<ValueGrid, number> = { input: 1, kernel: 2 };

type Status = { text: string; error: boolean } | null;

/**
 * Fill presets, paste and (for the kernel) the flip toggle for one editable grid. With several
 * channels or kernels, a selector picks which plane the tools write (or all of them).
 */
export function EditToolbar({ grid }: { grid: ValueGrid }) {
  const t = useT();
  const localize = useLocalizeProblem();
  const api = useAppStoreApi();
  const params = useAppStore((s) => s.params);
  const [seed, setSeed] = useState(FIRST_SEED[grid]);
  const [target, setTarget] = useState(-1);
  const [status, setStatus] = useState<Status>(null);
  const titleId = useId();

  const planes = planesOf(params, grid);
  const targets = target >= 0 && target < planes.count ? [target] : Array.from({ length: planes.count }, (_, k) => k);
  const symbol = grid === "kernel" ? "w" : params.mode === "conv" ? "x" : "y";

  const apply = (patch: Partial<ExplorerParams>, done: string): Problem | null => {
    const problem = api.getState().setParams(patch);
    setStatus(problem ? { text: t("edit.refused", { problem: localize(problem) }), error: true } : { text: done, error: false });
    return problem;
  };
  const onFill = (kind: FillKind): void => {
    const values = fillPlanes(kind, targets.length, planes.rows, planes.cols, seed, params.stride);
    const kindText = fillText(t, kind, params.stride).label;
    const random = kind === "randomIntegers" || kind === "randomDecimals";
    apply(valuesPatch(grid, replacePlanes(params, grid, targets, values)), random ? t("edit.filledSeed", { kind: kindText, seed }) : t("edit.filled", { kind: kindText }));
  };

  const targetLabel = (k: number): string => {
    if (grid === "input") return t("edit.targetChannel", { n: k + 1 });
    const [a, b] = pairOf(planes, k);
    return t("edit.targetKernel", { symbol, a, b });
  };

  return (
    <section className="edit-card" data-edit-grid={grid} aria-labelledby={titleId}>
      <header className="edit-head">
        <h2 id={titleId}>
          {t(grid === "input" ? "edit.inputTitle" : "edit.kernelTitle")} <var className="sym">{symbol}</var>
        </h2>
        <span className="edit-shape">
          {planes.count > 1 ? `${planes.count} × ` : ""}
          {t("grid.shape", { rows: planes.rows, cols: planes.cols })}
        </span>
      </header>
      {planes.count > 1 ? (
        <label className="edit-target">
          <span>{t("edit.target")}</span>
          <select value={targets.length > 1 ? -1 : targets[0]} onChange={(e) => setTarget(Number(e.currentTarget.value))}>
            <option value={-1}>{t(grid === "input" ? "edit.targetAllChannels" : "edit.targetAllKernels")}</option>
            {Array.from({ length: planes.count }, (_, k) => (
              <option key={k} value={k}>
                {targetLabel(k)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <FillPresets
        grid={grid}
        stride={params.stride}
        seed={seed}
        onSeed={(s) => {
          setSeed(s);
          setStatus(null);
        }}
        onFill={onFill}
      >
        <PastePanel grid={grid} targets={targets} symbol={symbol} apply={apply} onOpen={() => setStatus(null)} />
      </FillPresets>
      <p className={status?.error ? "edit-status is-error" : "edit-status"} role="status" aria-live="polite">
        {status?.text ?? ""}
      </p>
      {grid === "kernel" ? (
        <FlipToggle
          onChange={() => setStatus(null)}
          onProblem={(problem) => setStatus({ text: t("edit.refused", { problem: localize(problem) }), error: true })}
        />
      ) : null}
      {grid === "input" ? <p className="edit-help">{t("edit.hint")}</p> : null}
    </section>
  );
}
