import { useState } from "react";
import type { GeneratorLayer, GeneratorOptions } from "../../../core";
import { useT } from "../../useT";
import { ExplorerLink } from "../../share/ExplorerLink";
import { transposedLayer } from "./transposedLayer";
import { ChoiceField } from "../learn/ChoiceField";
import { useNetwork } from "./useNetwork";
import { JobProblem } from "../JobProblem";

/** DCGAN's published generator (Radford et al. 2016): what the section starts from. */
export const DCGAN_DEFAULTS: Required<Omit<GeneratorOptions, "firstKernel">> = {
  zDim: 100,
  baseChannels: 1024,
  upsampleLayers: 4,
  outChannels: 3,
  kernel: 4,
  stride: 2,
  padding: 1,
  outputPadding: 0,
};

const Z_DIMS = [16, 32, 64, 100, 128, 256, 512];
const BASES = [64, 128, 256, 512, 1024, 2048];
const LAYERS = [1, 2, 3, 4, 5, 6];
const OUT_CHANNELS = [1, 3];
const KERNELS = [1, 2, 3, 4, 5, 6, 7];
const STRIDES = [1, 2, 3, 4];
const PADDINGS = [0, 1, 2, 3];

const shape = (size: number, c: number) => `${size}×${size}×${c}`;

/** Side of a map's square in the chain: log-scaled, so 1×1 and 128×128 both fit. */
const boxSide = (size: number) => 22 + 11 * Math.log2(Math.max(1, size));

/**
 * The DCGAN generator walk-through: z as a 1×1 map, then transposed convolutions, each size computed
 * by core (networks.ts, in the worker) from the choices here, each layer one click from the
 * explorer at a size one can step through.
 */
export function DcganSection() {
  const t = useT();
  const [options, setOptions] = useState(DCGAN_DEFAULTS);
  const { result, error, retry } = useNetwork({ kind: "dcgan", options });
  const layers: GeneratorLayer[] = result?.kind === "dcgan" && !error ? result.layers : [];
  const set = (patch: Partial<typeof options>) => setOptions((o) => ({ ...o, ...patch }));
  const changed = (Object.keys(DCGAN_DEFAULTS) as (keyof typeof options)[]).some((k) => options[k] !== DCGAN_DEFAULTS[k]);
  return (
    <section className="lesson-card apps-section" id="dcgan" aria-labelledby="dcgan-h">
      <h2 id="dcgan-h">{t("learn.apps.dcgan.title")}</h2>
      <p className="lesson-small apps-lead">{t("learn.apps.dcgan.lead")}</p>
      <div className="apps-controls" role="group" aria-label={t("learn.apps.dcgan.controls")}>
        <ChoiceField name="zDim" label={t("learn.apps.dcgan.z")} value={options.zDim} options={Z_DIMS} onChange={(zDim) => set({ zDim })} />
        <ChoiceField name="base" label={t("learn.apps.dcgan.base")} value={options.baseChannels} options={BASES} onChange={(baseChannels) => set({ baseChannels })} />
        <ChoiceField name="layers" label={t("learn.apps.dcgan.layers")} value={options.upsampleLayers} options={LAYERS} onChange={(upsampleLayers) => set({ upsampleLayers })} />
        <ChoiceField name="outC" label={t("learn.apps.dcgan.outChannels")} value={options.outChannels} options={OUT_CHANNELS} onChange={(outChannels) => set({ outChannels })} />
        <ChoiceField name="k" label={t("learn.apps.k")} value={options.kernel} options={KERNELS} onChange={(kernel) => set({ kernel })} />
        <ChoiceField name="s" label={t("learn.apps.s")} value={options.stride} options={STRIDES} onChange={(stride) => set({ stride })} />
        <ChoiceField name="p" label={t("learn.apps.p")} value={options.padding} options={PADDINGS} onChange={(padding) => set({ padding })} />
        <ChoiceField name="op" label={t("learn.apps.op")} value={options.outputPadding} options={PADDINGS} onChange={(outputPadding) => set({ outputPadding })} />
        <button type="button" className="lesson-button small" disabled={!changed} onClick={() => setOptions(DCGAN_DEFAULTS)}>
          {t("learn.apps.dcgan.defaults")}
        </button>
      </div>
      {error ? <JobProblem problem={error} onRetry={retry} className="lesson-error" /> : null}
      {layers.length ? (
        <>
          <ol className="dcgan-chain" aria-label={t("learn.apps.dcgan.chainAria")}>
            <li className="dcgan-map">
              <span className="map-box z" style={{ width: boxSide(1), height: boxSide(1) }} aria-hidden="true" />
              <span className="map-label">{t("learn.apps.dcgan.zLabel", { z: options.zDim })}</span>
            </li>
            {layers.map((l) => (
              <li key={l.index} className="dcgan-step" data-layer={l.index}>
                <span className="step-arrow" aria-hidden="true">
                  →
                </span>
                <span className="dcgan-map">
                  <span className="map-box" style={{ width: boxSide(l.outSize), height: boxSide(l.outSize) }} aria-hidden="true" />
                  <span className="map-label" data-size={l.outSize}>
                    {shape(l.outSize, l.outChannels)}
                  </span>
                </span>
              </li>
            ))}
          </ol>
          <table className="apps-table dcgan-table">
            <caption className="visually-hidden">{t("learn.apps.dcgan.tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t("learn.apps.dcgan.colLayer")}</th>
                <th scope="col">{t("learn.apps.dcgan.colSize")}</th>
                <th scope="col">{t("learn.apps.dcgan.colFormula")}</th>
                <th scope="col">{t("learn.apps.dcgan.colWeights")}</th>
                <th scope="col">{t("learn.apps.dcgan.colExplorer")}</th>
              </tr>
            </thead>
            <tbody>
              {layers.map((l) => (
                <tr key={l.index} data-layer={l.index}>
                  <td>{l.index}</td>
                  <td>
                    <code>
                      ConvTranspose2d({l.inChannels}, {l.outChannels}, {l.kernel}, {l.stride}, {l.padding}
                      {l.outputPadding ? `, output_padding=${l.outputPadding}` : ""})
                    </code>
                  </td>
                  <td className="num">
                    {shape(l.inSize, l.inChannels)} → <strong>{shape(l.outSize, l.outChannels)}</strong>
                  </td>
                  <td className="num formula">
                    ({l.inSize}−1)·{l.stride} − 2·{l.padding} + {l.kernel}
                    {l.outputPadding ? ` + ${l.outputPadding}` : ""} = {l.outSize}
                  </td>
                  <td className="num">{l.weights.toLocaleString("en-US")}</td>
                  <td>
                    <ExplorerLink
                      className="lesson-explorer-link"
                      target={{ params: transposedLayer(l) }}
                      title={t("learn.apps.dcgan.openTitle", { side: Math.min(4, l.inSize) })}
                      blockedLabel={(reason) => t("learn.apps.blocked", { reason })}
                    >
                      {t("learn.apps.dcgan.open", { side: Math.min(4, l.inSize) })}
                    </ExplorerLink>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
