import { useId, type ReactNode } from "react";
import type { ViewName } from "../../url/state";

/** One of the explorer's side-by-side views: a titled card with its grids, the step written out when it belongs here, and its tools. */
export function ViewCard(props: { view: ViewName; title: string; lead: ReactNode; children: ReactNode; detail?: ReactNode; tools?: ReactNode }) {
  const id = useId();
  return (
    <section className="view-card" data-view={props.view} aria-labelledby={id}>
      <header className="view-head">
        <h2 id={id}>{props.title}</h2>
        <p className="view-lead">{props.lead}</p>
      </header>
      {props.children}
      {props.detail}
      {props.tools ? <div className="view-tools">{props.tools}</div> : null}
    </section>
  );
}
