import { useCallback, useEffect, useId, useMemo, useState } from "react";
import { layerOutput } from "../../core";
import type { Problem } from "../../core/problem";
import { useAppStore, useAppStoreApi } from "../../store";
import { useProblemText } from "../code/useProblemText";
import { useComputed } from "../useComputed";
import { useLocalizeProblem } from "../useLocalizeProblem";
import { useT } from "../useT";
import { FrameworkCompare } from "./FrameworkCompare";
import { layerImport, looksLikeLayer, stillImported, type LayerImport } from "./layerImport";
import { formatNumber } from "../../format/number";
import { LIMITS } from "../../params/limits";
import "./importLayer.css";

const FRAMEWORK_NAMES = { pytorch: "PyTorch", keras: "Keras", onnx: "ONNX" } as const;
const pair = ([a, b]: readonly number[]) => `(${a}, ${b})`;

/** Whether a paste lands in a field of its own (then the field takes it, not the import). */
function isField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.isContentEditable);
}

/**
 * "Import a layer": paste a PyTorch, Keras or ONNX convolution layer here, or anywhere in the
 * explorer outside a field, and the explorer takes its direction, kernel and parameters, with
 * PyTorch's padding and output_padding from the core's pytorchEquivalent. When symmetric padding
 * cannot express the layer, it says so and marks on PyTorch's output the cells the layer crops,
 * checking the rest against the layer's own output computed separately (layerOutput).
 */
export function ImportLayerBox() {
  const t = useT();
  const problemText = useProblemText();
  const localize = useLocalizeProblem();
  const api = useAppStoreApi();
  const id = useId();
  const params = useAppStore((s) => s.params);
  const { exploration, explored, exploredFrom } = useComputed();
  const [text, setText] = useState("");
  const [result, setResult] = useState<LayerImport | null>(null);
  const [refused, setRefused] = useState<Problem | null>(null);

  const run = useCallback(
    (source: string) => {
      const r = layerImport(source, api.getState().params);
      setResult(r);
      setRefused(r.ok ? api.getState().setParams(r.patch) : null);
    },
    [api],
  );

  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      if (isField(e.target)) return;
      const pasted = e.clipboardData?.getData("text/plain") ?? "";
      if (!looksLikeLayer(pasted)) return;
      e.preventDefault();
      setText(pasted.trim());
      run(pasted);
    };
    window.addEventListener("paste", onPaste);
    return () => window.removeEventListener("paste", onPaste);
  }, [run]);

  const live = result?.ok && refused === null && stillImported(result.patch, params) ? result : null;
  const shown = live && exploration && explored && exploredFrom && stillImported(live.patch, exploredFrom) ? live : null;
  // The layer's own output, computed apart from PyTorch's, to check the cells the crop keeps.
  const check = useMemo(() => {
    // With an F.pad of the input first, PyTorch's own output here is not the one to crop.
    if (!shown || !exploration || !explored || shown.equivalent.inputPad.some((v) => v !== 0)) return null;
    const own = layerOutput(shown.layer, explored.input, explored.weight, explored.bias);
    const [C, H, W] = exploration.output.shape;
    const [top, bottom, left, right] = shown.equivalent.crop;
    let agree = own.shape[1] === H - top - bottom && own.shape[2] === W - left - right;
    for (let c = 0; agree && c < C; c++)
      for (let r = top; agree && r < H - bottom; r++)
        for (let col = left; agree && col < W - right; col++) {
          agree = own.data[(c * own.shape[1] + r - top) * own.shape[2] + col - left] === exploration.output.data[(c * H + r) * W + col];
        }
    return { agree, H, W, top, bottom, left, right, data: exploration.output.data };
  }, [shown, exploration, explored]);

  const eq = shown?.equivalent;
  const crop = eq?.crop ?? [0, 0, 0, 0];
  return (
    <section className="panel import-layer" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("layers.title")}</h2>
      <p className="import-lead">{t("layers.lead")}</p>
      <form
        className="import-form"
        onSubmit={(e) => {
          e.preventDefault();
          run(text);
        }}
      >
        <label htmlFor={`${id}-text`} className="visually-hidden">
          {t("layers.label")}
        </label>
        <input
          id={`${id}-text`}
          className="import-text"
          value={text}
          spellCheck={false}
          placeholder="nn.ConvTranspose2d(16, 8, 4, stride=2, padding=1)"
          onChange={(e) => setText(e.target.value)}
          data-testid="import-text"
        />
        <button type="submit">{t("layers.import")}</button>
      </form>
      {result && !result.ok && (
        <p className="import-problem" role="alert" data-testid="import-problem">
          {problemText(result.problem)}
        </p>
      )}
      {refused && (
        <p className="import-problem" role="alert">
          {localize(refused)}
        </p>
      )}
      {result?.ok && refused === null && !live && <p className="import-note">{t("layers.edited")}</p>}
      {shown && eq && (
        <div className="import-result" data-testid="import-result">
          <p>
            {t("layers.imported", {
              framework: FRAMEWORK_NAMES[shown.layer.framework],
              layer: shown.layer.name,
              padding: pair(eq.padding),
              outputPadding: pair(eq.outputPadding),
            })}{" "}
            {eq.exact ? t("layers.exact") : null}
          </p>
          {shown.channelsKept && (
            <p>{t("layers.channelsKept", { inC: shown.channelsKept[0], outC: shown.channelsKept[1], max: LIMITS.channels.max })}</p>
          )}
          {eq.inputPad.some((v) => v !== 0) && (
            <p>{t("layers.inputPad", { top: eq.inputPad[0], bottom: eq.inputPad[1], left: eq.inputPad[2], right: eq.inputPad[3] })}</p>
          )}
          {crop.some((v) => v !== 0) && (
            <p className="import-crop" data-testid="import-crop">
              {t("layers.crop", { top: crop[0], bottom: crop[1], left: crop[2], right: crop[3] })}
            </p>
          )}
          {check && (
            <>
              <table className="import-grid" aria-label={t("layers.gridLabel")} data-testid="import-grid">
                <tbody>
                  {Array.from({ length: check.H }, (_, r) => (
                    <tr key={r}>
                      {Array.from({ length: check.W }, (_, c) => {
                        const cut = r < check.top || r >= check.H - check.bottom || c < check.left || c >= check.W - check.right;
                        return (
                          <td key={c} className={cut ? "cropped" : undefined} title={cut ? t("layers.cropped") : undefined} data-cropped={cut || undefined}>
                            {formatNumber(check.data[r * check.W + c])}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className={check.agree ? "import-agree" : "import-problem"}>{check.agree ? t("layers.agree") : t("layers.disagree")}</p>
            </>
          )}
        </div>
      )}
      {exploration && explored && <FrameworkCompare explored={explored} output={exploration.output} />}
    </section>
  );
}
