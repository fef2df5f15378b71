import { useMemo, useState } from "react";
import { useAppStoreShallow } from "../store";
import type { Granularity } from "../model/steps";
import type { Focus } from "../model/focus";
import { useComputed, type Computed } from "./useComputed";

/** What the explorer's views draw: a computed result, and the step and focus it is drawn at. */
export interface Drawn extends Computed {
  step: number;
  granularity: Granularity;
  focus: Focus | null;
}

/**
 * The result the views draw (deferred, see useComputed) with the step, granularity and focus to
 * draw it at. While a new result is being computed or drawn in the background, the views hold the
 * last picture as it was: a step or focus set meanwhile (a link sets the step with the parameters)
 * belongs to the coming result, and drawing it on the old one would be wrong and would cost a
 * long synchronous render. Once the result is on screen, steps and focus apply at once.
 */
export function useDrawn(): Drawn {
  const computed = useComputed();
  const { latest, loading, step, granularity, focus } = useAppStoreShallow((s) => ({
    latest: s.exploration,
    loading: s.loading,
    step: s.step,
    granularity: s.granularity,
    focus: s.focus,
  }));
  const live = useMemo(() => ({ ...computed, step, granularity, focus }), [computed, step, granularity, focus]);
  const settled = !loading && computed.exploration === latest;
  const [held, setHeld] = useState(live);
  if (settled && held !== live) setHeld(live);
  return settled ? live : held;
}
