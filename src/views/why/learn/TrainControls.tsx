import { memo } from "react";
import type { KernelInit } from "../../../core";
import { DiceIcon, randomSeed, useSeedDraft } from "../../edit/SeedField";
import { useT } from "../../useT";
import { ChoiceField } from "./ChoiceField";
import {
  INITS,
  KERNEL_RANGE,
  LEARNING_RATES,
  OPTIMIZERS,
  SPEEDS,
  STEP_COUNTS,
  STRIDE_RANGE,
  TRAIN_IMAGES,
  type OptimizerKind,
  type Speed,
  type TrainImageName,
  type TrainSettings,
} from "./trainSettings";
import type { TrainPhase } from "./useTraining";

export interface TrainControlsProps {
  settings: TrainSettings;
  onChange: (patch: Partial<TrainSettings>) => void;
  speed: Speed;
  onSpeed: (speed: Speed) => void;
  phase: TrainPhase;
  onStart: () => void;
  onPause: () => void;
  onReset: () => void;
}

const range = (r: { min: number; max: number }) => Array.from({ length: r.max - r.min + 1 }, (_, i) => r.min + i);

/** The run's seed: typed freely (a bad draft is flagged, never applied) or drawn anew. */
function SeedInput({ seed, onSeed }: { seed: number; onSeed: (seed: number) => void }) {
  const t = useT();
  const { invalid, messageId, inputProps } = useSeedDraft(seed, onSeed);
  return (
    <span className="lesson-field seed-field">
      <label>
        <span>{t("learn.seed")}</span>
        <input name="seed" title={t("learn.seedTitle")} {...inputProps} />
      </label>
      <button
        type="button"
        className="lesson-button icon-only"
        onClick={() => onSeed(randomSeed())}
        aria-label={t("learn.newSeed")}
        title={t("learn.newSeedTitle")}
      >
        <DiceIcon />
      </button>
      {invalid ? (
        <span id={messageId} className="lesson-field-error" role="alert">
          {t("learn.seedInvalid", { seed })}
        </span>
      ) : null}
    </span>
  );
}

/**
 * Everything that decides a run (which a link carries), the pace, and start / pause / reset.
 * Memoized: its props change with the phase, not with every progress report.
 */
export const TrainControls = memo(function TrainControls(props: TrainControlsProps) {
  const t = useT();
  const { settings: s, onChange } = props;
  const running = props.phase === "running";
  const ready = props.phase !== "preparing" && props.phase !== "error";
  const startLabel: Record<string, string> = { ready: t("learn.start"), paused: t("learn.resume"), done: t("learn.again") };
  return (
    <div className="train-controls">
      <div className="train-buttons">
        <button
          type="button"
          className="lesson-button primary"
          data-action={running ? "pause" : "start"}
          disabled={!ready}
          onClick={running ? props.onPause : props.onStart}
        >
          {running ? t("learn.pause") : (startLabel[props.phase] ?? t("learn.start"))}
        </button>
        <button type="button" className="lesson-button" data-action="reset" disabled={!ready && props.phase !== "error"} onClick={props.onReset}>
          {t("learn.reset")}
        </button>
        <ChoiceField<Speed>
          name="speed"
          label={t("learn.speed")}
          value={props.speed}
          options={SPEEDS}
          text={(v) => t(`learn.speed.${v}`)}
          onChange={props.onSpeed}
        />
      </div>
      <div className="train-fields" role="group" aria-label={t("learn.group.settings")}>
        <ChoiceField<TrainImageName>
          name="image"
          label={t("learn.image")}
          value={s.image}
          options={TRAIN_IMAGES}
          groups={[
            { label: t("learn.image.photos"), options: TRAIN_IMAGES.filter((n) => n !== "noise" && n !== "zone") },
            { label: t("learn.image.synthetic"), options: ["noise", "zone"] },
          ]}
          text={(v) => t(`learn.image.${v}`)}
          onChange={(image) => onChange({ image })}
        />
        <ChoiceField<number>
          name="kernel"
          label={t("learn.kernelSize")}
          value={s.kernelSize}
          options={range(KERNEL_RANGE)}
          onChange={(kernelSize) => onChange({ kernelSize })}
        />
        <ChoiceField<number>
          name="stride"
          label={t("learn.stride")}
          value={s.stride}
          options={range(STRIDE_RANGE)}
          onChange={(stride) => onChange({ stride })}
        />
        <ChoiceField<OptimizerKind>
          name="optimizer"
          label={t("learn.optimizer")}
          value={s.optimizer}
          options={OPTIMIZERS}
          text={(v) => t(`learn.optimizer.${v}`)}
          onChange={(optimizer) => onChange({ optimizer })}
        />
        <ChoiceField<number>
          name="lr"
          label={t("learn.learningRate")}
          value={s.learningRate}
          options={LEARNING_RATES}
          onChange={(learningRate) => onChange({ learningRate })}
        />
        <ChoiceField<number>
          name="steps"
          label={t("learn.steps")}
          value={s.steps}
          options={STEP_COUNTS}
          onChange={(steps) => onChange({ steps })}
        />
        <ChoiceField<KernelInit>
          name="init"
          label={t("learn.init")}
          value={s.init}
          options={INITS}
          text={(v) => t(`learn.init.${v}`)}
          onChange={(init) => onChange({ init })}
        />
        <SeedInput seed={s.seed} onSeed={(seed) => onChange({ seed })} />
      </div>
    </div>
  );
});
