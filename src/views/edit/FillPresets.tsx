import type { ReactNode } from "react";
import type { FillKind, Pair } from "../../core";
import type { Translate } from "../../i18n";
import { useT } from "../useT";
import { SeedField } from "./SeedField";
import type { ValueGrid } from "./planes";

const RANDOM: readonly FillKind[] = ["randomIntegers", "randomDecimals"];

const FIXED: Record<ValueGrid, readonly FillKind[]> = {
  input: ["ones", "identity"],
  kernel: ["ones", "delta", "bilinear", "edge"],
};

/** "2" for a square stride, "2×3" (height × width) otherwise. */
export function strideText([sh, sw]: Pair): string {
  return sh === sw ? String(sh) : `${sh}×${sw}`;
}

/** A fill kind's button label and tooltip in the current language. */
export function fillText(t: Translate, kind: FillKind, stride: Pair): { label: string; title: string } {
  switch (kind) {
    case "randomIntegers":
      return { label: t("edit.fillRandomIntegers"), title: t("edit.fillRandomIntegersTitle") };
    case "randomDecimals":
      return { label: t("edit.fillRandomDecimals"), title: t("edit.fillRandomDecimalsTitle") };
    case "ones":
      return { label: t("edit.fillOnes"), title: t("edit.fillOnesTitle") };
    case "identity":
      return { label: t("edit.fillIdentity"), title: t("edit.fillIdentityTitle") };
    case "delta":
      return { label: t("edit.fillDelta"), title: t("edit.fillDeltaTitle") };
    case "bilinear":
      return { label: t("edit.fillBilinear", { stride: strideText(stride) }), title: t("edit.fillBilinearTitle", { stride: strideText(stride) }) };
    case "edge":
      return { label: t("edit.fillEdge"), title: t("edit.fillEdgeTitle") };
  }
}

/**
 * The fill presets of one grid: random integers and decimals from the seed shown beside them,
 * then the fixed patterns (the input: ones, identity; the kernel: ones, delta, the bilinear
 * upsampling kernel for the current stride, an edge kernel). `children` end the second row.
 */
export function FillPresets(props: {
  grid: ValueGrid;
  stride: Pair;
  seed: number;
  onSeed: (seed: number) => void;
  onFill: (kind: FillKind) => void;
  children?: ReactNode;
}) {
  const { grid, stride, seed, onSeed, onFill, children } = props;
  const t = useT();
  const button = (kind: FillKind) => {
    const { label, title } = fillText(t, kind, stride);
    return (
      <button key={kind} type="button" className="edit-chip" data-fill={kind} title={title} onClick={() => onFill(kind)}>
        {label}
      </button>
    );
  };
  return (
    <div className="edit-fill">
      <div className="edit-chips edit-random" role="group" aria-label={t("edit.fillRandom")}>
        {RANDOM.map(button)}
        <SeedField seed={seed} onSeed={onSeed} />
      </div>
      <div className="edit-chips" role="group" aria-label={t("edit.fill")}>
        {FIXED[grid].map(button)}
        {children}
      </div>
    </div>
  );
}
