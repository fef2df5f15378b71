import type { EncoderDecoder } from "../../../core";
import { useT } from "../../useT";

const W = 900;
const BOX_W = 132;
const BOX_H = 34;
const ROW = 50;
const TOP = 26;
const STEP_X = 52;

/**
 * The encoder–decoder as a U: encoder levels down the left (each ÷2 by pooling), decoder steps up
 * the right (transposed convolutions), skip connections across. Sizes come from core; a step that
 * needs output_padding is drawn dashed orange with its value, one that cannot reach its skip's size
 * red with a cross, never by colour alone.
 */
export function DecoderDiagram({ net }: { net: EncoderDecoder }) {
  const t = useT();
  const depth = net.encoder.length - 1;
  const height = TOP + depth * ROW + BOX_H + 22;
  const y = (level: number) => TOP + level * ROW;
  const encX = (level: number) => (level === depth ? W / 2 - BOX_W / 2 : 12 + level * STEP_X);
  const decX = (level: number) => W - 12 - BOX_W - level * STEP_X;
  const skip = net.kind === "unet" ? t("learn.apps.unet.skipConcat") : t("learn.apps.unet.skipSum");
  let from = depth;
  return (
    <svg className="decoder-diagram" viewBox={`0 0 ${W} ${height}`} role="img" aria-label={t("learn.apps.unet.diagramAria", { kind: t(`learn.apps.unet.kind.${net.kind}`) })}>
      <defs>
        <marker id="dec-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0L10 5L0 10z" fill="currentColor" />
        </marker>
      </defs>
      <text className="dd-col" x={12} y={14}>
        {t("learn.apps.unet.encoder")}
      </text>
      <text className="dd-col" x={W - 12} y={14} textAnchor="end">
        {t("learn.apps.unet.decoder")}
      </text>
      {net.encoder.map((size, l) => {
        const odd = l < depth && size % 2 === 1;
        return (
          <g key={`e${l}`} className="dd-enc" data-level={l} data-odd={odd || undefined}>
            {l < depth ? (
              <line
                className={`dd-down${odd ? " is-odd" : ""}`}
                x1={encX(l) + 28}
                y1={y(l) + BOX_H}
                x2={l + 1 === depth ? encX(l + 1) - 4 : encX(l + 1) + 28}
                y2={l + 1 === depth ? y(l + 1) + BOX_H / 2 : y(l + 1) - 2}
                markerEnd="url(#dec-arrow)"
              />
            ) : null}
            <rect x={encX(l)} y={y(l)} width={BOX_W} height={BOX_H} rx={7} className="dd-box" />
            <text x={encX(l) + BOX_W / 2} y={y(l) + BOX_H / 2} dy="0.35em" textAnchor="middle" className="dd-size">
              {size}×{size}
              {odd ? <tspan className="dd-odd"> {t("learn.apps.unet.oddMark")}</tspan> : null}
            </text>
          </g>
        );
      })}
      {net.decoder.map((st, i) => {
        const x0 = from === depth ? encX(depth) + BOX_W : decX(from) + BOX_W / 2;
        const y0 = from === depth ? y(depth) + BOX_H / 2 : y(from);
        from = st.level;
        const cls = st.status === "ok" ? "ok" : st.status === "needsOutputPadding" ? "op" : "bad";
        const mark = st.status === "ok" ? "" : st.status === "needsOutputPadding" ? ` ⚠ op=${st.outputPadding}` : " ✕";
        return (
          <g key={`d${i}`} className={`dd-dec is-${cls}`} data-stage={i} data-status={st.status}>
            <line className="dd-up" x1={x0} y1={y0} x2={decX(st.level) + BOX_W / 2} y2={y(st.level) + BOX_H + 2} markerEnd="url(#dec-arrow)" />
            <text className="dd-op" x={decX(st.level) + BOX_W / 2 + 18} y={y(st.level) + BOX_H + 13}>
              {t("learn.apps.unet.upLabel", { k: st.kernel, s: st.stride, p: st.padding })}
            </text>
            {st.level > 0 || net.kind === "unet" ? (
              <>
                <line className="dd-skip" x1={encX(st.level) + BOX_W} y1={y(st.level) + BOX_H / 2} x2={decX(st.level) - 2} y2={y(st.level) + BOX_H / 2} markerEnd="url(#dec-arrow)" />
                <text className="dd-skip-label" x={(encX(st.level) + BOX_W + decX(st.level)) / 2} y={y(st.level) + BOX_H / 2 - 5} textAnchor="middle">
                  {skip} {net.encoder[st.level]}
                </text>
              </>
            ) : null}
            <rect x={decX(st.level)} y={y(st.level)} width={BOX_W} height={BOX_H} rx={7} className="dd-box" />
            <text x={decX(st.level) + BOX_W / 2} y={y(st.level) + BOX_H / 2} dy="0.35em" textAnchor="middle" className="dd-size">
              {st.outSize}×{st.outSize}
              {mark}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
