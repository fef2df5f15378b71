import { useEffect, useMemo, useState } from "react";
import { needMessages } from "../../i18n";
import { useAppStoreShallow } from "../../store";
import { momentOf } from "../../model/moment";
import { useT } from "../useT";
import type { stepCaption as StepCaption } from "./stepCaption";

/** Steps per second above which narration pauses: a screen reader cannot keep up with more. */
const NARRATE_MAX_SPEED = 2;

/**
 * The sentence writer and its words (the later messages), fetched with the first step or with
 * presenter mode: before either there is nothing to say (tests fetch them up front).
 */
let stepCaption: typeof StepCaption | null = null;
export function loadStepCaption(): Promise<void> {
  return Promise.all([import("./stepCaption"), needMessages("later")]).then(([m]) => {
    stepCaption = m.stepCaption;
  });
}

/**
 * The current step said in one sentence: in presenter mode a large caption that can be read
 * aloud; always an aria-live region, so a screen reader hears each step (while playback is slow
 * enough to follow, or paused).
 */
export function StepNarration() {
  const t = useT();
  const { e, explored, exploredFrom, params, granularity, step, playing, speed, present } = useAppStoreShallow((s) => ({
    e: s.exploration,
    explored: s.explored,
    exploredFrom: s.exploredFrom,
    params: s.params,
    granularity: s.granularity,
    step: s.step,
    playing: s.playing,
    speed: s.speed,
    present: s.present,
  }));
  const silent = playing && speed > NARRATE_MAX_SPEED;
  const wanted = present || step >= 0;
  const [, setLoaded] = useState(stepCaption !== null);
  useEffect(() => {
    if (wanted && !stepCaption) loadStepCaption().then(() => setLoaded(true), () => undefined);
  }, [wanted]);
  const caption_ = stepCaption;
  // Nothing shows the caption while narration pauses outside presenter mode: no sentence per step then.
  const caption = useMemo(
    () =>
      caption_ && wanted && e && explored && exploredFrom === params && (present || !silent) ? caption_(t, e, explored, momentOf(e, granularity, step)) : "",
    [caption_, wanted, t, e, explored, exploredFrom, params, granularity, step, present, silent],
  );
  const spoken = silent ? "" : caption;
  return (
    <>
      {present && caption ? (
        <p className="present-caption" aria-hidden="true">
          {caption}
        </p>
      ) : null}
      <div className="visually-hidden" role="status" aria-live="polite" aria-label={t("present.narration")} data-testid="step-narration">
        {spoken}
      </div>
    </>
  );
}
