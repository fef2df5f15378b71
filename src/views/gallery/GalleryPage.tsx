import { useCallback, useMemo } from "react";
import { presets, PRESET_SECTIONS, type Preset, type PresetSection } from "../../presets/presets";
import { useAppStore, useAppStoreApi } from "../../store";
import { encode } from "../../url/codec";
import { applyUrlState } from "../../url/sync";
import { useT } from "../useT";
import { CurrentConfig } from "./CurrentConfig";
import { PresetCard } from "./PresetCard";
import { thumbKey, useThumbnails } from "./useThumbnails";
import "./gallery.css";

const SECTION_TITLE = {
  seed: "gallery.section.seed",
  arithmetic: "gallery.section.arithmetic",
  networks: "gallery.section.networks",
  sizes: "gallery.section.sizes",
  channels: "gallery.section.channels",
} as const satisfies Record<PresetSection, string>;

/**
 * The preset gallery (issue 4): every preset is a card and a link. Cards are grouped in the
 * tutorial's order: the seed example, conv_arithmetic's cases, networks, sizes, channels.
 */
export function GalleryPage() {
  const t = useT();
  const api = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const list = useMemo(() => presets(), []);
  const thumbs = useThumbnails(list);
  const open = useCallback(
    (preset: Preset) => {
      // A card is a link: it opens the way the link would, keeping what a card does not choose
      // (the language, presenter and embed modes, the other pages' settings).
      const s = api.getState();
      applyUrlState(api, { ...preset.state, page: "explorer", lang: s.lang, present: s.present, embed: s.embed, settings: s.pageSettings }, s.lang);
      document.documentElement.scrollTop = 0;
    },
    [api],
  );
  return (
    <div className="gallery" lang={lang}>
      <header className="gallery-head">
        <h2>{t("gallery.title")}</h2>
        <p>{t("gallery.lead")}</p>
      </header>
      {PRESET_SECTIONS.map((section) => (
        <section key={section} className="gallery-section" aria-labelledby={`gallery-${section}`}>
          <h3 id={`gallery-${section}`}>{t(SECTION_TITLE[section])}</h3>
          {section === "arithmetic" ? <p className="gallery-section-lead">{t("gallery.section.arithmeticLead")}</p> : null}
          <ul className="preset-grid">
            {list
              .filter((p) => p.section === section)
              .map((p) => (
                <PresetCard key={p.id} preset={p} href={`?${encode(p.state)}`} thumb={thumbs.get(thumbKey(p))} onOpen={open} />
              ))}
          </ul>
        </section>
      ))}
      <CurrentConfig />
    </div>
  );
}
