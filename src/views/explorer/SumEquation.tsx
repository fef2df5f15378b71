import type { ReactNode } from "react";
import type { Term, WindowSum } from "../frames/terms";
import { formatNumber } from "../../format/number";
import { useT } from "../useT";

/** Above this many terms the middle of the sum is elided. */
const MAX_TERMS = 16;

function visibleTerms(terms: Term[]): Array<Term | null> {
  if (terms.length <= MAX_TERMS) return terms;
  return [...terms.slice(0, MAX_TERMS - 3), null, ...terms.slice(-2)];
}

const TERM_CLASS: Record<Term["kind"], string> = {
  value: "term",
  padding: "term term-padding",
  inserted: "term term-wasted term-inserted",
  border: "term term-wasted term-border",
};

/**
 * A gather step written out: out[r,c] = x·w + x·w + … = value, each term with the running sum
 * after it. Products with padding, an inserted zero or the border are drawn as such (their
 * multiplication happens, and adds nothing).
 */
export function SumEquation(props: { sum: WindowSum; lhs: ReactNode; mapping: string }) {
  const { sum, lhs, mapping } = props;
  const t = useT();
  const titleOf: Record<Term["kind"], string | undefined> = {
    value: undefined,
    padding: t("sum.paddingTerm"),
    inserted: t("sum.insertedTerm"),
    border: t("sum.borderTerm"),
  };
  const parts: ReactNode[] = [];
  if (sum.bias !== 0) {
    parts.push(
      <span className="term" key="bias">
        <span className="term-expr">{formatNumber(sum.bias)}</span>
        <span className="term-run">b</span>
      </span>,
    );
  }
  visibleTerms(sum.terms).forEach((term, i) => {
    if (parts.length > 0) parts.push(<span className="plus" key={`p${i}`}>+</span>);
    parts.push(
      term ? (
        <span className={TERM_CLASS[term.kind]} key={i} title={titleOf[term.kind]} data-kind={term.kind}>
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
  const partial = sum.terms.length < sum.total;
  return (
    <>
      <p className="equation" data-testid="sum-equation">
        <span className="lhs">{lhs}</span>
        <span className="eq">=</span>
        {parts}
        {partial ? (
          <span className="plus" key="rest">
            + …
          </span>
        ) : null}
        <span className="eq">{partial ? "→" : "="}</span>
        <span className="result">{formatNumber(sum.value)}</span>
      </p>
      <p className="mapping">{mapping}</p>
    </>
  );
}
