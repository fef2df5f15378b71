import type { ReactNode, RefObject } from "react";
import type { ViewLayout } from "./fit";
import { Operator } from "./Operator";

/** An operator between two grids: its symbol and the words a screen reader hears for it. */
export interface OperatorSign {
  symbol: string;
  title: string;
}

/**
 * "input ∗ kernel = output", the row every direct view draws (the scatter-add or sliding window,
 * and the zero-insertion convolution), laid out by fitCells: on one line, as "input ∗ kernel" over
 * "= output", or one grid a line. `beside` adds a fourth part after the output (the reverse's
 * "≠ original x"), on the output's line. The kernel slot may hold a note instead of a grid.
 */
export function OperationRow(props: {
  bodyRef: RefObject<HTMLDivElement | null>;
  layout: ViewLayout;
  input: ReactNode;
  operator: OperatorSign;
  kernel: ReactNode;
  equals: OperatorSign;
  output: ReactNode;
  beside?: { sign: OperatorSign; node: ReactNode } | null;
}) {
  const { bodyRef, layout, input, operator, kernel, equals, output, beside } = props;
  return (
    <div className="view-body" ref={bodyRef} data-layout={layout} data-beside={beside ? true : undefined}>
      <div className="view-line line-input">{input}</div>
      <div className="view-line line-kernel">
        <Operator symbol={operator.symbol} title={operator.title} />
        {kernel}
      </div>
      <div className="view-line line-output">
        <Operator symbol={equals.symbol} title={equals.title} />
        {output}
        {beside ? (
          <>
            <Operator symbol={beside.sign.symbol} title={beside.sign.title} />
            {beside.node}
          </>
        ) : null}
      </div>
    </div>
  );
}
