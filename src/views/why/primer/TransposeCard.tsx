import { useState, type ReactNode } from "react";
import { useT } from "../../useT";
import { MatrixMove, type MovingEntry } from "./MatrixMove";

export interface TransposeCardProps {
  id: string;
  title: string;
  rows: number;
  cols: number;
  entries: MovingEntry[];
  cell: number;
  fontSize: number;
  /** The caption before and after the move. */
  caption: (transposed: boolean) => string;
  ariaLabel: (transposed: boolean) => string;
  children?: ReactNode;
}

/** A card with one matrix, a button that moves it into its transpose and back, and what that means. */
export function TransposeCard(props: TransposeCardProps) {
  const t = useT();
  const [transposed, setTransposed] = useState(false);
  return (
    <section className="lesson-card primer-card" aria-labelledby={`${props.id}-h`} data-transposed={transposed}>
      <div className="card-head">
        <h2 id={`${props.id}-h`}>{props.title}</h2>
        <button type="button" className="lesson-button primary small" aria-pressed={transposed} data-action={`transpose-${props.id}`} onClick={() => setTransposed((v) => !v)}>
          {transposed ? t("learn.primer.back") : t("learn.primer.transpose")}
        </button>
      </div>
      <div className="primer-body">
        <figure className="primer-figure">
          <MatrixMove
            id={props.id}
            rows={props.rows}
            cols={props.cols}
            entries={props.entries}
            transposed={transposed}
            cell={props.cell}
            fontSize={props.fontSize}
            ariaLabel={props.ariaLabel(transposed)}
          />
          <figcaption aria-live="polite" data-caption={props.id}>
            {props.caption(transposed)}
          </figcaption>
        </figure>
        <div className="primer-text">{props.children}</div>
      </div>
    </section>
  );
}
