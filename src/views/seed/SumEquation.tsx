import type { ReactNode } from "react";
import type { ConvFrame, Term } from "../frames/convFrame";
import { formatNumber } from "../format";
import { useT } from "../useT";

/** Above this many terms the middle of the sum is elided. */
const MAX_TERMS = 16;

function visibleTerms(terms: Term[]): Array<Term | null> {
  if (terms.length <= MAX_TERMS) return terms;
  return [...terms.slice(0, MAX_TERMS - 3), null, ...terms.slice(-2)];
}

/** y[r,c] = x·w + x·w + … = value, each term with the running sum after it. */
export function SumEquation({ frame, kH, kW }: { frame: ConvFrame; kH: number; kW: number }) {
  const t = useT();
  const k = kH * kW;
  let body: ReactNode;
  if (frame.step < 0) {
    body = <p className="panel-idle">{t("sum.idle", { k })}</p>;
  } else {
    const parts: ReactNode[] = [];
    if (frame.bias !== 0) {
      parts.push(
        <span className="term" key="bias">
          <span className="term-expr">{formatNumber(frame.bias)}</span>
          <span className="term-run">b</span>
        </span>,
      );
    }
    visibleTerms(frame.terms).forEach((term, i) => {
      if (parts.length > 0) parts.push(<span className="plus" key={`p${i}`}>+</span>);
      parts.push(
        term ? (
          <span className={term.padding ? "term term-padding" : "term"} key={i} title={term.padding ? t("sum.paddingTerm") : undefined}>
            <span className="term-expr">
              {formatNumber(term.input)}·{formatNumber(term.weight)}
            </span>
            <span className="term-run" title={t("sum.runningTitle")}>
              {formatNumber(term.running)}
            </span>
          </span>
        ) : (
          <span className="term term-ellipsis" key={i}>
            …
          </span>
        ),
      );
    });
    body = (
      <>
        <p className="equation" data-testid="sum-equation">
          <span className="lhs">
            <var className="sym">y</var>[{frame.outR},{frame.outC}]
          </span>
          <span className="eq">=</span>
          {parts}
          <span className="eq">=</span>
          <span className="result">{formatNumber(frame.value)}</span>
        </p>
        <p className="mapping">{t("sum.mapping", { k, kh: kH, kw: kW })}</p>
      </>
    );
  }
  return (
    <section className="panel" aria-labelledby="sum-title">
      <header className="panel-header">
        <h2 id="sum-title">{t("sum.title")}</h2>
        <StepTitle frame={frame} />
      </header>
      {body}
    </section>
  );
}

function StepTitle({ frame }: { frame: ConvFrame }) {
  const t = useT();
  const text =
    frame.step < 0
      ? t("step.ready")
      : t("step.convAt", { n: frame.step + 1, total: frame.steps, symbol: "y", r: frame.outR, c: frame.outC });
  return (
    <p className="step-title" aria-live="polite">
      {text}
    </p>
  );
}
