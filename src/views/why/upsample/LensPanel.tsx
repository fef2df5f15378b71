import type { KeyboardEvent, PointerEvent, ReactNode } from "react";
import type { Picture } from "../../../worker/image/protocol";
import type { Lens } from "./lens";
import { PictureCanvas } from "./PictureCanvas";

export interface LensPanelProps {
  title: string;
  /** A second line: a metric, the kernel in use. */
  note?: ReactNode;
  picture: Picture;
  /** The canvas's accessible name. */
  label: string;
  /** Reference pixels per picture pixel: 1 for outputs, s for the low-resolution input. */
  factor: number;
  lens: Lens | null;
  /** Moves the lens centre to (x, y) in reference pixels. */
  onPoint: (x: number, y: number) => void;
  /** Moves the lens by (dx, dy) reference pixels (arrow keys). */
  onStep: (dx: number, dy: number) => void;
  pixelated?: boolean;
  /** id of the text that explains the lens keys. */
  helpId: string;
  dim?: boolean;
  testId?: string;
}

/**
 * One panel of a comparison: its picture, scaled by CSS to the panel's width, with the shared lens
 * drawn over it. Pointing anywhere on any panel moves the lens in all of them; when the panel has
 * focus the arrow keys move it (Shift: four times as far).
 */
export function LensPanel(props: LensPanelProps) {
  const { title, note, picture, label, factor, lens, onPoint, onStep, pixelated, helpId, dim, testId } = props;
  const W = picture.width * factor;
  const H = picture.height * factor;
  const point = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) return;
    onPoint(((e.clientX - box.left) / box.width) * W, ((e.clientY - box.top) / box.height) * H);
  };
  const key = (e: KeyboardEvent<HTMLElement>) => {
    const d = e.shiftKey ? 16 : 4;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-d, 0],
      ArrowRight: [d, 0],
      ArrowUp: [0, -d],
      ArrowDown: [0, d],
    };
    const m = moves[e.key];
    if (!m) return;
    e.preventDefault();
    onStep(m[0], m[1]);
  };
  return (
    <figure className="lens-panel" data-dim={dim ? "true" : undefined} data-testid={testId}>
      <div
        className="lens-stage"
        tabIndex={0}
        aria-describedby={helpId}
        aria-label={title}
        role="group"
        onPointerMove={point}
        onPointerDown={point}
        onKeyDown={key}
      >
        <PictureCanvas picture={picture} label={label} pixelated={pixelated} />
        {lens && (
          <span
            className="lens-box"
            aria-hidden="true"
            style={{
              left: `${(lens.x / W) * 100}%`,
              top: `${(lens.y / H) * 100}%`,
              width: `${(lens.size / W) * 100}%`,
              height: `${(lens.size / H) * 100}%`,
            }}
          />
        )}
      </div>
      <figcaption>
        <span className="lens-title">{title}</span>
        {note && <span className="lens-note">{note}</span>}
      </figcaption>
    </figure>
  );
}
