import type { Report } from "../../core/problem";
import { useId } from "react";
import { weightShape, type ExplorerParams } from "../../params/explorerParams";
import { LIMITS } from "../../params/limits";
import { useAppStoreShallow } from "../../store";
import { useT } from "../useT";
import { CountInput } from "./CountInput";
import { FieldNote } from "./FieldNote";
import { RuleText } from "./RuleText";
import { useCountField } from "./useCountField";
import { usePinned } from "./usePinned";
import type { Proposal } from "./useProposal";

type ChannelKey = "inC" | "outC" | "groups";

/**
 * In and out channels and groups, collapsed by default (the lesson starts single-channel), with
 * depthwise as one click: out channels = groups = in channels.
 */
export function AdvancedPanel({ proposal }: { proposal: Proposal }) {
  const t = useT();
  const id = useId();
  const p = useAppStoreShallow((s) => ({
    mode: s.params.mode,
    inC: s.params.inC,
    outC: s.params.outC,
    groups: s.params.groups,
    kH: s.params.kH,
    kW: s.params.kW,
  }));
  const [depthwiseProblem, setDepthwiseProblem] = usePinned<Report>();
  const field = (key: ChannelKey, name: string) => ({
    id: `${id}-${key}`,
    name,
    value: p[key],
    range: key === "groups" ? LIMITS.groups : LIMITS.channels,
    propose: (n: number) => proposal.propose({ [key]: n } as Partial<ExplorerParams>),
    check: (n: number) => proposal.check({ [key]: n } as Partial<ExplorerParams>),
  });
  const fields = [
    useCountField(field("inC", t("controls.inC"))),
    useCountField(field("outC", t("controls.outC"))),
    useCountField(field("groups", t("controls.groups"))),
  ];
  const depthwise = p.inC > 1 && p.outC === p.inC && p.groups === p.inC;
  const makeDepthwise = () => {
    const problem = proposal.propose({ outC: p.inC, groups: p.inC });
    setDepthwiseProblem(problem);
  };
  const shape = weightShape(p);

  return (
    <details className="controls-advanced">
      <summary>
        <span className="advanced-title">{t("controls.advanced")}</span>
        <span className="advanced-summary">{t("controls.advancedSummary", { inC: p.inC, outC: p.outC, groups: p.groups })}</span>
      </summary>
      <div className="advanced-body">
        <div className="channel-fields">
          {fields.map((f) => (
            <div key={f.id} className="channel-field">
              <label className="channel-label" htmlFor={f.id}>
                {f.name}
              </label>
              <CountInput field={f} />
            </div>
          ))}
        </div>
        <div className="param-notes" aria-live="polite">
          {fields.map((f) => (
            <FieldNote key={f.id} field={f} />
          ))}
          {depthwiseProblem ? (
            <p className="field-note" data-kind="rule">
              <RuleText problem={depthwiseProblem} />
            </p>
          ) : null}
        </div>
        <div className="depthwise-row">
          <button
            type="button"
            className="controls-button"
            title={t("controls.depthwiseTitle")}
            disabled={p.inC > 1 && depthwise}
            onClick={makeDepthwise}
          >
            {t("controls.depthwise")}
          </button>
          {depthwise ? <span className="depthwise-status">{t("controls.isDepthwise", { c: p.inC })}</span> : null}
        </div>
        <p className="weight-shape">
          {t("controls.weightShape", { shape: `[${shape.join(", ")}]` })}{" "}
          <span className="weight-layout">
            {p.mode === "conv" ? t("controls.weightLayoutConv") : t("controls.weightLayoutTransposed")}
          </span>
        </p>
      </div>
    </details>
  );
}
