import { problemOf } from "../../params/explorerParams";
import { sizesOfParams, sizesText } from "../../presets/sizes";
import { useAppStore } from "../../store";
import { ExportMenu } from "../export/ExportMenu";
import { PageLink } from "../share/PageLink";
import { useT } from "../useT";

/**
 * The configuration the explorer holds, with its exports: the gallery is where a person collects
 * material for a lesson, so the current view's SVG, PNG, GIF and JSON are offered here too.
 */
export function CurrentConfig() {
  const t = useT();
  const params = useAppStore((s) => s.params);
  const sizes = problemOf(params) ? null : sizesText(sizesOfParams(params));
  return (
    <section className="gallery-current" aria-labelledby="gallery-current">
      <div className="gallery-current-text">
        <h3 id="gallery-current">{t("gallery.current.title")}</h3>
        {sizes ? <p>{t("gallery.current.lead", { sizes })}</p> : null}
        <PageLink page="explorer">{t("gallery.current.open")}</PageLink>
      </div>
      <ExportMenu />
    </section>
  );
}
