import type { Report } from "../../core/problem";
import { useId, useState, type ReactNode } from "react";
import type { Pair } from "../../core";
import type { ExplorerParams } from "../../params/explorerParams";
import type { Range } from "../../params/limits";
import { useT } from "../useT";
import { CountInput } from "./CountInput";
import { FieldNote } from "./FieldNote";
import { LinkIcon } from "./LinkIcon";
import { RuleText } from "./RuleText";
import { usePinned } from "./usePinned";
import { useCountField } from "./useCountField";
import type { Proposal } from "./useProposal";

export interface PairRowProps {
  /** The visible row label (name and formula symbol). */
  label: ReactNode;
  /** The translated plain name, for the fields' accessible names and messages. */
  name: string;
  values: Pair;
  range: Range;
  /** The change that sets this pair. */
  patchOf: (pair: Pair) => Partial<ExplorerParams>;
  proposal: Proposal;
  /** Offer the "same for both axes" link (stride, padding, dilation, output padding). */
  linkable?: boolean;
  /** Why the row is disabled, shown under it; null when it is enabled. */
  disabledReason?: string | null;
}

/**
 * One parameter with a height and a width field. When linked, a change to either axis sets both,
 * and linking unequal values gives the width the height's value (through the store, so a link that
 * would break a rule is refused with the rule).
 */
export function PairRow({ label, name, values, range, patchOf, proposal, linkable = false, disabledReason = null }: PairRowProps) {
  const t = useT();
  const id = useId();
  const [h, w] = values;
  const [wantLinked, setWantLinked] = useState(true);
  const [linkProblem, setLinkProblem] = usePinned<Report>();
  // A pair made unequal elsewhere (a shared URL, a reversal) shows as separate until relinked.
  const linked = linkable && wantLinked && h === w;
  const disabled = disabledReason !== null;
  const pairOf = (axis: 0 | 1, n: number): Pair => (linked ? [n, n] : axis === 0 ? [n, w] : [h, n]);
  const field = (axis: 0 | 1) => ({
    id: `${id}-${axis === 0 ? "h" : "w"}`,
    name: t("controls.axisName", { name, axis: t(axis === 0 ? "controls.height" : "controls.width") }),
    value: values[axis],
    range,
    propose: (n: number) => proposal.propose(patchOf(pairOf(axis, n))),
    check: (n: number) => proposal.check(patchOf(pairOf(axis, n))),
    disabled,
  });
  const hField = useCountField(field(0));
  const wField = useCountField(field(1));
  const reasonId = `${id}-reason`;

  const toggleLink = () => {
    setLinkProblem(null);
    if (linked) {
      setWantLinked(false);
      return;
    }
    if (h !== w) {
      const problem = proposal.propose(patchOf([h, h]));
      if (problem) {
        setLinkProblem(problem);
        return;
      }
    }
    setWantLinked(true);
  };

  return (
    <div className="param-row" role="group" aria-labelledby={`${id}-label`} data-linked={linkable ? linked : undefined}>
      <span className="param-label" id={`${id}-label`}>
        {label}
      </span>
      <CountInput field={hField} describedBy={disabled ? reasonId : undefined} />
      {linkable ? (
        <button
          type="button"
          className="link-toggle"
          aria-pressed={linked}
          aria-label={t("controls.link", { name })}
          title={linked ? t("controls.linkedTitle") : t("controls.unlinkedTitle")}
          disabled={disabled}
          onClick={toggleLink}
        >
          <LinkIcon linked={linked} />
        </button>
      ) : (
        <span className="param-times" aria-hidden="true">
          ×
        </span>
      )}
      <CountInput field={wField} describedBy={disabled ? reasonId : undefined} />
      <div className="param-notes" aria-live="polite">
        {disabled ? (
          <p id={reasonId} className="field-note" data-kind="disabled">
            {disabledReason}
          </p>
        ) : null}
        <FieldNote field={hField} />
        <FieldNote field={wField} />
        {linkProblem ? (
          <p className="field-note" data-kind="rule">
            <RuleText problem={linkProblem} />
          </p>
        ) : null}
      </div>
    </div>
  );
}
