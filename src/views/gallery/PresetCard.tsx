import { memo, type MouseEvent } from "react";
import type { Preset } from "../../presets/presets";
import { sizesOfParams, sizesText } from "../../presets/sizes";
import { isPlainClick } from "../share/ExplorerLink";
import { useT } from "../useT";
import { Thumbnail } from "./Thumbnail";
import type { Thumb } from "./useThumbnails";

export interface PresetCardProps {
  preset: Preset;
  href: string;
  thumb: Thumb | undefined;
  onOpen: (preset: Preset) => void;
}

/**
 * One preset: a thumbnail, the title (a real link to the preset's URL, stretched over the whole
 * card so that the card is one target), one line of explanation and the sizes. A plain click opens
 * the preset in place; a modified click (new tab, copy) is left to the browser.
 */
export const PresetCard = memo(function PresetCard({ preset, href, thumb, onOpen }: PresetCardProps) {
  const t = useT();
  const p = preset.state.params;
  const sizes = sizesOfParams(p);
  const id = `preset-${preset.id}`;
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(e)) return;
    e.preventDefault();
    onOpen(preset);
  };
  return (
    <li className="preset-card" data-preset={preset.id} data-mode={p.mode}>
      <div className="preset-thumb" aria-busy={thumb ? undefined : true}>
        {thumb?.status === "failed" ? (
          <p className="preset-thumb-note">{t("gallery.thumbFailed")}</p>
        ) : (
          <Thumbnail inShape={sizes.input} input={p.input} outShape={sizes.output} output={thumb?.output ?? null} />
        )}
        {thumb ? null : <span className="preset-thumb-note preset-drawing">{t("gallery.drawing")}</span>}
      </div>
      <div className="preset-body">
        <span className="preset-tag">{p.mode === "conv" ? t("gallery.tag.conv") : t("gallery.tag.transposed")}</span>
        <h4 className="preset-title">
          <a href={href} onClick={onClick} aria-describedby={`${id}-explain ${id}-sizes`}>
            {t(preset.title)}
          </a>
        </h4>
        <p className="preset-explain" id={`${id}-explain`}>
          {t(preset.explain)}
        </p>
        <p className="preset-sizes" id={`${id}-sizes`} title={t("gallery.sizesTitle")}>
          {sizesText(sizes)}
        </p>
      </div>
    </li>
  );
});
