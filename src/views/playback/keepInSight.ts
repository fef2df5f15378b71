/** A vertical extent in viewport px: a box's top and bottom, or the band of the screen left uncovered. */
export interface Span {
  top: number;
  bottom: number;
}

/** Room kept between what the step writes and whatever would cover it (px). */
export const SIGHT_MARGIN_PX = 12;

/**
 * How far to scroll the page (px, down positive) so that `want` lies inside `band`, the part of
 * the viewport no docked control covers; when `want` is taller than the band, `need` (the cells
 * the step writes, inside `want`) is shown instead. The least scroll that does it, and 0 when it
 * is already in sight: nothing moves while the student watches. Pure.
 */
export function scrollToShow(want: Span, need: Span, band: Span, margin = SIGHT_MARGIN_PX): number {
  const room = band.bottom - band.top - 2 * margin;
  const target = want.bottom - want.top <= room ? want : need;
  const top = band.top + margin;
  const bottom = band.bottom - margin;
  if (target.top >= top && target.bottom <= bottom) return 0;
  if (target.bottom - target.top > room || target.top < top) return target.top - top;
  return target.bottom - bottom;
}

/** The smallest span holding every span given, or null for none. */
export function unionOf(spans: Iterable<Span>): Span | null {
  let out: Span | null = null;
  for (const s of spans) out = out ? { top: Math.min(out.top, s.top), bottom: Math.max(out.bottom, s.bottom) } : { top: s.top, bottom: s.bottom };
  return out;
}
