import { useMemo } from "react";
import { layerOutput, type ExploreParams, type Tensor } from "../../core";
import { formatNumber } from "../../format/number";
import { LIMITS } from "../../params/limits";
import { useT } from "../useT";
import type { LayerImport } from "./layerImport";

const FRAMEWORK_NAMES = { pytorch: "PyTorch", keras: "Keras", onnx: "ONNX" } as const;
const pair = ([a, b]: readonly number[]) => `(${a}, ${b})`;

/**
 * What an import set, once the explorer shows it: PyTorch's padding and output_padding, the
 * channels kept, an F.pad, and the crop symmetric padding cannot express, marked on PyTorch's
 * output and checked against the layer's own output computed apart (layerOutput). Its own chunk,
 * fetched with the first import (the parser's is fetched then too).
 */
export function ImportResult({ shown, explored, output }: { shown: Extract<LayerImport, { ok: true }>; explored: ExploreParams; output: Tensor }) {
  const t = useT();
  const eq = shown.equivalent;
  // The layer's own output, computed apart from PyTorch's, to check the cells the crop keeps.
  const check = useMemo(() => {
    // With an F.pad of the input first, PyTorch's own output here is not the one to crop.
    if (eq.inputPad.some((v) => v !== 0)) return null;
    const own = layerOutput(shown.layer, explored.input, explored.weight, explored.bias);
    const [C, H, W] = output.shape;
    const [top, bottom, left, right] = eq.crop;
    let agree = own.shape[1] === H - top - bottom && own.shape[2] === W - left - right;
    for (let c = 0; agree && c < C; c++)
      for (let r = top; agree && r < H - bottom; r++)
        for (let col = left; agree && col < W - right; col++) {
          agree = own.data[(c * own.shape[1] + r - top) * own.shape[2] + col - left] === output.data[(c * H + r) * W + col];
        }
    return { agree, H, W, top, bottom, left, right, data: output.data };
  }, [shown, eq, explored, output]);

  const crop = eq.crop;
  return (
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
      {shown.channelsKept && <p>{t("layers.channelsKept", { inC: shown.channelsKept[0], outC: shown.channelsKept[1], max: LIMITS.channels.max })}</p>}
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
  );
}
