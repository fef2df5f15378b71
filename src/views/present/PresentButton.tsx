import { useAppStore, useAppStoreApi } from "../../store";
import { useT } from "../useT";
import { needMessages } from "../../i18n";
import { lazyPart } from "../Lazy";
import { useOpenShortcuts } from "./PresenterProvider";
import { toggleFullscreen } from "./usePresenterKeys";

// Presenter mode's controls are fetched when it is entered: the start page shows only this button.
const PresenterControls = lazyPart(() => Promise.all([import("./PresenterControls"), needMessages("later")]).then(([m]) => m.PresenterControls));

/** Enters presenter mode (in the header), or, in presenter mode, offers full screen and the way out. */
export function PresentButton() {
  const t = useT();
  const api = useAppStoreApi();
  const present = useAppStore((s) => s.present);
  const help = useOpenShortcuts();
  const explorer = useAppStore((s) => s.page === "explorer");
  if (!present) {
    return (
      <button type="button" className="present-button" title={t("present.enterTitle")} onClick={() => api.getState().setPresent(true)}>
        {t("present.enter")}
      </button>
    );
  }
  return (
    <div className="present-exit">
      {explorer ? <PresenterControls onHelp={help} /> : null}
      <button type="button" className="present-button" onClick={() => toggleFullscreen()}>
        {t("present.fullscreen")}
      </button>
      <button type="button" className="present-button" onClick={() => api.getState().setPresent(false)}>
        {t("present.leave")}
      </button>
    </div>
  );
}
