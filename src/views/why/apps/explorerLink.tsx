import type { MouseEvent, ReactNode } from "react";
import { problemOf, seedParams, type ExplorerParams } from "../../../params/explorerParams";
import { useAppStoreApi } from "../../../store";
import { encode } from "../../../url/codec";
import { defaultUrlState, VIEW_NAMES, type ViewName } from "../../../url/state";

/** Where a hand-off lands: the explorer with these parameters and, optionally, only these views. */
export interface ExplorerTarget {
  params: ExplorerParams;
  views?: ViewName[];
}

/** The explorer's link for a target: `?` + the codec's query, so it opens the same state in a new tab. */
export function explorerHref(target: ExplorerTarget): string {
  const base = defaultUrlState();
  return `?${encode({ ...base, params: target.params, views: target.views ?? base.views })}`;
}

/**
 * A transposed convolution for the explorer, one channel in and out, on a small input numbered
 * 1, 2, 3, … row by row (so every scattered copy can be told apart) and an all-ones k×k kernel:
 * the shape of a network's layer, at a size one can step through.
 */
export function transposedLayer(g: { inSize: number; kernel: number; stride: number; padding: number; outputPadding: number }, maxSide = 4): ExplorerParams {
  const side = Math.max(1, Math.min(g.inSize, maxSide));
  return {
    ...seedParams(),
    mode: "transposed",
    inC: 1,
    outC: 1,
    inH: side,
    inW: side,
    kH: g.kernel,
    kW: g.kernel,
    groups: 1,
    stride: [g.stride, g.stride],
    padding: [g.padding, g.padding],
    dilation: [1, 1],
    outputPadding: [g.outputPadding, g.outputPadding],
    input: Float64Array.from({ length: side * side }, (_, i) => i + 1),
    weight: new Float64Array(g.kernel * g.kernel).fill(1),
    bias: null,
    flip: false,
  };
}

/**
 * A link into the explorer. A plain click loads the parameters into the store and switches page
 * in place (the URL sync records it); a modified click opens the link as the browser would. A
 * target the explorer cannot show (over its limits) is not a link: its reason is shown instead.
 */
export function ExplorerLink(props: { target: ExplorerTarget; children: ReactNode; className?: string; title?: string; blockedLabel?: (reason: string) => string }) {
  const api = useAppStoreApi();
  const problem = problemOf(props.target.params);
  if (problem) {
    return (
      <span className={`lesson-explorer-link is-blocked ${props.className ?? ""}`} title={props.blockedLabel?.(problem) ?? problem}>
        {props.children}
      </span>
    );
  }
  const open = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    const s = api.getState();
    if (s.loadParams(props.target.params) !== null) return;
    s.resetPlayback();
    s.setViews(props.target.views ?? [...VIEW_NAMES]);
    s.setPage("explorer");
    document.documentElement.scrollTop = 0;
  };
  return (
    <a className={`lesson-explorer-link ${props.className ?? ""}`} href={explorerHref(props.target)} onClick={open} title={props.title}>
      {props.children}
    </a>
  );
}
