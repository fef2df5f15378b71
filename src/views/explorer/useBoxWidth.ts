import { useLayoutEffect, useRef, useState } from "react";

/** Width assumed where nothing can be measured (jsdom): a view a third of a 1440 px screen wide. */
export const FALLBACK_WIDTH = 440;

/**
 * The content width of an element, kept current by a ResizeObserver (one per view, not per
 * grid), rounded to whole pixels so sub-pixel jitter does not re-render.
 */
export function useBoxWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    // The first callback arrives after layout and before paint, so the measured size is drawn first.
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width ?? 0;
      if (w > 0) setWidth(Math.round(w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
