import type { Picture } from "../../../worker/image/protocol";
import type { Lens } from "./lens";
import { PictureCanvas } from "./PictureCanvas";

export interface ZoomItem {
  key: string;
  title: string;
  picture: Picture;
  /** Reference pixels per picture pixel (s for the low-resolution input). */
  factor: number;
  label: string;
}

/**
 * The lens region of every panel side by side, enlarged with nearest-neighbour scaling so each
 * pixel shows as a square: where the methods differ, one pixel at a time.
 */
export function ZoomStrip({ items, lens, caption, hint }: { items: ZoomItem[]; lens: Lens; caption: string; hint?: string }) {
  return (
    <figure className="zoom-strip">
      <figcaption className="zoom-caption">
        {caption}
        {hint && <span className="zoom-hint"> {hint}</span>}
      </figcaption>
      <div className="zoom-items" style={{ gridTemplateColumns: `repeat(${items.length}, minmax(0, 240px))` }}>
        {items.map((item) => {
          const f = item.factor;
          const region = {
            x: Math.floor(lens.x / f),
            y: Math.floor(lens.y / f),
            w: Math.max(1, Math.round(lens.size / f)),
            h: Math.max(1, Math.round(lens.size / f)),
          };
          return (
            <div key={item.key} className="zoom-item">
              <PictureCanvas picture={item.picture} region={region} pixelated label={item.label} />
              <span className="zoom-title">{item.title}</span>
            </div>
          );
        })}
      </div>
    </figure>
  );
}
