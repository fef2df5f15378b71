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

/** Scrolls the page so the rows the step writes (and their views' rows, where they fit) clear the docked player. */
function keep(root: HTMLElement): void {
  const dock = root.querySelector(".timeline-dock");
  const views = root.querySelector(".views");
  if (!views) return;
  const band = { top: 0, bottom: Math.min(window.innerHeight, dock ? dock.getBoundingClientRect().top : window.innerHeight) };
  if (band.bottom - band.top < MIN_BAND_PX) return;
  const box = spanOf(views);
  // The student scrolled away from the views (to the code, say): stepping does not pull them back.
  if (box.bottom <= band.top || box.top >= band.bottom) return;
  const written = [...root.querySelectorAll(WRITTEN)];
  const need = unionOf(written.map(spanOf));
  if (!need) return;
  // each view's whole row, and the reverse's "x′ is not x" under it, where they fit
  const bodies = new Set(written.flatMap((el) => [el.closest(".view-body") ?? el, ...(el.closest(".view-card")?.querySelectorAll(".inverse-note") ?? [])]));
  const want = unionOf([...bodies].map(spanOf)) ?? need;
  const dy = scrollToShow(want, need, band);
  if (dy !== 0) window.scrollBy({ top: dy, behavior: "instant" });
}

/**
 * Keeps what each step writes in sight on a short screen (1366×768, 1280×720), where the output
 * rows sit under the docked player: after a step, once the views have drawn it, the page scrolls by
 * the least amount that uncovers them. Not while the player runs faster than READABLE_SPEED (a
 * page that scrolls 64 times a second cannot be watched), nor when the views are off screen.
 */
export function useKeepInSight(root: RefObject<HTMLElement | null>): void {
  const api = useAppStoreApi();
  useEffect(() => {
    if (typeof requestAnimationFrame === "undefined") return;
    let frame = 0;
    const unsubscribe = api.subscribe((s, prev) => {
      if (s.step === prev.step || s.step < 0) return;
      if (s.playing && s.speed > READABLE_SPEED) return;
      cancelAnimationFrame(frame);
      // two frames: the first lets React commit the step's marks, the second measures them laid out
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => {
          if (root.current) keep(root.current);
        });
      });
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [api, root]);
}
