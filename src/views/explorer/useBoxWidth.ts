import type { RefObject } from "react";
import { useWidth } from "../useWidth";

/** Width assumed where nothing can be measured (jsdom): a view a third of a 1440 px screen wide. */
export const FALLBACK_WIDTH = 440;

/** The content width of a view (one ResizeObserver per view, not per grid), or FALLBACK_WIDTH until measured. */
export function useBoxWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const [ref, width] = useWidth<T>();
  return [ref, width ?? FALLBACK_WIDTH];
}
