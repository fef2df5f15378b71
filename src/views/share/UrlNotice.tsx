import { needMessages } from "../../i18n";
import { useAppStore } from "../../store";
import { lazyPart } from "../Lazy";

const UrlNoticeBody = lazyPart(() => Promise.all([import("./UrlNoticeBody"), needMessages("later")]).then(([m]) => m.UrlNoticeBody));

/** The notice of a link that needed repairs, fetched with its words only when there is one. */
export function UrlNotice() {
  const any = useAppStore((s) => s.notices.length > 0);
  return any ? <UrlNoticeBody /> : null;
}
