import { useAppStore } from "../../store";
import type { PageName } from "../../url/state";
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
  lesson: "nav.lesson",
  practice: "nav.practice",
} as const satisfies Record<PageName, string>;

/**
 * The pages in the lesson's order: the lesson itself, then the pages its chapters show (1
 * transpose, 2 upsample, 3 applications, 4–8 the explorer, 9 checkerboard, 10 practice), then the
 * extras. Every page appears once.
 */
export const NAV_ORDER: readonly PageName[] = ["lesson", "transpose", "upsample", "applications", "explorer", "checkerboard", "practice", "learn", "gallery"];

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
        {NAV_ORDER.map((name) => (
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
