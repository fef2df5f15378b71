import { useT } from "../useT";
import { DcganSection } from "./apps/DcganSection";
import { DecoderSection } from "./apps/DecoderSection";
import { FeatureSection } from "./apps/FeatureSection";
import "./learn.css";
import "./apps/apps.css";

/**
 * §5 Where transposed convolutions are used: the DCGAN generator, the FCN and U-Net decoders, and
 * Zeiler & Fergus's projection of features back to pixels. Every size comes from core.
 */
export function ApplicationsPage() {
  const t = useT();
  return (
    <div className="lesson-page apps-page">
      <header className="lesson-head">
        <h1>{t("learn.apps.title")}</h1>
        <p className="lesson-lead">{t("learn.apps.lead")}</p>
        <nav className="apps-toc" aria-label={t("learn.apps.toc")}>
          <a href="#dcgan">{t("learn.apps.dcgan.title")}</a>
          <a href="#decoders">{t("learn.apps.unet.title")}</a>
          <a href="#visualization">{t("learn.apps.vis.title")}</a>
        </nav>
      </header>
      <DcganSection />
      <DecoderSection />
      <FeatureSection />
    </div>
  );
}
