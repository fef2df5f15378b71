import { renderProblem } from "../../i18n/problems";
import type { MouseEvent, ReactNode } from "react";
import { problemOf, type ExplorerParams } from "../../params/explorerParams";
import { useAppStore, useAppStoreApi } from "../../store";
import { useLaterMessages } from "../useLaterMessages";
import type { Lang } from "../../i18n";
import { encode } from "../../url/codec";
import { defaultUrlState, VIEW_NAMES, type ViewName } from "../../url/state";

/** True for a plain left click: a modified one (new tab, new window) is left to the browser. */
export function isPlainClick(e: MouseEvent): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}

/** Where a hand-off lands: the explorer with these parameters and, optionally, only these views. */
export interface ExplorerTarget {
  params: ExplorerParams;
  views?: ViewName[];
}

/** The explorer's link for a target, in a language: `?` + the codec's query. */
export function explorerHref(target: ExplorerTarget, lang: Lang | null): string {
  const base = defaultUrlState();
  return `?${encode({ ...base, params: target.params, views: target.views ?? base.views, lang })}`;
}

/**
 * A hand-off into the explorer from any page. It is a real link (new tab, copy, share); a plain
 * click loads the parameters and views into the store and switches page in place, and the URL
 * sync records it. A target the explorer refuses (over its limits) is not a link: `blocked` (or
 * the children) is shown with the explorer's own reason as its title.
 */
export function ExplorerLink(props: {
  target: ExplorerTarget;
  children: ReactNode;
  className?: string;
  title?: string;
  testId?: string;
  blocked?: ReactNode;
  blockedLabel?: (reason: string) => string;
}) {
  const api = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  useLaterMessages(lang); // a blocked link's reason is a refusal: its title reads "…" until the words arrive
  const { target, className = "" } = props;
  const problem = problemOf(target.params);
  if (problem) {
    return (
      <span className={`${className} is-blocked`} aria-disabled="true" data-testid={props.testId} title={props.blockedLabel?.(renderProblem(problem, lang)) ?? renderProblem(problem, lang)}>
        {props.blocked ?? props.children}
      </span>
    );
  }
  const open = (e: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(e)) return;
    e.preventDefault();
    const s = api.getState();
    if (s.loadParams(target.params) !== null) return;
    s.resetPlayback();
    s.setViews(target.views ?? [...VIEW_NAMES]);
    s.setPage("explorer");
    document.documentElement.scrollTop = 0;
  };
  return (
    <a className={className} href={explorerHref(target, lang)} data-testid={props.testId} onClick={open} title={props.title}>
      {props.children}
    </a>
  );
}
