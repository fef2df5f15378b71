import { useEffect, useId, useState, type ChangeEvent } from "react";
import { numberOr } from "../../core/number";
import { useT } from "../useT";

const MAX_SEED = 4294967295;

/** A seed is what mulberry32 takes: a whole number 0..2³²−1 (read by core/number.ts). */
export function parseSeed(text: string): number | null {
  const n = numberOr(text);
  return Number.isInteger(n) && n >= 0 && n <= MAX_SEED ? n + 0 : null; // + 0 turns −0 into 0
}

/** A new seed a person can read and retype: 1..99999. */
export function randomSeed(): number {
  return 1 + Math.floor(Math.random() * 99999);
}

/**
 * A seed field's state: the text as typed (a bad draft is flagged, never applied), reset when the
 * seed changes elsewhere or the field is left. Shared by the fills' and the training run's seeds.
 */
export function useSeedDraft(seed: number, onSeed: (seed: number) => void) {
  const [draft, setDraft] = useState(String(seed));
  const [invalid, setInvalid] = useState(false);
  const messageId = useId();
  useEffect(() => {
    setDraft(String(seed));
    setInvalid(false);
  }, [seed]);
  const inputProps = {
    type: "text",
    inputMode: "numeric" as const,
    autoComplete: "off",
    spellCheck: false,
    value: draft,
    "aria-invalid": invalid || undefined,
    "aria-describedby": invalid ? messageId : undefined,
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      const text = e.currentTarget.value;
      setDraft(text);
      const next = parseSeed(text);
      setInvalid(next === null);
      if (next !== null && next !== seed) onSeed(next);
    },
    onBlur: () => {
      setDraft(String(seed));
      setInvalid(false);
    },
  };
  return { invalid, messageId, inputProps };
}

/** A die: the "draw a new seed" icon. */
export function DiceIcon({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d="M5 4h14a1 1 0 0 1 1 1v14a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1zm3 2.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm8 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm-4 4a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm-4 4a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm8 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z"
        fill="currentColor"
      />
    </svg>
  );
}

/** The random fills' seed, shown and editable, and a button that picks another one. */
export function SeedField(props: { seed: number; onSeed: (seed: number) => void }) {
  const { seed, onSeed } = props;
  const t = useT();
  const { invalid, messageId, inputProps } = useSeedDraft(seed, onSeed);
  return (
    <div className="edit-seed">
      <label className="edit-seed-field" title={t("edit.seedTitle")}>
        <span>{t("edit.seed")}</span>
        <input {...inputProps} />
      </label>
      <button type="button" className="edit-button subtle icon-only" aria-label={t("edit.newSeed")} title={t("edit.newSeedTitle")} onClick={() => onSeed(randomSeed())}>
        <DiceIcon className="icon" />
      </button>
      {invalid ? (
        <p id={messageId} className="edit-message is-error" role="alert">
          {t("edit.seedInvalid", { seed })}
        </p>
      ) : null}
    </div>
  );
}
