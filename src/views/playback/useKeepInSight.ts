import { useEffect, type RefObject } from "react";
import { useAppStoreApi } from "../../store";
import { READABLE_SPEED } from "../explorer/useReadable";
import { scrollToShow, unionOf, type Span } from "./keepInSight";

/** Cells a step writes: the output grids of the scatter-add (or window) and zero-insertion views. */
const WRITTEN = '.views [data-grid="output"][data-active="true"], .views [data-grid="zero-output"][data-active="true"]';
/** Below this uncovered height (px) there is nothing sensible to aim for (and jsdom measures 0). */
const MIN_BAND_PX = 120;

function spanOf(el: Element): Span {
  const r = el.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom };
}

/** Frames to wait for the step's marks to be drawn (a busy main thread commits them late). */
const TRIES = 8;
/** A second look after layout settles (a panel below the grids that grows, a font that loads), ms. */
const SETTLE_MS = 250;

/**
 * Scrolls the page so the rows the step writes (and their views' rows, where they fit) clear the
 * docked player. False while the step's written cells are not drawn yet (try again next frame).
 */
function keep(root: HTMLElement): boolean {
  const dock = root.querySelector(".timeline-dock");
  const views = root.querySelector(".views");
  if (!views) return true;
  const band = { top: 0, bottom: Math.min(window.innerHeight, dock ? dock.getBoundingClientRect().top : window.innerHeight) };
  if (band.bottom - band.top < MIN_BAND_PX) return true;
  const box = spanOf(views);
  // The student scrolled past the views (to the code, say): stepping does not pull them back. Views
  // still below the fold (a phone opening on the lesson's entry) are brought up.
  if (box.bottom <= band.top) return true;
  const written = [...root.querySelectorAll(WRITTEN)];
  const need = unionOf(written.map(spanOf));
  if (!need) return false;
  // each view's whole row, and the reverse's "x′ is not x" under it, where they fit
  const bodies = new Set(written.flatMap((el) => [el.closest(".view-body") ?? el, ...(el.closest(".view-card")?.querySelectorAll(".inverse-note") ?? [])]));
  const want = unionOf([...bodies].map(spanOf)) ?? need;
  const dy = scrollToShow(want, need, band);
  if (dy !== 0) window.scrollBy({ top: dy, behavior: "instant" });
  return true;
}

/**
 * Keeps what each step writes in sight on a short screen (1366×768, 1280×720), where the output
 * rows sit under the docked player: after a step, once the views have drawn it, the page scrolls by
 * the least amount that uncovers them. Not while the player runs faster than READABLE_SPEED (a
 * page that scrolls 64 times a second cannot be watched), nor when the student has scrolled past
 * the views.
 */
export function useKeepInSight(root: RefObject<HTMLElement | null>): void {
  const api = useAppStoreApi();
  useEffect(() => {
    if (typeof requestAnimationFrame === "undefined") return;
    let frame = 0;
    let settle: ReturnType<typeof setTimeout> | undefined;
    // from the second frame on: the first lets React commit the step's marks
    const attempt = (left: number) => {
      frame = requestAnimationFrame(() => {
        if (!root.current) return;
        if (left > 0 && !keep(root.current)) attempt(left - 1);
      });
    };
    const unsubscribe = api.subscribe((s, prev) => {
      if (s.step === prev.step || s.step < 0) return;
      if (s.playing && s.speed > READABLE_SPEED) return;
      cancelAnimationFrame(frame);
      clearTimeout(settle);
      frame = requestAnimationFrame(() => attempt(TRIES));
      settle = setTimeout(() => {
        if (root.current) keep(root.current);
      }, SETTLE_MS);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      clearTimeout(settle);
    };
  }, [api, root]);
}
