import { selectSteps, useAppStore, useAppStoreApi, useAppStoreShallow } from "../../store";
import { Icon, type IconName } from "../Icon";
import { useT } from "../useT";
import { GranularityPicker } from "./GranularityPicker";
import { SpeedControl } from "./SpeedControl";
import "./timeline.css";

function PlayerButton(props: { icon: IconName; label: string; title: string; onClick: () => void; disabled?: boolean; primary?: boolean }) {
  return (
    <button
      type="button"
      className={props.primary ? "player-button primary" : "player-button"}
      aria-label={props.label}
      title={props.title}
      onClick={props.onClick}
      disabled={props.disabled}
    >
      <Icon name={props.icon} />
      {props.primary ? <span className="player-button-text">{props.label}</span> : null}
    </button>
  );
}

/**
 * The timeline: play/pause, single steps, reset, end, a scrubber over −1..steps−1, then what a
 * step is (granularity), the speed and loop. Reads only the playback fields and the step count.
 * `picker={false}` leaves the granularity to a place of its own: the explorer shows it above the
 * views, so the player docked under them stays one row high on a laptop.
 */
export function PlaybackBar({ picker = true }: { picker?: boolean }) {
  const t = useT();
  const api = useAppStoreApi();
  const { step, playing, loop } = useAppStoreShallow((s) => ({ step: s.step, playing: s.playing, loop: s.loop }));
  const steps = useAppStore(selectSteps);
  const lang = useAppStore((s) => s.lang);
  const a = api.getState();
  const none = steps === 0;
  const total = steps.toLocaleString(lang);
  const position = none
    ? t("timeline.empty")
    : step < 0
      ? t("timeline.start", { total })
      : t("timeline.position", { n: (step + 1).toLocaleString(lang), total });
  return (
    <div className="playback timeline" role="group" aria-label={t("playback.label")} title={t("timeline.keys")}>
      <div className="timeline-main">
        <div className="player-buttons">
          <PlayerButton icon="reset" label={t("playback.reset")} title={t("playback.resetTitle")} onClick={a.resetPlayback} disabled={none || step < 0} />
          <PlayerButton icon="back" label={t("playback.stepBack")} title={t("playback.stepBackTitle")} onClick={a.stepBack} disabled={none || step < 0} />
          <PlayerButton
            primary
            icon={playing ? "pause" : "play"}
            label={playing ? t("playback.pause") : t("playback.play")}
            title={playing ? t("playback.pauseTitle") : t("playback.playTitle")}
            onClick={a.togglePlay}
            disabled={none}
          />
          <PlayerButton icon="forward" label={t("playback.stepForward")} title={t("playback.stepForwardTitle")} onClick={a.stepForward} disabled={none || step >= steps - 1} />
          <PlayerButton icon="end" label={t("playback.end")} title={t("playback.endTitle")} onClick={a.toEnd} disabled={none || step >= steps - 1} />
        </div>
        <label className="scrubber">
          <span className="visually-hidden">{t("playback.scrubber")}</span>
          <input
            type="range"
            min={-1}
            max={Math.max(steps - 1, -1)}
            step={1}
            value={step}
            disabled={none}
            onChange={(e) => a.setStep(Number(e.currentTarget.value))}
            aria-valuetext={position}
          />
        </label>
        <output className="position" aria-live="off">
          {position}
        </output>
        <span className="done-tag" role="status" data-visible={steps > 0 && step === steps - 1}>
          {t("step.finished", { total })}
        </span>
      </div>
      <div className="timeline-options">
        {picker ? <GranularityPicker /> : null}
        <SpeedControl />
        <label className="loop-toggle" title={t("timeline.loopTitle")}>
          <input type="checkbox" checked={loop} onChange={(e) => a.setLoop(e.currentTarget.checked)} />
          <span>{t("timeline.loop")}</span>
        </label>
      </div>
    </div>
  );
}
