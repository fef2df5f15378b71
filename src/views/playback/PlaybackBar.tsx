import { SPEEDS, selectSteps, useAppStore, useAppStoreApi, useAppStoreShallow } from "../../store";
import { Icon, type IconName } from "../Icon";
import { useT } from "../useT";

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

/** Play/pause, single steps, reset, end, a scrubber and the speed. Reads only the step fields. */
export function PlaybackBar() {
  const t = useT();
  const api = useAppStoreApi();
  const { step, playing, speed } = useAppStoreShallow((s) => ({ step: s.step, playing: s.playing, speed: s.speed }));
  const steps = useAppStore(selectSteps);
  const a = api.getState();
  const none = steps === 0;
  return (
    <div className="playback" role="group" aria-label={t("playback.label")}>
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
          aria-valuetext={t("playback.position", { n: step + 1, total: steps })}
        />
      </label>
      <output className="position" aria-live="off">
        {t("playback.position", { n: step + 1, total: steps })}
      </output>
      <span className="done-tag" role="status" data-visible={steps > 0 && step === steps - 1}>
        {t("step.finished", { total: steps })}
      </span>
      <label className="speed">
        <span>{t("playback.speed")}</span>
        <select value={speed} onChange={(e) => a.setSpeed(Number(e.currentTarget.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {t("playback.speedOption", { speed: s })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
