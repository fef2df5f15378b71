import type { MouseEvent } from "react";
import { problemOf } from "../../params/explorerParams";
import { sizesOfParams, sizesText } from "../../presets/sizes";
import { useAppStore, useAppStoreApi } from "../../store";
import { ExportMenu } from "../export/ExportMenu";
import { useT } from "../useT";

/**
 * The configuration the explorer holds, with its exports: the gallery is where a person collects
 * material for a lesson, so the current view's SVG, PNG, GIF and JSON are offered here too.
 */
export function CurrentConfig() {
  const t = useT();
  const api = useAppStoreApi();
  const params = useAppStore((s) => s.params);
  const sizes = problemOf(params) ? null : sizesText(sizesOfParams(params));
  const back = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    api.getState().setPage("explorer");
    document.documentElement.scrollTop = 0;
  };
  return (
    <section className="gallery-current" aria-labelledby="gallery-current">
      <div className="gallery-current-text">
        <h3 id="gallery-current">{t("gallery.current.title")}</h3>
        {sizes ? <p>{t("gallery.current.lead", { sizes })}</p> : null}
        <a href="?" onClick={back}>
          {t("gallery.current.open")}
        </a>
      </div>
      <ExportMenu />
    </section>
  );
}
