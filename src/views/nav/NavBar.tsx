import { useAppStore } from "../../store";
import { PAGE_NAMES, type PageName } from "../../url/state";
import { PageLink } from "../share/PageLink";
import { useT } from "../useT";
import "./nav.css";

const LABEL = {
  explorer: "nav.explorer",
  gallery: "nav.gallery",
  transpose: "nav.transpose",
  upsample: "nav.upsample",
  checkerboard: "nav.checkerboard",
  learn: "nav.learn",
  applications: "nav.applications",
} as const satisfies Record<PageName, string>;

/**
 * Links between the app's pages. Each is a real link to the page's URL (so it can be opened in a
 * new tab or copied); a plain click switches page in place and the URL sync records it.
 */
export function NavBar() {
  const t = useT();
  const page = useAppStore((s) => s.page);
  return (
    <nav className="page-nav" aria-label={t("nav.label")}>
      <ul>
        {PAGE_NAMES.map((name) => (
          <li key={name}>
            <PageLink page={name} current={page === name}>
              {t(LABEL[name])}
            </PageLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
